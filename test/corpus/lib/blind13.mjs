// Helpers added with the thirteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part and in a sentence, an invoice moved to the year of the event it bills, a commune as the buyer, durations in
// hours and minutes, a French IBAN split into the boxes of a RIB, and totals with discounts applied one after another
// (media price lists). Existing layouts never import this file, so their bytes never depend on it.
import { pad } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the mailing, media, heritage and inspection software met in this part. */
export const ENGAGEMENT_WORDINGS_13 = ['N° d’engagement', 'N° engagement juridique', 'Votre bon de commande', 'EJ', 'N° de commande (EJ)', 'Engagement Chorus n°', 'Réf. EJ', 'N° BC'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel13 = (inv, x, share = 0.4) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_13) : inv);

/**
 * The invoice moved to year `y` (the year of the event it bills): its date, the year inside its number, and the two
 * first digits of a Saint-Étienne engagement, which are the year's.
 */
export function moveToYear(inv, y) {
  const old = inv.date.y;
  if (old === y) return inv;
  inv.number = inv.number.replace(String(old), String(y)).replace(new RegExp(`^(\\D*)${pad(old % 100)}(?=\\d{2}-)`), `$1${pad(y % 100)}`);
  inv.date = { ...inv.date, y };
  if (inv.engagement && inv.buyer.city) {
    const value = `${pad(y % 100)}${inv.engagement.value.slice(2)}`;
    inv.engagement = { ...inv.engagement, value, written: inv.engagement.written.replace(inv.engagement.value.slice(0, 2), pad(y % 100)) };
  }
  return inv;
}

/** The invoice dated `d` (after the work it bills), its number and engagement following the year. */
export function redate(inv, d) {
  moveToYear(inv, d.y);
  inv.date = d;
  return inv;
}

/** A commune as the buyer when the invoice's buyer is another kind of public body (elections, churches are a commune's). */
export function communeBuyer(inv, x) {
  if (!inv.buyer.city && !/^Commune/.test(inv.buyer.name)) inv.buyer = x.pick(BUYERS.filter((b) => /^Commune/.test(b.name)));
  return inv;
}

/** The engagement recalled in a sentence, as a letter-style invoice writes it; null when the invoice has none. */
export function engagementSentence(inv, x) {
  if (!inv.engagement) return null;
  const v = inv.engagement.written.replace(/^(?:n° engagement |EJ |BdC )/, '');
  return x.pick([
    `Prestation exécutée conformément à votre bon de commande n° ${v}.`,
    `Nous vous remercions de rappeler le numéro d’engagement ${v} lors du dépôt sur Chorus Pro.`,
    `Suivant votre engagement juridique n° ${v}, nous vous prions de trouver ci-dessous le détail de notre intervention.`,
  ]);
}

/** 220 → « 3 h 40 ». */
export const hoursMinutes = (minutes) => `${Math.floor(minutes / 60)} h ${pad(minutes % 60)}`;

/** A French IBAN's RIB boxes: bank, branch, account and key. */
export const ribOf = (iban) => ({ bank: iban.slice(4, 9), branch: iban.slice(9, 14), account: iban.slice(14, 25), key: iban.slice(25, 27) });

/**
 * Totals of a media price list: the discounted lines' gross, each discount applied to what the previous one left,
 * then the lines outside the discounts (production) added; one VAT rate. Sets the invoice's totals and returns the
 * steps [{ label, pct, amount, after }].
 */
export function cascadeTotals(inv, { discounted, plain, discounts, rate = 2000 }) {
  const gross = discounted.reduce((s, l) => s + l.total, 0);
  let left = gross;
  const steps = discounts.filter((d) => d.pct > 0).map((d) => {
    const amount = Math.round((left * d.pct) / 100);
    left -= amount;
    return { ...d, amount, after: left };
  });
  const extra = plain.reduce((s, l) => s + l.total, 0);
  const discount = gross - left;
  inv.lines = [...discounted, ...plain];
  inv.rates = [rate];
  inv.discountPct = 0;
  inv.grossHT = gross + extra;
  inv.discount = discount;
  inv.ht = inv.grossHT - discount;
  inv.vat = [{ rate, gross: inv.grossHT, discount, base: inv.ht, amount: Math.round((inv.ht * rate) / 10000) }];
  inv.tva = inv.vat[0].amount;
  inv.ttc = inv.ht + inv.tva;
  inv.deposit = 0;
  inv.retenue = 0;
  inv.net = inv.ttc;
  return { gross, steps, netSpots: left, extra };
}
