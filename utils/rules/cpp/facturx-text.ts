import { formatAmountForDisplay, parseAmountCents } from '../../model/amount.ts';
import { formatDateForForm, parseDate } from '../../model/date.ts';
import type { ExtractedFieldKey } from '../../model/extracted.ts';
import { PDF_TO_FORM } from '../../model/pdf-to-form.ts';
import { withWayOut } from '../facturx-advice.ts';
import type { Rule } from '../types.ts';

/** A contract value as a person reads it: 1 250,00 €, 15/08/2026, the number as printed. */
function readable(field: ExtractedFieldKey, value: string): string {
  if (field === 'invoiceDate') {
    const date = parseDate(value);
    return date ? formatDateForForm(date) : value;
  }
  const cents = field === 'invoiceNumber' ? null : parseAmountCents(value);
  return cents === null ? value : formatAmountForDisplay(cents);
}

export const facturxText: Rule = {
  id: 'cpp/facturx-text',
  fields: ['depositFile'],
  // Only a deposit through « Dépôt factures » turns the PDF into a flow: on « Saisir facture » the form counts.
  pages: ['depot'],
  severity: 'warning',
  check({ facturx, label, say }) {
    if (!facturx) return [];
    return facturx.disagreements.map((field) => {
      const formField = PDF_TO_FORM[field]?.field;
      const name = formField ? label(formField) : field;
      const difference = facturx.differences?.find((each) => each.field === field);
      return {
        field: 'depositFile',
        message: difference
          ? say(
              withWayOut({
                fr: '« {label} » : les données Factur-X de ce PDF indiquent {xml}, mais la page affiche {text}. Chorus Pro lit les données Factur-X, l\'acheteur lit la page : elles doivent dire la même chose.',
                en: '"{label}": the Factur-X data of this PDF says {xml}, but the page shows {text}. Chorus Pro reads the Factur-X data, the buyer reads the page: they must say the same.',
              }),
              { label: name, xml: readable(field, difference.xml), text: readable(field, difference.text) },
            )
          : say(
              withWayOut({
                fr: '« {label} » : les données Factur-X de ce PDF ne disent pas la même chose que la page. Chorus Pro lit les données Factur-X, l\'acheteur lit la page : elles doivent dire la même chose.',
                en: '"{label}": the Factur-X data of this PDF does not say the same as the page. Chorus Pro reads the Factur-X data, the buyer reads the page: they must say the same.',
              }),
              { label: name },
            ),
      };
    });
  },
};
