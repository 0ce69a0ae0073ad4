import { compactForSearch } from '../../model/pdf-text.ts';
import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export const invoiceNumberOnPdf: Rule = {
  id: 'cpp/invoice-number-on-pdf',
  fields: ['invoiceNumber'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, pdf, pdfText, say }) {
    const number = normalizeSpaces(fields.invoiceNumber ?? '');
    if (!pdfText || number === '') return [];
    // The PDF's number differs from the form's: cpp/pdf-mismatch says so already, with the PDF's value as a fix.
    if (pdf?.invoiceNumber !== undefined && compactForSearch(pdf.invoiceNumber) !== compactForSearch(number)) return [];
    if (pdfText.includes(compactForSearch(number))) return [];
    return [
      {
        field: 'invoiceNumber',
        message: say(
          {
            fr: "Le Numéro « {number} » n'apparaît nulle part sur la facture PDF : le numéro saisi dans le formulaire doit être celui imprimé sur la facture. Vérifiez-le sur le PDF.",
            en: 'The number "{number}" appears nowhere on the PDF invoice: the number typed in the form must be the one printed on the invoice. Check it on the PDF.',
          },
          { number },
        ),
      },
    ];
  },
};
