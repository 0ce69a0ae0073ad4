import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

const DEFAULT_ALLOWED = 'FACTURES_PUBLIQUES';

export const serviceCode: Rule<RecipientParams> = {
  id: 'se/service-code',
  fields: ['serviceCode'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, params, say }) {
    const value = normalizeSpaces(fields.serviceCode ?? '');
    const allowed = params.allowedServiceCode ?? DEFAULT_ALLOWED;
    if (value === '' || value === allowed) return [];
    return [
      {
        field: 'serviceCode',
        message: say(
          {
            fr: "Le Code service n'est pas à renseigner pour la {name} : videz ce champ (le seul code accepté est {allowed}).",
            en: 'The service code must not be filled in for the {name}: empty this field (the only accepted code is {allowed}).',
          },
          { name: params.recipientName, allowed },
        ),
        fix: { value: '' },
      },
    ];
  },
};

export const serviceCodeOptional: Rule<RecipientParams> = {
  id: 'se/service-code-optional',
  fields: ['serviceCode'],
  pages: ['saisie'],
  severity: 'info',
  check({ fields, params, say }) {
    const allowed = params.allowedServiceCode ?? DEFAULT_ALLOWED;
    if (normalizeSpaces(fields.serviceCode ?? '') !== allowed) return [];
    return [
      {
        field: 'serviceCode',
        message: say(
          {
            fr: 'Le code {allowed} est accepté par la {name}, mais il est facultatif : le champ Code service peut rester vide.',
            en: 'The code {allowed} is accepted by the {name} but optional: the service code may stay empty.',
          },
          { name: params.recipientName, allowed },
        ),
      },
    ];
  },
};
