import type { Rule } from '../types.ts';
import { directoryValues, entryForPage, type DirectoryRuleParams } from './directory-common.ts';

export const recipientInactive: Rule<DirectoryRuleParams> = {
  id: 'cpp/recipient-inactive',
  fields: ['recipientSiret'],
  pages: ['saisie'],
  severity: 'error',
  check(context) {
    const entry = entryForPage(context);
    if (!entry?.structure || entry.structure.active) return [];
    return [
      {
        field: 'recipientSiret',
        message: context.say(
          {
            fr: "La structure {name} (SIRET {siret}) est inactive dans l'annuaire Chorus Pro du {date} : elle ne reçoit plus de factures, la vôtre serait rejetée. Demandez à votre client le SIRET de la structure à facturer désormais.",
            en: 'The structure {name} (SIRET {siret}) is inactive in the Chorus Pro directory of {date}: it no longer receives invoices, yours would be rejected. Ask your customer for the SIRET to invoice now.',
          },
          directoryValues(entry),
        ),
      },
    ];
  },
};
