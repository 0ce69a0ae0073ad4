import { isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import { activeServices, serviceLabel } from '../../directory/entry.ts';
import { directoryValues, entryForPage, type DirectoryRuleParams } from './directory-common.ts';

/** Longest list offered to pick from; a structure with more services gets the first ones and a word about the rest. */
export const MAX_SERVICE_CHOICES = 50;

export const serviceRequired: Rule<DirectoryRuleParams> = {
  id: 'cpp/service-required',
  fields: ['serviceCode'],
  pages: ['saisie'],
  severity: 'error',
  check(context) {
    const { fields, params, pdf, say } = context;
    const entry = entryForPage(context);
    if (!entry?.structure?.serviceRequired || params.profileDecides || !isBlank(fields.serviceCode)) return [];
    const active = activeServices(entry.services);
    if (active.length === 0) {
      return [
        {
          field: 'serviceCode',
          message: say(
            {
              fr: "Le Code service est obligatoire pour {name} (annuaire Chorus Pro du {date}), mais l'annuaire ne lui connaît aucun service actif : demandez à votre client le code du service qui a commandé.",
              en: 'The service code is mandatory for {name} (Chorus Pro directory of {date}), but the directory lists no active service for it: ask your customer for the ordering service code.',
            },
            directoryValues(entry),
          ),
        },
      ];
    }
    // The PDF's service code (Factur-X BuyerReference) comes first when it is one of the structure's.
    const fromPdf = pdf?.serviceCode ? active.find((service) => service.code === pdf.serviceCode?.trim()) : undefined;
    const ordered = fromPdf ? [fromPdf, ...active.filter((service) => service !== fromPdf)] : active;
    const choices = ordered.slice(0, MAX_SERVICE_CHOICES).map((service) => ({ value: service.code, label: serviceLabel(service) }));
    const more = active.length > choices.length;
    return [
      {
        field: 'serviceCode',
        message: say(
          more
            ? {
                fr: 'Le Code service est obligatoire pour {name} (annuaire Chorus Pro du {date}) : sans lui, la facture est rejetée. {count} services actifs ; les {shown} premiers sont proposés, le bon de commande dit lequel a commandé.',
                en: 'The service code is mandatory for {name} (Chorus Pro directory of {date}): without it the invoice is rejected. {count} active services; the first {shown} are offered, the purchase order says which one ordered.',
              }
            : {
                fr: "Le Code service est obligatoire pour {name} (annuaire Chorus Pro du {date}) : sans lui, la facture est rejetée. Choisissez le service qui a commandé ({count} services actifs) ; le bon de commande l'indique.",
                en: 'The service code is mandatory for {name} (Chorus Pro directory of {date}): without it the invoice is rejected. Choose the ordering service ({count} active services); the purchase order says which.',
              },
          { ...directoryValues(entry), count: active.length, shown: choices.length },
        ),
        fix: { value: choices[0]!.value, choices },
      },
    ];
  },
};
