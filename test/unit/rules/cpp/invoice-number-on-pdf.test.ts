import { describe, expect, it } from 'vitest';
import { compactPdfText } from '../../../../utils/model/pdf-text.ts';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/invoice-number-on-pdf';
const PDF_TEXT = compactPdfText(['MENUISERIE DUPONT', 'FACTURE N° F 2026-0042', 'Date : 12/03/2026', 'Total TTC   1 200,00 €']);

describe(RULE, () => {
  it('warns when the number typed appears nowhere in the PDF read', () => {
    const [verdict, ...others] = verdictsOf(RULE, seForm({ invoiceNumber: '20260312' }), { beyond: { pdfText: PDF_TEXT } });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'invoiceNumber', severity: 'warning' });
    expect(verdict!.message).toBe(
      "Le Numéro « 20260312 » n'apparaît nulle part sur la facture PDF : le numéro saisi dans le formulaire doit être celui imprimé sur la facture. Vérifiez-le sur le PDF.",
    );
  });

  it.each(['F 2026-0042', 'F2026-0042', 'f2026-0042', 'F\u00a02026\u20110042'])('finds « %s » on the PDF, spaces, case and dashes aside', (number) => {
    expect(verdictsOf(RULE, seForm({ invoiceNumber: number }), { beyond: { pdfText: PDF_TEXT } })).toEqual([]);
  });

  it('leaves a number that differs from the one read in the PDF to cpp/pdf-mismatch (one message, with its fix)', () => {
    expect(verdictsOf(RULE, seForm({ invoiceNumber: 'F-2026-0043' }), { pdf: { invoiceNumber: 'F 2026-0042' }, beyond: { pdfText: PDF_TEXT } })).toEqual([]);
    expect(verdictsOf('cpp/pdf-mismatch', seForm({ invoiceNumber: 'F-2026-0043' }), { pdf: { invoiceNumber: 'F 2026-0042' } })).toHaveLength(1);
  });

  it('warns when the number read from the Factur-X data is not printed on the page', () => {
    const verdicts = verdictsOf(RULE, seForm({ invoiceNumber: 'FX-99' }), { pdf: { invoiceNumber: 'FX-99' }, beyond: { pdfText: PDF_TEXT } });
    expect(verdicts).toHaveLength(1);
  });

  it('says nothing without a PDF text (none read, or an image-only PDF) or without a number typed', () => {
    expect(verdictsOf(RULE, seForm({ invoiceNumber: 'X-1' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ invoiceNumber: 'X-1' }), { beyond: { pdfText: '' } })).toEqual([]);
    expect(verdictsOf(RULE, seForm({ invoiceNumber: '' }), { beyond: { pdfText: PDF_TEXT } })).toEqual([]);
  });
});
