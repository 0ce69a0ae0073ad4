import { isBlank } from '../../model/text.ts';
import { withWayOut } from '../facturx-advice.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const facturxEngagement: Rule<RecipientParams> = {
  id: 'se/facturx-engagement',
  fields: ['depositFile'],
  // Only a deposit through « Dépôt factures » turns the PDF into a flow: on « Saisir facture » the form counts.
  pages: ['depot'],
  severity: 'error',
  check({ facturx, params, say }) {
    // Undefined: the XML was not looked at for it. Null: the XML has none.
    if (facturx?.buyerOrderReference === undefined) return [];
    const digits = params.engagementDigits ?? 7;
    const value = facturx.buyerOrderReference;
    if (value !== null && new RegExp(`^\\d{${digits}}$`).test(value.trim())) return [];
    const values = { name: params.recipientName, digits, value: value ?? '' };
    return [
      {
        field: 'depositFile',
        message:
          value === null || isBlank(value)
            ? say(
                withWayOut({
                  fr: "Les données Factur-X de ce PDF ne contiennent pas de N° d'engagement (BuyerOrderReferencedDocument) : Chorus Pro les lit à la place du formulaire, et la {name} rejettera la facture. Le N° d'engagement ({digits} chiffres) va dans la référence de commande (bon de commande).",
                  en: 'The Factur-X data of this PDF holds no commitment number (BuyerOrderReferencedDocument): Chorus Pro reads it instead of the form, and the {name} will reject the invoice. The commitment number ({digits} digits) goes in the order reference (purchase order).',
                }),
                values,
              )
            : say(
                withWayOut({
                  fr: "Dans les données Factur-X de ce PDF, le N° d'engagement (référence de commande) est « {value} » : la {name} attend exactement {digits} chiffres, sans espace ni autre signe, et Chorus Pro lit ces données à la place du formulaire.",
                  en: 'In the Factur-X data of this PDF, the commitment number (order reference) is "{value}": the {name} expects exactly {digits} digits, with no space or other sign, and Chorus Pro reads this data instead of the form.',
                }),
                values,
              ),
      },
    ];
  },
};
