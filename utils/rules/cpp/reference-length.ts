import type { FieldKey } from '../../model/fields.ts';
import { normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';

const MAX_LENGTH = 50;
const REFERENCE_FIELDS = ['engagementNumber', 'marketNumber'] as const satisfies readonly FieldKey[];

export const referenceLength: Rule = {
  id: 'cpp/reference-length',
  fields: REFERENCE_FIELDS,
  pages: ['saisie'],
  severity: 'error',
  check({ fields, label, say }) {
    return REFERENCE_FIELDS.flatMap((field) => {
      const length = [...normalizeSpaces(fields[field] ?? '')].length;
      if (length <= MAX_LENGTH) return [];
      return [
        {
          field,
          message: say({
            fr: '« {label} » fait {length} caractères : Chorus Pro en accepte {max} au plus.',
            en: '"{label}" is {length} characters long: Chorus Pro accepts at most {max}.',
          }, { label: label(field), length, max: MAX_LENGTH }),
        },
      ];
    });
  },
};
