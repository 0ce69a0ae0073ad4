import { compareDates, formatDateForForm, parseDate, parseFormDate } from '../../model/date.ts';
import { isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export const invoiceDate: Rule = {
  id: 'cpp/invoice-date',
  fields: ['invoiceDate'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, today, say }) {
    const raw = fields.invoiceDate;
    if (raw === undefined || isBlank(raw)) return [];
    const date = parseFormDate(raw);
    if (!date) {
      const understood = parseDate(raw);
      const fixable = understood && compareDates(understood, today) <= 0;
      return [
        {
          field: 'invoiceDate',
          message: say({
            fr: "La date « {value} » n'est pas une date valide au format jj/mm/aaaa (par exemple 03/06/2019).",
            en: 'The date "{value}" is not a valid dd/mm/yyyy date (for example 03/06/2019).',
          }, { value: raw }),
          ...(fixable ? { fix: { value: formatDateForForm(understood) } } : {}),
        },
      ];
    }
    if (compareDates(date, today) <= 0) return [];
    return [
      {
        field: 'invoiceDate',
        message: say({
          fr: "La date de facture {value} est postérieure à aujourd'hui : Chorus Pro refuse une facture datée après le jour du dépôt. Indiquez la date imprimée sur la facture.",
          en: 'The invoice date {value} is after today: Chorus Pro refuses an invoice dated after the deposit day. Use the date printed on the invoice.',
        }, { value: formatDateForForm(date) }),
      },
    ];
  },
};
