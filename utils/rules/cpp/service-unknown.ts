import { isBlank, normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import { activeServices, closestServices, findService, serviceLabel } from '../../directory/entry.ts';
import { directoryValues, entryForPage, type DirectoryRuleParams } from './directory-common.ts';

export const serviceUnknown: Rule<DirectoryRuleParams> = {
  id: 'cpp/service-unknown',
  fields: ['serviceCode'],
  pages: ['saisie'],
  severity: 'error',
  check(context) {
    const { fields, params, say } = context;
    const entry = entryForPage(context);
    if (!entry?.structure || params.profileDecides || isBlank(fields.serviceCode)) return [];
    const typed = normalizeSpaces(fields.serviceCode!);
    const service = findService(entry.services, typed);
    if (service?.active) return [];
    const values = { ...directoryValues(entry), code: typed };
    if (activeServices(entry.services).length === 0) {
      return [
        {
          field: 'serviceCode',
          message: say(
            {
              fr: "{name} n'a aucun service actif dans l'annuaire Chorus Pro du {date} : le Code service « {code} » serait refusé. Videz ce champ, sauf si votre client vous a donné un code tout récent.",
              en: '{name} has no active service in the Chorus Pro directory of {date}: the service code "{code}" would be refused. Empty this field, unless your customer gave you a very recent code.',
            },
            values,
          ),
          fix: { value: '' },
        },
      ];
    }
    const choices = closestServices(entry.services, typed).map((closest) => ({ value: closest.code, label: serviceLabel(closest) }));
    const message = service
      ? say(
          {
            fr: "Le service {code} de {name} est inactif dans l'annuaire Chorus Pro du {date} : une facture qui lui est adressée est rejetée. Choisissez un service actif ; le bon de commande dit lequel a commandé.",
            en: 'The service {code} of {name} is inactive in the Chorus Pro directory of {date}: an invoice sent to it is rejected. Choose an active service; the purchase order says which one ordered.',
          },
          values,
        )
      : say(
          {
            fr: "Le Code service « {code} » n'existe pas pour {name} (annuaire Chorus Pro du {date}) : la facture serait rejetée. Les codes les plus proches sont proposés ; vérifiez-le sur le bon de commande.",
            en: 'The service code "{code}" does not exist for {name} (Chorus Pro directory of {date}): the invoice would be rejected. The closest codes are offered; check it on the purchase order.',
          },
          values,
        );
    return [{ field: 'serviceCode', message, fix: { value: choices[0]!.value, choices } }];
  },
};
