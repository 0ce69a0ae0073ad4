import { currencyCode } from '../../model/pdf-to-form.ts';
import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export const currency: Rule = {
  id: 'cpp/currency',
  fields: ['currency'],
  pages: ['saisie'],
  severity: 'info',
  check({ fields, say }) {
    const value = normalizeSpaces(fields.currency ?? '');
    if (value === '' || currencyCode(value) === 'EUR' || /^euros?\b/i.test(value) || value === '€') return [];
    return [
      {
        field: 'currency',
        message: say({
          fr: 'La devise choisie est « {value} ». Une facture à une structure publique française est presque toujours en euros : vérifiez la devise (EUR - Euro européen).',
          en: 'The currency chosen is "{value}". An invoice to a French public body is almost always in euros: check the currency (EUR - Euro européen).',
        }, { value }),
      },
    ];
  },
};
