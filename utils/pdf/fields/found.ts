import type { Cell } from '../lines.ts';

/**
 * A value the reader found, with what supports it. `sure` is false when a single weak clue gave it
 * (a vague label, a guess between two parties, arithmetic that does not close): the value is then
 * given as unsure (contract: `unsure`), shown « à vérifier », never ticked nor offered as a one-click fix.
 */
export interface Found<T = string> {
  value: T;
  sure: boolean;
  /** What supports the value, in a few words (debugging, `dump-lines --explain`). */
  evidence: string;
  /** Where the label was, when the value came from a label. */
  lineNumber?: number;
  cell?: Cell;
}

export function found<T>(value: T, sure: boolean, evidence: string, where: { lineNumber?: number; cell?: Cell } = {}): Found<T> {
  return { value, sure, evidence, ...where };
}
