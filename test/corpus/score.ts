/**
 * Scoring of extraction results against expected values (public expected.json, generated ground-truth.json).
 * Per expected field: exact, wrong, missing, or — when the reader listed the key in `unsure` — unsure-right /
 * unsure-wrong. A wrong value outside `unsure` is the worst outcome (the reader stood behind it); an engagement
 * number returned where the invoice has none is counted apart as invented. A generated invoice's truth lists every
 * field it prints (`_layout` marks one), so there any other field returned that the truth lacks is invented too: a
 * value the invoice does not give for that field (a rental contract's number as the market number), which would
 * land in the form as surely as a wrong one.
 */
import type { ExtractedFields } from '../../utils/model/extracted.ts';

export const SCORED_FIELDS = [
  'supplierSiret', 'buyerSiret', 'supplierSiren', 'buyerSiren', 'invoiceNumber', 'invoiceDate', 'documentType',
  'currency', 'engagementNumber', 'serviceCode', 'marketNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'iban',
] as const;

export type Expected = Record<string, string>;

export interface FieldScore {
  exact: number;
  /** Wrong and not flagged unsure. */
  wrong: number;
  missing: number;
  unsureRight: number;
  unsureWrong: number;
}

export interface Score extends FieldScore {
  files: number;
  failed: number;
  fields: Record<string, FieldScore>;
  /** Engagement numbers returned where none is expected (flagged unsure or not). */
  inventedEngagements: number;
  /** Of those, the ones the reader flagged unsure. */
  inventedEngagementsUnsure: number;
  /** Other fields returned where a complete (generated) truth has none (flagged unsure or not). */
  inventedOthers: number;
  /** Of those, the ones the reader flagged unsure. */
  inventedOthersUnsure: number;
  mistakes: string[];
}

const emptyField = (): FieldScore => ({ exact: 0, wrong: 0, missing: 0, unsureRight: 0, unsureWrong: 0 });

export function emptyScore(): Score {
  return { files: 0, failed: 0, fields: {}, ...emptyField(), inventedEngagements: 0, inventedEngagementsUnsure: 0, inventedOthers: 0, inventedOthersUnsure: 0, mistakes: [] };
}

/** Only the contract's fields count; `_source`, `_note`, `_layout`, `_producer`, `_family` are comments. */
export function expectedFields(entry: Expected): Expected {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !key.startsWith('_')));
}

export function expectedCount(score: FieldScore): number {
  return score.exact + score.wrong + score.missing + score.unsureRight + score.unsureWrong;
}

/**
 * Adds one file's outcome. `unsure` is the result's `unsure` array (absent in readers that do not flag doubt).
 */
export function scoreOne(score: Score, file: string, expected: Expected, actual: ExtractedFields | null, unsure: readonly string[] = []): void {
  score.files++;
  if (actual === null) score.failed++;
  const got = (actual ?? {}) as Record<string, string | undefined>;
  const doubtful = new Set(unsure);
  for (const [key, value] of Object.entries(expectedFields(expected))) {
    const field = (score.fields[key] ??= emptyField());
    const found = got[key];
    let outcome: keyof FieldScore;
    if (found === undefined) outcome = 'missing';
    else if (doubtful.has(key)) outcome = found === value ? 'unsureRight' : 'unsureWrong';
    else outcome = found === value ? 'exact' : 'wrong';
    field[outcome]++;
    score[outcome]++;
    if (outcome === 'missing') score.mistakes.push(`${file}: ${key} missing (expected ${value})`);
    else if (outcome === 'wrong') score.mistakes.push(`${file}: ${key} = ${found} (expected ${value}) — WRONG, not flagged unsure`);
    else if (outcome === 'unsureWrong') score.mistakes.push(`${file}: ${key} = ${found} (expected ${value}) — flagged unsure`);
  }
  if (expected.engagementNumber === undefined && got.engagementNumber !== undefined) {
    score.inventedEngagements++;
    const flagged = doubtful.has('engagementNumber');
    if (flagged) score.inventedEngagementsUnsure++;
    score.mistakes.push(`${file}: engagementNumber invented (${got.engagementNumber})${flagged ? ' — flagged unsure' : ''}`);
  }
  if (expected._layout === undefined) return;
  for (const key of SCORED_FIELDS) {
    if (key === 'engagementNumber' || expected[key] !== undefined || got[key] === undefined) continue;
    score.inventedOthers++;
    const flagged = doubtful.has(key);
    if (flagged) score.inventedOthersUnsure++;
    score.mistakes.push(`${file}: ${key} invented (${got[key]}), the invoice has none${flagged ? ' — flagged unsure' : ' — WRONG, not flagged unsure'}`);
  }
}

/** Share of expected fields read exactly (unsure values, even right ones, do not count as exact). */
export function accuracy(score: FieldScore): number {
  const total = expectedCount(score);
  return total === 0 ? 1 : score.exact / total;
}
