import { parseAmountCents } from '../../model/amount.ts';
import { foldForCompare } from '../../model/text.ts';
import type { Rule } from '../types.ts';

export type VatRegime = 'debit' | 'encaissement' | 'exoneration' | 'sans-tva';

/** Caption or code of the "Type de TVA" select to what it means. */
export function vatRegime(value: string): VatRegime | null {
  const folded = foldForCompare(value).replace(/_/g, ' ');
  if (/debit/.test(folded)) return 'debit';
  if (/encaissement/.test(folded)) return 'encaissement';
  if (/exoner/.test(folded)) return 'exoneration';
  if (/sans tva/.test(folded)) return 'sans-tva';
  return null;
}

export const vatType: Rule = {
  id: 'cpp/vat-type',
  fields: ['vatType', 'totalTVA'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, say }) {
    const regime = vatRegime(fields.vatType ?? '');
    const tva = parseAmountCents(fields.totalTVA);
    if (regime === null || tva === null) return [];
    const chargesVat = regime === 'debit' || regime === 'encaissement';
    if (tva === 0 && chargesVat)
      return [
        {
          field: 'vatType',
          message: say({
            fr: "Le Montant TVA est 0 mais le Type de TVA est « {type} ». Si la TVA n'est pas applicable (par exemple art. 293 B du CGI), choisissez « Sans TVA » ou « Exonération ».",
            en: 'The VAT amount is 0 but the VAT type is "{type}". If VAT does not apply (for example art. 293 B CGI), choose "Sans TVA" or "Exonération".',
          }, { type: fields.vatType!.trim() }),
        },
      ];
    if (tva !== 0 && !chargesVat)
      return [
        {
          field: 'vatType',
          message: say({
            fr: 'Le Montant TVA n\'est pas nul mais le Type de TVA est « {type} ». Choisissez « TVA sur les débits » ou « TVA sur les encaissements », ou corrigez le Montant TVA.',
            en: 'The VAT amount is not zero but the VAT type is "{type}". Choose "TVA sur les débits" or "TVA sur les encaissements", or correct the VAT amount.',
          }, { type: fields.vatType!.trim() }),
        },
      ];
    return [];
  },
};
