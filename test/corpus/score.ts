/**
 * Scoring of extraction results against expected values (public expected.json, generated ground-truth.json):
 * per field exact / wrong / missing, and engagement numbers invented where none is expected.
 */
import type { ExtractedFields } from '../../utils/model/extracted.ts';

export const SCORED_FIELDS = [
  'supplierSiret', 'buyerSiret', 'supplierSiren', 'buyerSiren', 'invoiceNumber', 'invoiceDate', 'documentType',
  'currency', 'engagementNumber', 'serviceCode', 'marketNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'iban',
] as const;

export type Expected = Record<string, string>;

export interface FieldScore {
  exact: number;
  wrong: number;
  missing: number;
}

export interface Score {
  files: number;
  failed: number;
  fields: Record<string, FieldScore>;
  exact: number;
  wrong: number;
  missing: number;
  inventedEngagements: number;
  mistakes: string[];
}

export function emptyScore(): Score {
  return { files: 0, failed: 0, fields: {}, exact: 0, wrong: 0, missing: 0, inventedEngagements: 0, mistakes: [] };
}

/** Only the contract's fields count; `_source`, `_note`, `_layout` are comments. */
export function expectedFields(entry: Expected): Expected {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !key.startsWith('_')));
}

export function scoreOne(score: Score, file: string, expected: Expected, actual: ExtractedFields | null): void {
  score.files++;
  if (actual === null) score.failed++;
  const got = (actual ?? {}) as Record<string, string | undefined>;
  for (const [key, value] of Object.entries(expectedFields(expected))) {
    const field = (score.fields[key] ??= { exact: 0, wrong: 0, missing: 0 });
    const found = got[key];
    if (found === undefined) {
      field.missing++;
      score.missing++;
      score.mistakes.push(`${file}: ${key} missing (expected ${value})`);
    } else if (found === value) {
      field.exact++;
      score.exact++;
    } else {
      field.wrong++;
      score.wrong++;
      score.mistakes.push(`${file}: ${key} = ${found} (expected ${value})`);
    }
  }
  if (expected.engagementNumber === undefined && got.engagementNumber !== undefined) {
    score.inventedEngagements++;
    score.mistakes.push(`${file}: engagementNumber invented (${got.engagementNumber})`);
  }
}

export function accuracy(score: Score): number {
  const total = score.exact + score.wrong + score.missing;
  return total === 0 ? 1 : score.exact / total;
}
