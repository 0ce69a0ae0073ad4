import { FIELD_KEYS, type FieldKey } from '../../model/fields.ts';
import { STARRED_FIELDS } from '../../portal/pages.ts';
import { foldForCompare, isBlank } from '../../model/text.ts';
import type { Rule } from '../types.ts';

/** Required on the entry form even where the page would not show a star. */
const ALWAYS_REQUIRED: readonly FieldKey[] = ['netAPayer', 'totalHT', 'totalTVA', 'totalTTC', 'invoiceNumber'];

/** What a select shows when nothing is chosen. */
const PLACEHOLDER = /^(-+|-+.*-+|s[eé]lection(ne[rz])?\b.*|choisi(r|ssez)\b.*|veuillez\b.*|aucune?\b.*)$/;

export function isEmptyChoice(value: string | undefined): boolean {
  return isBlank(value) || PLACEHOLDER.test(foldForCompare(value ?? ''));
}

export const required: Rule = {
  id: 'cpp/required',
  // Any field the page marks with a star.
  fields: FIELD_KEYS,
  severity: 'error',
  check({ snapshot, fields, label, say }) {
    const starred = snapshot.starred ?? STARRED_FIELDS[snapshot.page] ?? [];
    const mustFill = new Set<FieldKey>([...starred, ...(snapshot.page === 'saisie' ? ALWAYS_REQUIRED : [])]);
    return [...mustFill]
      .filter((field) => field in fields && isEmptyChoice(fields[field]))
      .map((field) => ({
        field,
        message: say(
          {
            fr: 'Le champ « {label} » est obligatoire : renseignez-le avant de valider.',
            en: 'The field "{label}" is mandatory: fill it in before validating.',
          },
          { label: label(field) },
        ),
      }));
  },
};
