// Helpers added with the twenty-third blind part (layouts/next/): the engagement under the wordings of the
// administration, IT and fleet software of this part, identifiers those trades print (a fuel card's masked number, a
// telematics box's IMEI, an SAP billing document's number, a 7-digit customer account), licence periods prorated by
// the day, litres and prices per litre with four decimals, and a remittance slip's payment reference. Existing layouts
// never import this file, so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { completeLuhn, mod97 } from './identifiers.mjs';
import { addDays } from './format.mjs';

/** Engagement wordings of the billing systems, ERPs and small firms' templates of this part. */
export const ENGAGEMENT_WORDINGS_23 = ['N° d’engagement', 'N° de commande client', 'Réf. engagement juridique', 'Votre référence de commande', 'N° EJ', 'Bon de commande n°', 'Engagement Chorus Pro n°', 'Numéro de bon de commande'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel23 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_23) : inv);

/** A customer account of seven digits, as large billing systems number their accounts (« 1004587 »). */
export const accountNumber = (x) => `${x.int(1, 8)}${x.digits(6)}`;

/** An SAP-like billing document's number: ten digits starting with 9. */
export const sapDocument = (x) => `9${x.pick(['0', '0', '1'])}${x.digits(8)}`;

/** A fuel card's number as the statement prints it: the issuer's prefix, the middle masked, the last four digits. */
export const maskedCard = (x, issuer) => `${issuer} ${x.digits(2)}** **** ${x.digits(4)}`;

/** A telematics box's IMEI: fifteen digits whose last one is the Luhn key. */
export const imei = (x) => completeLuhn(`35${x.digits(12)}`);

/** Cents of a yearly price for `days` days out of `base` (a co-terminated licence added during the year). */
export const prorata = (yearlyCents, days, base = 365) => Math.round((yearlyCents * days) / base);

/** Days from `from` to `to`, both included. */
export const daysBetween = (from, to) => Math.round((Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86_400_000) + 1;

/** The day before the same date a year later: the end of a yearly subscription starting on `from`. */
export const yearEnd = (from) => addDays({ y: from.y + 1, m: from.m, d: from.d }, -1);

/** Centilitres as « 52,37 » litres. */
export const litres = (cl) => frNumber(cl / 100, 2);

/** A price in ten-thousandths of a euro as « 1,4587 » (fuel per litre, postage per item). */
export const price4 = (tenThousandths) => frNumber(tenThousandths / 10000, 4);

/** Cents of `cl` centilitres at a price per litre in ten-thousandths of a euro. */
export const litreTotal = (cl, tenThousandths) => Math.round((cl * tenThousandths) / 10000);

/**
 * A remittance slip's payment reference: the account, the invoice's digits and a two-digit key (97 − the rest mod 97),
 * as a biller prints it on the slip to match the payment.
 */
export function slipReference(account, number) {
  const digits = `${account}${number.replace(/\D/g, '')}`.slice(0, 24);
  return `${digits}${String(97 - mod97(digits)).padStart(2, '0')}`;
}
