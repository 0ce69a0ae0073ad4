import { AMOUNT_FIELDS } from '../../model/fields.ts';
import { parseAmount } from '../../model/amount.ts';
import type { Rule } from '../types.ts';

export const amountFormat: Rule = {
  id: 'cpp/amount-format',
  fields: AMOUNT_FIELDS,
  pages: ['saisie'],
  severity: 'error',
  check({ fields, label, say }) {
    return AMOUNT_FIELDS.flatMap((field) => {
      const parsed = parseAmount(fields[field]);
      if (parsed.ok || parsed.reason === 'empty') return [];
      return [
        {
          field,
          message:
            parsed.reason === 'too-precise'
              ? say(
                  {
                    fr: '« {label} » : un montant a deux décimales au plus (par exemple 1234,56).',
                    en: '"{label}": an amount has at most two decimals (for example 1234,56).',
                  },
                  { label: label(field) },
                )
              : say(
                  {
                    fr: "« {label} » : « {value} » n'est pas un montant. Écrivez un nombre, par exemple 1234,56 ou 1 234,56.",
                    en: '"{label}": "{value}" is not an amount. Write a number, for example 1234,56 or 1 234,56.',
                  },
                  { label: label(field), value: fields[field]!.trim() },
                ),
        },
      ];
    });
  },
};
