import { foldForCompare } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const recipientNotState: Rule<RecipientParams> = {
  id: 'se/recipient-not-state',
  fields: ['recipientIsState'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, params, say }) {
    if (foldForCompare(fields.recipientIsState ?? '') !== 'oui') return [];
    return [
      {
        field: 'recipientIsState',
        message: say(
          {
            fr: "La {name} n'est pas l'État : à la question « Le destinataire est-il l'État ? », répondez NON.",
            en: 'The {name} is not the State: answer NON to "Le destinataire est-il l\'État ?".',
          },
          { name: params.recipientName },
        ),
        fix: { value: 'NON' },
      },
    ];
  },
};
