import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

/** "EUR - Euro européen" → "EUR". */
export function currencyCode(value: string): string {
  return (/^[A-Za-z]{3}\b/.exec(normalizeSpaces(value))?.[0] ?? normalizeSpaces(value)).toUpperCase();
}

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
