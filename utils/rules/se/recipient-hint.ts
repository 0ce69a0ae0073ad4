import { isBlank } from '../../model/text.ts';
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
    if (!isBlank(fields[field])) return [];
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
