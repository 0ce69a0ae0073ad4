import { isRealDate } from '../../model/date.ts';
import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

// Years an invoice of today may carry; outside them an 8-digit number is just a number.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/**
 * Whether a number is nothing but a date: 20250305, 05032025, 2025-03-05, 05/03/2025, 05.03.2025, 2025/03/05.
 * Six digits (050325, 250305) are not counted: too many real numbers look like that.
 */
export function isOnlyADate(raw: string): boolean {
  const value = normalizeSpaces(raw);
  const yearFirst = /^(\d{4})([-/.]?)(\d{2})\2(\d{2})$/.exec(value);
  if (yearFirst && plausible(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]))) return true;
  const dayFirst = /^(\d{2})([-/.]?)(\d{2})\2(\d{4})$/.exec(value);
  return dayFirst !== null && plausible(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
}

function plausible(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && isRealDate(year, month, day);
}

export const invoiceNumberDate: Rule = {
  id: 'cpp/invoice-number-date',
  fields: ['invoiceNumber'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, say }) {
    const number = normalizeSpaces(fields.invoiceNumber ?? '');
    if (number === '' || !isOnlyADate(number)) return [];
    return [
      {
        field: 'invoiceNumber',
        message: say(
          {
            fr: "Le Numéro « {number} » n'est qu'une date. Chorus Pro demande le numéro propre à la facture, unique, celui imprimé sur la facture (par exemple F-2025-0042), et non la date du jour. Si c'est bien ce numéro qui figure sur la facture, gardez-le.",
            en: 'The number "{number}" is only a date. Chorus Pro asks for the invoice\'s own unique number, the one printed on the invoice (for example F-2025-0042), not the day\'s date. If this is indeed the number printed on the invoice, keep it.',
          },
          { number },
        ),
      },
    ];
  },
};
