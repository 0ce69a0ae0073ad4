import { isEmptyChoice } from '../cpp/required.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const recipientHint: Rule<RecipientParams> = {
  id: 'se/recipient-hint',
  fields: ['recipientSiret', 'depositStructure'],
  pages: ['depot', 'saisie'],
  severity: 'info',
  check({ snapshot, fields, params, say }) {
    // The deposit window names its recipient "Structure"; the entry form "SIRET".
    const field =
      fields.recipientSiret !== undefined || snapshot.page === 'saisie' ? 'recipientSiret' : 'depositStructure';
    // A list showing « Sélectionner » has nothing chosen yet.
    if (!isEmptyChoice(fields[field])) return [];
    if (field === 'depositStructure') {
      // « Structure » may ask for the recipient or for the depositor's own structure (the portal's words do not
      // settle it): both readings are given, and nothing is written into it.
      return [
        {
          field,
          message: say(
            {
              fr: '« Structure » : si la liste propose la {name}, choisissez-la (SIRET {siret}). Si elle ne propose que votre propre structure, choisissez la vôtre : la {name} se choisit ensuite dans le formulaire de saisie (bloc DESTINATAIRE, « Rechercher une structure »).',
              en: '"Structure": if the list offers the {name}, choose it (SIRET {siret}). If it offers only your own structure, choose yours: the {name} is chosen next, in the entry form (DESTINATAIRE block, "Rechercher une structure").',
            },
            { name: params.recipientName, siret: params.recipientSiret },
          ),
        },
      ];
    }
    return [
      {
        field,
        message: say(
          {
            fr: '{name} : SIRET {siret}. Cliquez sur « Rechercher une structure », saisissez ce SIRET et choisissez la structure dans la liste (coche bleue de la colonne « Sélection »).',
            en: '{name}: SIRET {siret}. Click "Rechercher une structure", type this SIRET and pick the structure in the list (blue tick in the "Sélection" column).',
          },
          { name: params.recipientName, siret: params.recipientSiret },
        ),
        fix: { value: params.recipientSiret },
      },
    ];
  },
};
