import { isValidSiret } from '../../model/siret.ts';
import type { Rule } from '../types.ts';
import { directoryValues, entryForPage, type DirectoryRuleParams } from './directory-common.ts';

export const directoryUnknown: Rule<DirectoryRuleParams> = {
  id: 'cpp/directory-unknown',
  fields: ['recipientSiret'],
  pages: ['saisie'],
  severity: 'warning',
  check(context) {
    const entry = entryForPage(context);
    // An invalid SIRET is cpp/siret's to report; a valid one missing from the directory is this check's.
    if (!entry || entry.structure !== null || !isValidSiret(entry.siret)) return [];
    return [
      {
        field: 'recipientSiret',
        message: context.say(
          {
            fr: "Le SIRET {siret} n'est pas dans l'annuaire des structures publiques de Chorus Pro (annuaire du {date}) : une facture ne peut être adressée qu'à une structure de l'annuaire. Vérifiez le SIRET sur le bon de commande ; si votre client vient d'être créé, importez un annuaire plus récent.",
            en: 'The SIRET {siret} is not in the Chorus Pro directory of public structures (directory of {date}): an invoice can only be sent to a structure in the directory. Check the SIRET on the purchase order; if your customer is new, import a more recent directory.',
          },
          directoryValues(entry),
        ),
      },
    ];
  },
};
