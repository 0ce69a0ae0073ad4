import { foldForCompare } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import type { RecipientParams } from './params.ts';

export const depositFormat: Rule<RecipientParams> = {
  id: 'se/deposit-format',
  fields: ['depositFormat'],
  pages: ['depot'],
  severity: 'info',
  check({ fields, params, say }) {
    const expected = params.depositFormat ?? 'PDF non signé';
    const value = fields.depositFormat;
    if (value === undefined || foldForCompare(value) === foldForCompare(expected)) return [];
    return [
      {
        field: 'depositFormat',
        message: say(
          {
            fr: 'Pour la {name}, le format de dépôt « {format} » est vivement conseillé.',
            en: 'For the {name}, the deposit format "{format}" is strongly advised.',
          },
          { name: params.recipientName, format: expected },
        ),
        fix: { value: expected },
      },
    ];
  },
};
