import { isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const engagementRequired: Rule<RecipientParams> = {
  id: 'se/engagement-required',
  fields: ['engagementNumber'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, pdf, params, say }) {
    // On the entry form the field always exists: not finding it is no reason to stay silent.
    if (!isBlank(fields.engagementNumber)) return [];
    const fromPdf = pdf?.engagementNumber;
    return [
      {
        field: 'engagementNumber',
        message: say(
          {
            fr: "Le N° d'engagement est obligatoire pour la {name} : sans lui, la facture est refusée. Il figure en en-tête du bon de commande de la {name} ; à défaut, demandez-le à votre interlocuteur habituel à la {name}.",
            en: 'The commitment number is mandatory for the {name}: without it the invoice is refused. It is printed at the top of the purchase order; otherwise ask your usual contact at the {name}.',
          },
          { name: params.recipientName },
        ),
        ...(fromPdf ? { fix: { value: fromPdf } } : {}),
      },
    ];
  },
};
