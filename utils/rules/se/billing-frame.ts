import { normalizeSpaces } from '../../model/text.ts';
import type { FieldKey } from '../../model/fields.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

/** "A1: Dépôt par un fournisseur…", "A1" or the code alone all mean A1; "A12" does not. */
export function billingFrameCode(value: string): string {
  const match = /^\s*(A\d{1,2})(?!\d)/i.exec(normalizeSpaces(value));
  return match ? match[1]!.toUpperCase() : '';
}

export const billingFrame: Rule<RecipientParams> = {
  id: 'se/billing-frame',
  fields: ['billingFrame', 'depositFrame'],
  pages: ['saisie', 'depot'],
  severity: 'warning',
  check({ fields, params, say }) {
    const expected = params.billingFrame ?? 'A1';
    const caption = params.billingFrameCaption ?? "A1: Dépôt par un fournisseur d'une facture";
    return (['billingFrame', 'depositFrame'] as const satisfies readonly FieldKey[])
      .filter((field) => fields[field] !== undefined && billingFrameCode(fields[field]!) !== expected)
      .map((field) => ({
        field,
        message: say(
          {
            fr: 'Pour une facture simple à la {name}, choisissez le cadre de facturation « {caption} ».',
            en: 'For a plain invoice to the {name}, choose the billing frame "{caption}".',
          },
          { name: params.recipientName, caption },
        ),
        fix: { value: expected },
      }));
  },
};
