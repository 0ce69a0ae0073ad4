// Helpers added with the twentieth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, an association made from a company invoice (a first-aid association outside VAT), a medicine's CIP13 code with
// its check digit, a FINESS number, an insurer's claim number, and the VAT summary rows of every rate, exempt one
// included. Existing layouts never import this file, so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { completeLuhn } from './identifiers.mjs';
import { renameSupplier } from './variants.mjs';

/** Engagement wordings of the first-aid, marquee, restoration, stage, roofing, organ, medical-waste and pharmacy software. */
export const ENGAGEMENT_WORDINGS_20 = ['N° d’engagement', 'Engagement juridique n°', 'Réf. EJ', 'Bon de commande n°', 'N° EJ', 'Numéro d’engagement', 'Votre engagement n°', 'EJ Chorus'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel20 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_20) : inv);

/**
 * The invoice's supplier made an association outside VAT (no RCS, no capital): `inv.kind` becomes 'association', so
 * that the shared legal line prints its RNA; every line must then be priced at rate 0. Call before pricing the lines.
 */
export function asAssociation(inv, name, rna, exemption = 'TVA non applicable – article 261-7-1° du CGI') {
  inv.kind = 'association';
  renameSupplier(inv, name, 'Association loi 1901');
  Object.assign(inv.supplier, { legalName: name, rna });
  inv.print.supplierSiren = false;
  inv.vatExempt = exemption;
  return inv;
}

/** A medicine's CIP13 code, « 3400930012345 » with its EAN-13 check digit. */
export function cip13(x) {
  const digits = `340093${x.digits(6)}`;
  const sum = digits.split('').reduce((s, c, k) => s + Number(c) * (k % 2 === 0 ? 1 : 3), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** A FINESS number of an establishment of the Loire (nine digits, Luhn key last). */
export const finess = (x) => completeLuhn(`42000${x.digits(3)}`);

/** An insurer's claim number: seven digits, sometimes with the insurer's letters. */
export const claimNumber = (x) => x.pick([() => x.digits(7).replace(/^0/, '4'), () => `SIN-${x.digits(7).replace(/^0/, '2')}`, () => `${x.int(24, 26)}${x.digits(6)}/${x.pick(['MA', 'GR', 'AX'])}`])();

/** [rate, base, amount] of every rate, exempt or outside-VAT one included (rate 0), lowest first. */
export const everyRate = (inv) => [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [v.rate, v.base, v.amount]);
