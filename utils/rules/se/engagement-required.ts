import { isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const engagementRequired: Rule<RecipientParams> = {
  id: 'se/engagement-required',
  fields: ['engagementNumber'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, pdf, pdfUnsure, params, say }) {
    // On the entry form the field always exists: not finding it is no reason to stay silent.
    if (!isBlank(fields.engagementNumber)) return [];
    const fromPdf = pdf?.engagementNumber;
    // A number the reader is not sure of is named, to be checked on the invoice, never offered as a fix.
    const toCheck = fromPdf !== undefined && pdfUnsure.has('engagementNumber');
    const message = say(
      {
        fr: "Le N° d'engagement est obligatoire pour la {name} : sans lui, la facture est refusée. Il figure en en-tête du bon de commande de la {name} ; à défaut, demandez-le à votre interlocuteur habituel à la {name}.",
        en: 'The commitment number is mandatory for the {name}: without it the invoice is refused. It is printed at the top of the purchase order; otherwise ask your usual contact at the {name}.',
      },
      { name: params.recipientName },
    );
    const hint = toCheck
      ? say(
          {
            fr: ' La facture PDF semble indiquer « {pdf} » : vérifiez sur la facture que c\'est bien le N° d\'engagement.',
            en: ' The PDF invoice seems to say "{pdf}": check on the invoice that it is the commitment number.',
          },
          { pdf: fromPdf },
        )
      : '';
    return [
      {
        field: 'engagementNumber',
        message: message + hint,
        ...(fromPdf && !toCheck ? { fix: { value: fromPdf } } : {}),
      },
    ];
  },
};
