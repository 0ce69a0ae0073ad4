import { formatAmountForDisplay, parseAmountCents } from '../../model/amount.ts';
import type { FieldKey } from '../../model/fields.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** Tolerance of the portal's own arithmetic: one cent. */
const TOLERANCE_CENTS = 1;

export const amountConsistency: Rule = {
  id: 'cpp/amount-consistency',
  fields: ['totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer'],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, say }) {
    const ht = parseAmountCents(fields.totalHT);
    const tva = parseAmountCents(fields.totalTVA);
    const ttcBefore = parseAmountCents(fields.totalTTCBeforeDiscount);
    const discount = parseAmountCents(fields.globalDiscountTTC);
    const ttcAfter = parseAmountCents(fields.totalTTC);
    const net = parseAmountCents(fields.netAPayer);
    const euros = formatAmountForDisplay;
    const findings: RuleFinding[] = [];
    const flagged = new Set<FieldKey>();
    const add = (field: FieldKey, finding: Omit<RuleFinding, 'field'>) => {
      if (flagged.has(field)) return;
      flagged.add(field);
      findings.push({ field, ...finding });
    };
    const differs = (a: number, b: number) => Math.abs(a - b) > TOLERANCE_CENTS;

    if (ht !== null && tva !== null) {
      if (ttcBefore !== null) {
        if (differs(ht + tva, ttcBefore))
          add('totalTTCBeforeDiscount', {
            message: say({
              fr: 'Montant HT + Montant TVA = {sum}, mais le Montant TTC avant remise est {ttc}. Vérifiez ces trois montants sur la facture.',
              en: 'Amount excl. VAT + VAT = {sum}, but the amount incl. VAT before discount is {ttc}. Check these three amounts on the invoice.',
            }, { sum: euros(ht + tva), ttc: euros(ttcBefore) }),
          });
      } else if (ttcAfter !== null && differs(ht + tva - (discount ?? 0), ttcAfter)) {
        add('totalTTC', {
          message: say(
            discount
              ? {
                  fr: 'Montant HT + Montant TVA − remise = {sum}, mais le Montant TTC après remise est {ttc}. Vérifiez les montants sur la facture.',
                  en: 'Amount excl. VAT + VAT − discount = {sum}, but the amount incl. VAT after discount is {ttc}. Check the amounts on the invoice.',
                }
              : {
                  fr: 'Montant HT + Montant TVA = {sum}, mais le Montant TTC après remise est {ttc}. Vérifiez les montants sur la facture.',
                  en: 'Amount excl. VAT + VAT = {sum}, but the amount incl. VAT after discount is {ttc}. Check the amounts on the invoice.',
                },
            { sum: euros(ht + tva - (discount ?? 0)), ttc: euros(ttcAfter) },
          ),
        });
      }
    }
    if (ttcBefore !== null && ttcAfter !== null && differs(ttcBefore - (discount ?? 0), ttcAfter)) {
      add('totalTTC', {
        message: say({
          fr: 'Montant TTC avant remise − Montant remise globale TTC = {expected}, mais le Montant TTC après remise est {ttc}. Vérifiez la remise et les totaux.',
          en: 'Amount incl. VAT before discount − overall discount = {expected}, but the amount incl. VAT after discount is {ttc}. Check the discount and the totals.',
        }, { expected: euros(ttcBefore - (discount ?? 0)), ttc: euros(ttcAfter) }),
      });
    }
    if (net !== null && ttcAfter !== null && net - ttcAfter > TOLERANCE_CENTS) {
      add('netAPayer', {
        message: say({
          fr: 'Le Net à payer ({net}) dépasse le Montant TTC après remise ({ttc}) : il doit être égal ou inférieur (moins un acompte déjà versé, par exemple).',
          en: 'The net payable ({net}) exceeds the amount incl. VAT after discount ({ttc}): it must be equal or lower (less a deposit already paid, for example).',
        }, { net: euros(net), ttc: euros(ttcAfter) }),
      });
    }
    return findings;
  },
};
