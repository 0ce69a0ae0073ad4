import { parseAmountCents } from '../../model/amount.ts';
import { foldForCompare } from '../../model/text.ts';
import { billingFrameCode } from '../se/billing-frame.ts';
import type { Rule } from '../types.ts';

/** "A2: … déjà payée", "A2", or a caption that says "déjà payée". */
export function isPaidFrame(value: string): boolean {
  return billingFrameCode(value) === 'A2' || /deja payee/.test(foldForCompare(value));
}

export const framePaidNet: Rule = {
  id: 'cpp/frame-paid-net',
  fields: ['netAPayer'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, label, say }) {
    const net = parseAmountCents(fields.netAPayer);
    if (!isPaidFrame(fields.billingFrame ?? '') || net === null || net === 0) return [];
    return [
      {
        field: 'netAPayer',
        message: say(
          {
            fr: "Le cadre de facturation choisi est A2 (facture déjà payée) : le « {label} » doit alors être 0. Indiquez 0,00 si la facture est réglée, ou choisissez le cadre A1 si elle reste à payer.",
            en: 'The billing frame chosen is A2 (invoice already paid): the "{label}" must then be 0. Type 0,00 if the invoice is paid, or choose frame A1 if it is still to be paid.',
          },
          { label: label('netAPayer') },
        ),
      },
    ];
  },
};
