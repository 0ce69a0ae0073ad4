import type { FieldKey } from '../../model/fields.ts';
import { isValidSiret, onlyDigits, stripSpaces } from '../../model/siret.ts';
import { isBlank } from '../../model/text.ts';
import type { Messages, Rule } from '../types.ts';

const SIRET_FIELDS = ['recipientSiret', 'registrationSiret'] as const satisfies readonly FieldKey[];

const NOT_FOURTEEN: Messages = {
  fr: "Le SIRET « {value} » n'est pas valide : il faut exactement 14 chiffres (les espaces sont ignorés), sans lettre ni autre signe.",
  en: 'The SIRET "{value}" is not valid: it must be exactly 14 digits (spaces are ignored), with no letter or other sign.',
};
const BAD_KEY: Messages = {
  fr: "Le SIRET {value} n'existe pas : sa clé de contrôle est fausse. Un chiffre est probablement mal recopié ; vérifiez-le sur l'avis de situation INSEE ou le bon de commande.",
  en: 'The SIRET {value} does not exist: its check digit is wrong. A digit was probably mistyped; check it on the INSEE record or the purchase order.',
};

export const siret: Rule = {
  id: 'cpp/siret',
  fields: SIRET_FIELDS,
  severity: 'error',
  check({ fields, say }) {
    return SIRET_FIELDS.flatMap((field) => {
      const raw = fields[field];
      if (raw === undefined || isBlank(raw)) return [];
      const compact = stripSpaces(raw);
      if (/^\d{14}$/.test(compact)) {
        return isValidSiret(compact) ? [] : [{ field, message: say(BAD_KEY, { value: compact }) }];
      }
      const digits = onlyDigits(raw);
      return [
        {
          field,
          message: say(NOT_FOURTEEN, { value: raw.trim() }),
          ...(digits.length === 14 && isValidSiret(digits) ? { fix: { value: digits } } : {}),
        },
      ];
    });
  },
};
