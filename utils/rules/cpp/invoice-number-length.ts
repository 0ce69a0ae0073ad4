import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export const MAX_INVOICE_NUMBER_LENGTH = 20;

export const invoiceNumberLength: Rule = {
  id: 'cpp/invoice-number-length',
  fields: ['invoiceNumber'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, say }) {
    const length = [...normalizeSpaces(fields.invoiceNumber ?? '')].length;
    if (length <= MAX_INVOICE_NUMBER_LENGTH) return [];
    return [
      {
        field: 'invoiceNumber',
        message: say(
          {
            fr: 'Le numéro de facture fait {length} caractères : Chorus Pro en accepte {max} au plus. Raccourcissez-le (il doit rester identique au numéro imprimé sur la facture).',
            en: 'The invoice number is {length} characters long: Chorus Pro accepts at most {max}. Shorten it (it must match the number printed on the invoice).',
          },
          { length, max: MAX_INVOICE_NUMBER_LENGTH },
        ),
      },
    ];
  },
};
