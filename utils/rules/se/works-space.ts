import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const worksSpace: Rule<RecipientParams> = {
  id: 'se/works-space',
  fields: ['page'],
  pages: ['travaux'],
  severity: 'warning',
  check({ params, say }) {
    return [
      {
        field: 'page',
        message: say(
          {
            fr: "N'utilisez pas l'espace « Factures de travaux » pour la {name}, même pour des travaux : passez par « Factures émises » › « Saisir facture » ou « Dépôt factures ».",
            en: 'Do not use the "Factures de travaux" space for the {name}, even for works: use "Factures émises" › "Saisir facture" or "Dépôt factures".',
          },
          { name: params.recipientName },
        ),
      },
    ];
  },
};
