import { isBlank } from '../../model/text.ts';
import type { Messages, Rule } from '../types.ts';
import { findService } from '../../directory/entry.ts';
import { directoryValues, entryForPage, type DirectoryRuleParams } from './directory-common.ts';

const BY_STRUCTURE: Messages = {
  fr: "Le N° d'engagement est obligatoire pour {name} (annuaire Chorus Pro du {date}) : sans lui, la facture est rejetée. Il figure sur le bon de commande ; à défaut, demandez-le à votre client.",
  en: 'The commitment number is mandatory for {name} (Chorus Pro directory of {date}): without it the invoice is rejected. It is on the purchase order; otherwise ask your customer.',
};
const BY_SERVICE: Messages = {
  fr: "Le service {code} de {name} exige un N° d'engagement (annuaire Chorus Pro du {date}) : sans lui, la facture est rejetée. Il figure sur le bon de commande ; à défaut, demandez-le à votre client.",
  en: 'The service {code} of {name} requires a commitment number (Chorus Pro directory of {date}): without it the invoice is rejected. It is on the purchase order; otherwise ask your customer.',
};
const ONE_OF_TWO: Messages = {
  fr: "{name} demande le N° d'engagement ou le Code service, au moins l'un des deux (annuaire Chorus Pro du {date}) : renseignez le N° d'engagement du bon de commande, ou le code du service qui a commandé.",
  en: '{name} requires the commitment number or the service code, at least one of them (Chorus Pro directory of {date}): fill in the commitment number from the purchase order, or the ordering service code.',
};

export const engagementRequiredByDirectory: Rule<DirectoryRuleParams> = {
  id: 'cpp/engagement-required',
  fields: ['engagementNumber'],
  pages: ['saisie'],
  severity: 'error',
  check(context) {
    const { fields, params, pdf, say } = context;
    const entry = entryForPage(context);
    const structure = entry?.structure;
    if (!entry || !structure || params.profileDecides || !isBlank(fields.engagementNumber)) return [];
    const serviceCode = fields.serviceCode ?? '';
    const service = isBlank(serviceCode) ? undefined : findService(entry.services, serviceCode);
    let message: string | undefined;
    if (structure.engagementRequired) message = say(BY_STRUCTURE, directoryValues(entry));
    else if (service?.engagementRequired) message = say(BY_SERVICE, { ...directoryValues(entry), code: service.code });
    else if (structure.engagementOrServiceRequired && isBlank(serviceCode)) message = say(ONE_OF_TWO, directoryValues(entry));
    if (!message) return [];
    return [{ field: 'engagementNumber', message, ...(pdf?.engagementNumber ? { fix: { value: pdf.engagementNumber } } : {}) }];
  },
};
