import { parseAmountCents } from '../../model/amount.ts';
import { overlap, type Cell, type Line } from '../lines.ts';

/**
 * Shared helpers of the field finders: folding that keeps indices, label → value lookups
 * (same cell, cell to the right, cell below), amount and date scanning.
 */

/** Lower case without accents, one output character per input code unit, so indices still match. */
const foldCache = new Map<string, string>();

export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  if (foldCache.size > 20_000) foldCache.clear();
  const folded = foldUncached(text);
  foldCache.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  // Plain ASCII needs no accent folding.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const character of text) {
    const base = character.normalize('NFD')[0] ?? character;
    const lower = base.toLowerCase();
    const unit = lower.length === character.length ? lower : character;
    out += unit.length === character.length ? unit : character;
  }
  return out.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/[’‘`]/g, "'").replace(/[º]/g, '°');
}

export interface LabelHit {
  line: Line;
  lineNumber: number;
  cellIndex: number;
  cell: Cell;
  /** Text of the cell after the label (dot leaders and colons removed). */
  rest: string;
  /** Folded text of the whole cell, for exclusions. */
  folded: string;
}

const LEADERS = /^[\s:.…·_=>|]*(?:\.{2,}|…+)?[\s:.…·_=>|]*/;

/** Every cell whose folded text matches `label`. */
export function findLabels(lines: Line[], label: RegExp, exclude?: RegExp): LabelHit[] {
  const hits: LabelHit[] = [];
  lines.forEach((line, lineNumber) => {
    line.cells.forEach((cell, cellIndex) => {
      const folded = fold(cell.text);
      const match = label.exec(folded);
      if (!match) return;
      if (exclude && exclude.test(folded.slice(0, match.index + match[0].length))) return;
      const rest = cell.text.slice(match.index + match[0].length).replace(LEADERS, '');
      hits.push({ line, lineNumber, cellIndex, cell, rest, folded });
    });
  });
  return hits;
}

export type ValueKind = 'inline' | 'right' | 'below';

export interface ValueCandidate {
  text: string;
  kind: ValueKind;
  line: Line;
  cell?: Cell;
}

/**
 * Where a label's value may be: after it in the same cell, in the next cells of the line,
 * or in the cells under it (up to `below` lines on the same page).
 */
export function valuesFor(lines: Line[], hit: LabelHit, below = 2): ValueCandidate[] {
  const values: ValueCandidate[] = [];
  if (hit.rest.trim() !== '') values.push({ text: hit.rest.trim(), kind: 'inline', line: hit.line, cell: hit.cell });
  // A header row ("N° de facture   Date   N° client"): the values are in the row below.
  const nextLine = lines[hit.lineNumber + 1];
  const headerRow =
    hit.rest.trim() === '' &&
    hit.line.cells.length >= 2 &&
    hit.line.cells.every((cell) => !/\d/.test(cell.text)) &&
    nextLine !== undefined &&
    nextLine.page === hit.line.page &&
    nextLine.cells.length >= 2 &&
    (hit.line.cells.length >= 3 || nextLine.cells.some((cell) => overlap(cell, hit.cell) > 0 && /\d/.test(cell.text))) &&
    nextLine.cells.some((cell) => overlap(cell, hit.cell) > 0);
  const rightCells = hit.line.cells.slice(hit.cellIndex + 1);
  // A label beside a table row of another block (item lines next to a sidebar): those cells are not its value.
  // Likewise a far "label   value" pair of another block ("Montant total HT   3 812,77 €").
  const farRight = rightCells.length > 0 && rightCells[0]!.x0 - hit.cell.x1 > 40;
  const foreignRow = farRight && (rightCells.length >= 3 || (rightCells.length === 2 && !/\d/.test(rightCells[0]!.text)));
  for (const cell of headerRow || foreignRow ? [] : rightCells) {
    // Another label on the same line ("Invoice Date:   Due Date:"): the values are under them.
    if (/:\s*$/.test(cell.text) && !/\d/.test(cell.text)) break;
    values.push({ text: cell.text, kind: 'right', line: hit.line, cell });
  }
  if (hit.rest.trim() === '') {
    const belowValues: ValueCandidate[] = [];
    for (let offset = 1; offset <= below; offset++) {
      const next = lines[hit.lineNumber + offset];
      if (!next || next.page !== hit.line.page) break;
      if (next.top - hit.line.top > (hit.line.size || 10) * 2.6 * offset) break;
      const under = next.cells.filter((cell) => overlap(cell, hit.cell) > 0 || Math.abs(cell.x0 - hit.cell.x0) < 6);
      for (const cell of under) belowValues.push({ text: cell.text, kind: 'below', line: next, cell });
      if (under.length > 0) break;
    }
    // A value far to the right belongs to another column when one sits right under the label.
    const firstRight = values[0];
    const far = firstRight?.cell !== undefined && firstRight.cell.x0 - hit.cell.x1 > 40;
    const aligned = belowValues.some(
      (value) => value.cell !== undefined && Math.abs(value.cell.x0 - hit.cell.x0) < 6 && /^[\p{Lu}\d][^\s]*$|^\d/u.test(value.text.trim()) && /\d/.test(value.text) && !/:\s*$/.test(value.text),
    );
    if (far && aligned) values.splice(hit.rest.trim() === '' ? 0 : 1, values.length, ...belowValues);
    else values.push(...belowValues);
  }
  return values;
}

/** Amount-looking substrings: two decimals, or a currency sign. Percentages are not amounts. */
const AMOUNT_PATTERN =
  /(?<![\d.,/])(\(?[-−–]?\s?(?:€\s?)?(?:\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+|\d+)(?:[.,]\d{1,2})?\)?(?:\s?(?:€|EUR|euros?))?)(?![\d]|\s?%|[.,/]\d)/gi;

export interface AmountToken {
  cents: number;
  text: string;
  index: number;
}


export function amountsIn(raw: string): AmountToken[] {
  const found: AmountToken[] = [];
  // Dot leaders ("Total TTC......1 234,56 €") are blanks, not decimal points.
  const text = raw.replace(/\.{2,}|…+|·{2,}/g, (leader) => ' '.repeat(leader.length));
  for (const match of text.matchAll(AMOUNT_PATTERN)) {
    const raw = match[1]!.trim();
    const hasDecimals = /\d[.,]\d{2}\)?(?:\s?(?:€|EUR|euros?))?$/i.test(raw);
    const hasCurrency = /€|EUR|euro/i.test(raw);
    if (!hasDecimals && !hasCurrency) continue;
    const cents = parseAmountCents(raw.replace(/euros?/i, '').replace(/[−–]/g, '-'));
    if (cents === null) continue;
    found.push({ cents, text: raw, index: match.index });
  }
  return found;
}

const MONTHS =
  'janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep';
export const DATE_PATTERN = new RegExp(
  `(?<![\\d])(\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})(?![\\d])|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\.?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  'g',
);

export function datesIn(text: string): { text: string; index: number }[] {
  const folded = fold(text);
  return [...folded.matchAll(new RegExp(DATE_PATTERN.source, 'g'))].map((match) => ({ text: text.slice(match.index, match.index + match[0].length), index: match.index }));
}
