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

/** What folding makes of one character (a code point, or a lone surrogate), spaces and quotes unified. */
function foldCharacter(character: string): string {
  const base = character.normalize('NFD')[0] ?? character;
  const lower = base.toLowerCase();
  const unit = lower.length === character.length ? lower : character;
  return unit.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/[’‘`]/g, "'").replace(/[º]/g, '°');
}

/**
 * Folded text of each code unit outside surrogate pairs (undefined: not known yet). Filled as characters are first
 * met: a document has a few dozen distinct ones, and decomposing each character of each cell cost more than the rest
 * of the folding.
 */
const foldedUnits: (string | undefined)[] = new Array<string | undefined>(0x10000);

function foldedUnit(code: number): string {
  return (foldedUnits[code] ??= foldCharacter(String.fromCharCode(code)));
}

function foldUncached(text: string): string {
  // Plain ASCII needs no accent folding.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  // Runs of printable ASCII but "`" fold as they lower-case; any other character through the table.
  let out = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e && code !== 0x60) continue;
    if (index > start) out += text.slice(start, index).toLowerCase();
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A character beyond the BMP: kept as it is unless folding gives one of the same length.
      out += foldCharacter(text.slice(index, index + 2));
      index++;
    } else {
      out += foldedUnit(code);
    }
    start = index + 1;
  }
  if (start < text.length) out += text.slice(start).toLowerCase();
  return out;
}

export interface LabelHit {
  line: Line;
  lineNumber: number;
  cellIndex: number;
  cell: Cell;
  /** Text of the cell after the label (dot leaders, colons and a translated label removed). */
  rest: string;
  /** Folded text of the whole label (its wrapped parts joined), for exclusions. */
  folded: string;
  /** The last line of a label wrapped onto several lines ("N° d'engagement" / "juridique"); lineNumber otherwise. */
  lastLineNumber: number;
  /** Horizontal extent of the label with its wrapped parts. */
  span: { x0: number; x1: number };
}

const LEADERS = /^[\s:.…·_=>|]*(?:\.{2,}|…+)?[\s:.…·_=>|]*/;

/** Words that end a label fragment cut by a wrap ("Date de" / "facturation", "PO number / Bon de" / "commande"). */
const OPEN_ENDING = /(?:\b(?:de|du|des|d'|la|le|l'|of|the|en|a|au|aux|et|and|par|pour|per)|[/&+,-])\s*$/;

/** A label's complement opening the next line: « d'engagement », « de commande », « du marché ». */
const COMPLEMENT = /^(?:d'|de\s|du\s|des\s)/;

/** The cell's label goes on under it with its complement (« NUMÉRO   2575-430 » over « D'ENGAGEMENT »). */
function complementBelow(lines: Line[], entry: CellEntry): boolean {
  const parts = wrapOf(lines, entry).parts;
  // « Accord-cadre transports   2025.27.487 » over « n° »: the label's number word wrapped alone; over « faibles : »:
  // the label's last words in small letters, closed by its colon.
  const below = parts.length > 0 ? fold(parts[0]!.cell.text).trim() : '';
  return parts.length > 0 && (COMPLEMENT.test(below) || /^(?:n\s?°|no\.?|numero)\s*:?$/.test(below) || /^[a-z'’ -]{3,30}\s*:$/.test(below));
}

/** Words in small letters, three or more: a description or a sentence, never a label's value. */
const WORDS_OF_ANOTHER_BLOCK = /\p{Ll}{3,}(?:\s+\S+){2,}/u;

/**
 * Words in small letters after a label: more of the label, wrapped round its value (« N° EJ – à rappeler sur
 * toute » / « 4586337388 » / « correspondance », « Code du service destinataire (Chorus » / … / « Pro) ») or with its
 * value in the next cell (« Votre commande (à rappeler   2025-687518 » / « sur Chorus Pro) »).
 */
function labelTail(rest: string): boolean {
  if (/\d/.test(rest)) return false;
  const words = rest.replace(/\(?chorus(?:\s+pro)?\)?/gi, '').trim();
  return /^(?:[–—-]\s*)?\(?[\p{Ll}'’ -]*\)?$/u.test(words);
}

/** What may follow a label cut by a wrap: words that lead to the rest of the label. */
const LABEL_WORDS_ONLY = /^\s*(?:(?:de|du|des|d'|la|le|les|l'|of|the|en|a|au|aux|et|and|sur|pour|facture|invoice)\s*)+$/;

/**
 * The parts of a label cell wrapped onto the following lines of its column: same left edge, close below,
 * no digits, and either starting in lower case or following an open ending. A value may sit on a line
 * between two parts (a table row centred vertically).
 */
export function wrappedParts(lines: Line[], lineNumber: number, cell: Cell): { lineNumber: number; cell: Cell }[] {
  const parts: { lineNumber: number; cell: Cell }[] = [];
  let last = lines[lineNumber]!;
  let lastCell = cell;
  if (/\d/.test(cell.text.replace(/n\s?°/gi, '')) || cell.text.length > 45 || /:\s*$/.test(cell.text)) return parts;
  for (let next = lineNumber + 1; next < lines.length && next <= lineNumber + 5 && parts.length < 2; next++) {
    const line = lines[next]!;
    if (line.page !== last.page || line.top - last.top > Math.max(last.size, 8) * 1.7) break;
    // Aligned on the left, or centred under it (« Numéro » / « d'engagement » / « juridique » centred in a box).
    const below = line.cells.find((other) => Math.abs(other.x0 - cell.x0) < 3 || Math.abs(other.x0 + other.x1 - cell.x0 - cell.x1) < 6);
    if (!below) {
      // A value centred between the parts of its label (the line holds only cells right of the label), or a line of
      // another column interleaved (the supplier's address left of a block of labels).
      if (line.cells.every((other) => other.x0 > cell.x1 || other.x1 < cell.x0)) continue;
      break;
    }
    const text = below.text.trim();
    const folded = fold(text);
    if (/\d/.test(text.replace(/n\s?°/gi, '')) || text.length > 40) break;
    // In capitals, the label's complement (« NUMÉRO » / « D'ENGAGEMENT ») goes on as well.
    if (!/^[a-zà-ÿ'(]/.test(text) && !OPEN_ENDING.test(fold(lastCell.text)) && !COMPLEMENT.test(folded)) break;
    if (/^(?:rue|avenue|bd|place|cedex)\b/.test(folded)) break;
    // "Émise le   21 janvier 2025" over "À régler le   7 mars 2025": two rows of label and value, not one label.
    if (valueRightOf(lines[lineNumber]!, cell) && valueRightOf(line, below)) break;
    parts.push({ lineNumber: next, cell: below });
    last = line;
    lastCell = below;
    if (/:\s*$/.test(text)) break;
  }
  return parts;
}

function valueRightOf(line: Line, cell: Cell): boolean {
  return line.cells.some((other) => other.x0 > cell.x1 && /\d/.test(other.text) && !addressBeside(other.text) && !WORDS_OF_ANOTHER_BLOCK.test(other.text));
}

const unanchoredLabels = new WeakMap<RegExp, RegExp>();

/** The label without its "^": the translation starts right after the slash. */
function unanchored(label: RegExp): RegExp {
  let copy = unanchoredLabels.get(label);
  if (!copy) {
    copy = new RegExp(label.source.replace(/^\^/, ''), label.flags.replace('g', ''));
    unanchoredLabels.set(label, copy);
  }
  return copy;
}

/**
 * A second label in another language after a slash ("Invoice date / Date", "N° de facture / Invoice No"):
 * removed when one of `labels` matches right after the slash.
 */
export function withoutTranslation(rest: string, labels: readonly RegExp[]): string {
  // « Date / Date », « Facture n° – Invoice »: a slash or a dash between the label and its translation.
  const slash = /^\s*(?:\/|[–—]|\s-\s)\s*/.exec(rest);
  if (!slash) return rest;
  const after = rest.slice(slash[0].length);
  const folded = fold(after);
  for (const label of labels) {
    const match = unanchored(label).exec(folded);
    if (match && match.index === 0 && match[0].trim() !== '') return after.slice(match[0].length).replace(LEADERS, '');
  }
  // Words only, no digit ("/ Date", "/ Échéance"): the translation of the label, the value is elsewhere.
  if (!/\d/.test(after) && after.length <= 40) return '';
  return rest;
}

const anchoredLabels = new WeakMap<RegExp, boolean>();

function anchored(label: RegExp): boolean {
  let isAnchored = anchoredLabels.get(label);
  if (isAnchored === undefined) {
    isAnchored = label.source.startsWith('^');
    anchoredLabels.set(label, isAnchored);
  }
  return isAnchored;
}

/** Where a second label may start in a folded cell: after its first " / ", with that text. */
interface AfterSlash {
  start: number;
  text: string;
}

function afterSlashOf(folded: string): AfterSlash | null {
  const slash = /\s\/\s*/.exec(folded);
  if (!slash) return null;
  const start = slash.index + slash[0].length;
  return { start, text: folded.slice(start) };
}

/** "Contract / Marché": a label anchored at its start may be the second half of a bilingual label. */
function translatedPart(afterSlash: AfterSlash | null, label: RegExp): { index: number; 0: string } | null {
  if (!afterSlash || !anchored(label)) return null;
  const match = label.exec(afterSlash.text);
  return match ? { index: afterSlash.start + match.index, 0: match[0] } : null;
}

/**
 * Every cell whose folded text matches `label`, alone or joined with its wrapped parts.
 * `translations` are the labels of the same field, to drop a translated label after a slash.
 */
interface CellEntry {
  line: Line;
  lineNumber: number;
  cellIndex: number;
  cell: Cell;
  folded: string;
  /** A cell right of it on its line holds a digit: a value beside the label. */
  valueBeside: boolean;
  /** Whether its folded text ends on a word that calls for more (OPEN_ENDING), computed on first need. */
  openEnding?: boolean;
  /** Its folded text after a " / " (a translated label may start there), null without one. */
  afterSlash: AfterSlash | null;
  /** Its wrapped parts with their joined text, computed on first need. */
  wrap?: { parts: { lineNumber: number; cell: Cell }[]; text: string; folded: string };
}

/** « 42100 Saint-Étienne »: a line of an address block. */
const POSTCODE_AND_TOWN = /^\d{5}\s+\p{L}/u;
const POSTAL_BOX = /^(?:CS|BP|TSA)\s*\d+$/;

/**
 * A candidate below or beside a label that is a line of an address block (« 42100 Saint-Étienne »), never a value.
 * An inline text is the label's own.
 */
export function isAddressLine(candidate: Pick<ValueCandidate, 'kind' | 'text'>): boolean {
  return candidate.kind !== 'inline' && POSTCODE_AND_TOWN.test(candidate.text.trim());
}

/** A cell beside a label that is a line of an address block: the postcode and town, or a postal box (« CS 34205 »). */
function addressBeside(text: string): boolean {
  const trimmed = text.trim();
  return POSTCODE_AND_TOWN.test(trimmed) || POSTAL_BOX.test(trimmed);
}

/**
 * The cell opening the next line in the same column as `cell`, close below it on the same page: where a line of
 * running text goes on (a label, an identifier or an IBAN broken at the end of a line).
 */
export function openingBelow(lines: Line[], lineNumber: number, cell: Cell): Cell | null {
  const line = lines[lineNumber]!;
  const next = lines[lineNumber + 1];
  if (!next || next.page !== line.page || next.top - line.top > Math.max(line.size, 8) * 2) return null;
  return next.cells.find((other) => Math.abs(other.x0 - cell.x0) < 6) ?? null;
}

/** Every cell of a document once, folded: the field finders scan them with many labels. */
const cellEntries = new WeakMap<Line[], CellEntry[]>();

function entriesOf(lines: Line[]): CellEntry[] {
  let entries = cellEntries.get(lines);
  if (!entries) {
    entries = [];
    for (const [lineNumber, line] of lines.entries()) {
      line.cells.forEach((cell, cellIndex) => {
        // « 42000 Saint-Étienne », « CS 34205 » are lines of an address block beside, never a value.
        const valueBeside = line.cells.slice(cellIndex + 1).some((other) => /\d/.test(other.text) && !addressBeside(other.text));
        const folded = fold(cell.text);
        entries!.push({ line, lineNumber, cellIndex, cell, folded, valueBeside, afterSlash: afterSlashOf(folded) });
      });
    }
    cellEntries.set(lines, entries);
  }
  return entries;
}

function wrapOf(lines: Line[], entry: CellEntry): NonNullable<CellEntry['wrap']> {
  if (!entry.wrap) {
    const parts = wrappedParts(lines, entry.lineNumber, entry.cell);
    const text = [entry.cell.text, ...parts.map((part) => part.cell.text)].join(' ');
    entry.wrap = { parts, text, folded: parts.length > 0 ? fold(text) : entry.folded };
  }
  return entry.wrap;
}

/**
 * Every cell whose folded text matches `label`, alone or joined with its wrapped parts.
 * `translations` are the labels of the same field, to drop a translated label after a slash.
 */
export function findLabels(lines: Line[], label: RegExp, exclude?: RegExp, translations: readonly RegExp[] = [label]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const entry of entriesOf(lines)) {
    const { line, lineNumber, cellIndex, cell } = entry;
    const own = entry.folded;
    let match: { index: number; 0: string } | null = label.exec(own) ?? translatedPart(entry.afterSlash, label);
    let parts: { lineNumber: number; cell: Cell }[] = [];
    let folded = own;
    let rest = match ? withoutTranslation(cell.text.slice(match.index + match[0].length).replace(LEADERS, ''), translations) : '';
    // "Date d'émission de" / "la facture": the label goes on below, what follows it here is not a value.
    if (rest !== '' && (LABEL_WORDS_ONLY.test(fold(rest)) || labelTail(rest))) rest = '';
    // A label with its value beside it on its own line is whole, unless it stops on a word that calls for more
    // ("VOTRE BON DE" / "COMMANDE", the value beside the first line); otherwise it may go on below.
    if ((!match || rest.trim() === '') && (!entry.valueBeside || (entry.openEnding ??= OPEN_ENDING.test(own)) || complementBelow(lines, entry))) {
      const wrap = wrapOf(lines, entry);
      if (wrap.parts.length > 0) {
        const joinedMatch = label.exec(wrap.folded);
        if (joinedMatch) {
          match = joinedMatch;
          parts = wrap.parts;
          folded = wrap.folded;
          rest = withoutTranslation(wrap.text.slice(match.index + match[0].length).replace(LEADERS, ''), translations);
          if (LABEL_WORDS_ONLY.test(fold(rest)) || labelTail(rest)) rest = '';
        }
      }
    }
    if (!match) continue;
    // « Réf. client : Bon de commande n° 2540153 »: what an earlier label of the cell says (up to its colon) does not
    // exclude this one.
    if (exclude && exclude.test(folded.slice(folded.lastIndexOf(':', match.index - 1) + 1, match.index + match[0].length))) continue;
    const span = parts.reduce((extent, part) => ({ x0: Math.min(extent.x0, part.cell.x0), x1: Math.max(extent.x1, part.cell.x1) }), { x0: cell.x0, x1: cell.x1 });
    hits.push({ line, lineNumber, cellIndex, cell, rest, folded, lastLineNumber: parts.at(-1)?.lineNumber ?? lineNumber, span });
  }
  return hits;
}

/** Where a label of a line of references may start: the cell's start, or after a separator between references. */
const REFERENCE_START = /(?:^|[–—|·;,]\s*|\s-\s+)$/;

/**
 * A label that a line of references breaks (« … – Marché n° 2024-153 – Code » then « service FIN-001 »): it starts
 * after the line's last separator and ends on the next line's first cell, in the same column, which goes on in lower
 * case. Each with what follows the label there.
 */
export function labelsAcrossLineEnd(lines: Line[], label: RegExp): { lineNumber: number; cell: Cell; rest: string }[] {
  const found: { lineNumber: number; cell: Cell; rest: string }[] = [];
  const everywhere = new RegExp(label.source.replace(/^\^/, ''), `${label.flags.replace('g', '')}g`);
  for (const entry of entriesOf(lines)) {
    const opening = openingBelow(lines, entry.lineNumber, entry.cell);
    if (!opening || !/^\p{Ll}/u.test(opening.text)) continue;
    const joined = `${entry.folded} ${fold(opening.text)}`;
    for (const match of joined.matchAll(everywhere)) {
      const end = match.index + match[0].length;
      if (match.index >= entry.folded.length || end <= entry.folded.length + 1 || !REFERENCE_START.test(joined.slice(0, match.index))) continue;
      // Folding keeps every character's length, so the label's words on the next line are as long in the raw text.
      found.push({ lineNumber: entry.lineNumber, cell: entry.cell, rest: opening.text.slice(end - entry.folded.length - 1) });
      break;
    }
  }
  return found;
}

export type ValueKind = 'inline' | 'right' | 'below' | 'wrapped';

/**
 * A row of headings holding the label: the cells without digits from the label to the end of the line, and those
 * before it up to a cell with digits (another block beside the row), or none when a value follows on the line.
 */
function headingRun(line: Line, cellIndex: number): Cell[] {
  if (line.cells.slice(cellIndex).some((cell) => /\d/.test(cell.text))) return [];
  let start = cellIndex;
  while (start > 0 && !/\d/.test(line.cells[start - 1]!.text)) start--;
  return line.cells.slice(start);
}

export interface ValueCandidate {
  text: string;
  kind: ValueKind;
  line: Line;
  cell?: Cell;
}

/**
 * Where a label's value may be: after it in the same cell, in the next cells of the line,
 * beside a label wrapped onto several lines, or in the cells under it (up to `below` lines on the same page).
 */
export function valuesFor(lines: Line[], hit: LabelHit, below = 2): ValueCandidate[] {
  const values: ValueCandidate[] = [];
  if (hit.rest.trim() !== '') values.push({ text: hit.rest.trim(), kind: 'inline', line: hit.line, cell: hit.cell });
  // The row's headings are the cells without digits around the label: a block beside it on the same line
  // ("Tél. : 04 77 …   Date   Numéro   Code client") is not part of the row.
  const row = headingRun(hit.line, hit.cellIndex);
  // A wrapped label in a row of headings wrapped like it (« Date de » / « facturation » beside « Date » /
  // « d'échéance », « N° de » / « marché »): its value is under it, not in the next heading's column.
  if (hit.lastLineNumber !== hit.lineNumber && row.length < 4) {
    // A wrapped label: its value is right of it, on one of its lines or on a line between them.
    for (let number = hit.lineNumber; number <= hit.lastLineNumber; number++) {
      const line = lines[number]!;
      // A number, or a code in capitals (« Direction de la culture » / « (code) » round « ENF-SCO »).
      // Never words of another block beside it (an item's description: « Lien fibre dédié 200 Mb/s symétrique – »).
      const right = line.cells.find((cell) => cell.x0 > hit.span.x1 + 2 && cell.x0 - hit.span.x1 < 200 && (/\d/.test(cell.text) || /^[A-Z][A-Z0-9\-_/.]+$/.test(cell.text.trim())) && !WORDS_OF_ANOTHER_BLOCK.test(cell.text));
      if (right) values.push({ text: right.text, kind: 'wrapped', line, cell: right });
    }
    if (values.length > 0) return values;
  }
  const labelLine = hit.line;
  const labelCell = hit.cell;
  const labelBottom = lines[hit.lastLineNumber]!;
  const span = hit.span;
  // Lines of another block interleaved under a heading row ("Tél. …" at the left, a heading wrapped onto a second
  // line, "client" under "Code") are passed over: no digits within the row, nothing under the label.
  const rowExtent = row.length >= 2 ? { x0: row[0]!.x0, x1: row.at(-1)!.x1 } : null;
  const passedOver = (line: Line) => rowExtent !== null && line.cells.every((cell) => overlap(cell, span) <= 0 && (overlap(cell, rowExtent) <= 0 || !/\d/.test(cell.text)));
  // A header row ("N° de facture   Date   N° client"): the values are in the row below.
  let nextLine = lines[hit.lastLineNumber + 1];
  for (let skip = 2; skip <= 4 && nextLine && nextLine.page === labelLine.page && passedOver(nextLine); skip++) nextLine = lines[hit.lastLineNumber + skip];
  // « Pièce   Date   Code client   Commercial   Page » over « FA598165   20/06/2024   CL9245   R. FAYOLLE   1 / 1 »:
  // boxes whose headings and values are not aligned; as many cells on both rows, each heading's value is the cell of
  // its rank.
  const sameRank =
    hit.rest.trim() === '' &&
    hit.lastLineNumber === hit.lineNumber &&
    row.length >= 3 &&
    row.length === labelLine.cells.length &&
    nextLine === lines[hit.lineNumber + 1] &&
    nextLine !== undefined &&
    nextLine.page === labelLine.page &&
    nextLine.top - labelLine.top <= (labelLine.size || 10) * 2.6 &&
    nextLine.cells.length === labelLine.cells.length &&
    !nextLine.cells.some((cell) => overlap(cell, labelCell) > 0);
  const headerRow =
    sameRank ||
    (hit.rest.trim() === '' &&
    row.length >= 2 &&
    nextLine !== undefined &&
    nextLine.page === labelLine.page &&
    nextLine.cells.length >= 2 &&
    (row.length >= 3 || nextLine.cells.some((cell) => overlap(cell, labelCell) > 0 && /\d/.test(cell.text))) &&
    nextLine.cells.some((cell) => overlap(cell, labelCell) > 0));
  const rightCells = labelLine.cells.slice(hit.cellIndex + 1);
  // A label beside a table row of another block (item lines next to a sidebar): those cells are not its value.
  // Likewise a far "label   value" pair of another block ("Montant total HT   3 812,77 €").
  const farRight = rightCells.length > 0 && rightCells[0]!.x0 - labelCell.x1 > 40;
  // "N° facture   F-12   Date   14/01/2024   Éch.   14/02/2024": pairs of label and value along one row; the last
  // value may be words (« Numéro   2025-094   Chantier   Création d'un réseau de chaleur »).
  const pairs = rightCells.length >= 3 && rightCells.every((cell, index) => (index % 2 === 0 ? /\d/.test(cell.text) || (index > 0 && index === rightCells.length - 1) : !/\d/.test(cell.text) && cell.text.length <= 30));
  // A label closed by its colon and a code right after it ("CODE SERVICE :   DRH-PAIE   42000 …"): its own value.
  const ownCode = rightCells.length === 2 && /:\s*$/.test(labelCell.text) && /^[A-Z0-9][A-Z0-9\-_/.]*$/.test(rightCells[0]!.text.trim());
  const foreignRow = farRight && !pairs && !ownCode && (rightCells.length >= 3 || (rightCells.length === 2 && !/\d/.test(rightCells[0]!.text)));
  for (const cell of headerRow || foreignRow ? [] : pairs ? rightCells.slice(0, 1) : rightCells) {
    // Another label on the same line ("Invoice Date:   Due Date:"): the values are under them.
    if (/:\s*$/.test(cell.text) && !/\d/.test(cell.text)) break;
    values.push({ text: cell.text, kind: 'right', line: labelLine, cell });
  }
  // « Facture n° » and, right of it, « FA70908 » in a larger font: its baseline a few points lower, printed as a line
  // of its own. It sits between the label and whatever else its line holds further right (the buyer's address block);
  // the value's line close under the label's.
  if (hit.rest.trim() === '' && hit.lastLineNumber === hit.lineNumber) {
    const lowerLine = lines[hit.lineNumber + 1];
    const limit = rightCells[0]?.x0 ?? Number.POSITIVE_INFINITY;
    if (lowerLine !== undefined && lowerLine.page === labelLine.page && lowerLine.top - labelLine.top <= Math.max(labelLine.size || 10, lowerLine.size || 0) * 0.7) {
      const beside = lowerLine.cells.find((cell) => cell.x0 > labelCell.x1 && cell.x0 - labelCell.x1 < 200 && cell.x1 < limit);
      if (beside) values.unshift({ text: beside.text, kind: 'right', line: lowerLine, cell: beside });
    }
  }
  if (hit.rest.trim() === '') {
    const belowValues: ValueCandidate[] = [];
    let skipped = 0;
    for (let offset = 1; offset <= below + skipped; offset++) {
      const next = lines[hit.lastLineNumber + offset];
      if (!next || next.page !== labelLine.page) break;
      // Small capitals over values in a larger font (« DATE » in 7 pt, « 23.07.2025 » in 11 pt): the two sizes' mean.
      const labelSize = labelLine.size || 10;
      const size = next.size && labelLine.size ? Math.max(labelSize, (next.size + labelSize) / 2) : labelSize;
      if (next.top - labelBottom.top > size * 2.6 * Math.min(offset, below)) break;
      const under = sameRank && offset === 1 ? [next.cells[hit.cellIndex]!] : next.cells.filter((cell) => overlap(cell, span) > 0 || Math.abs(cell.x0 - span.x0) < 6);
      for (const cell of under) belowValues.push({ text: cell.text, kind: 'below', line: next, cell });
      if (under.length > 0) break;
      if (passedOver(next) && skipped < 3) skipped++;
    }
    // A value far to the right belongs to another column when one sits right under the label: a number, or a code in
    // capitals when the right is words of another block (« CODE SERVICE » over « DSI » in a sidebar, an item's
    // description beside it).
    const firstRight = values[0];
    const far = firstRight?.cell !== undefined && firstRight.cell.x0 - labelCell.x1 > 40;
    const wordsBeside = far && WORDS_OF_ANOTHER_BLOCK.test(firstRight.text);
    const aligned = belowValues.some(
      (value) =>
        value.cell !== undefined &&
        Math.abs(value.cell.x0 - span.x0) < 6 &&
        /^[\p{Lu}\d][^\s]*$|^\d/u.test(value.text.trim()) &&
        (/\d/.test(value.text) || (wordsBeside && /^[A-Z]{2}[A-Z0-9\-_/.]*$/.test(value.text.trim()))) &&
        !/:\s*$/.test(value.text) &&
        // « 1. Prestations forfaitaires »: a numbered heading of the next section, not a value.
        !WORDS_OF_ANOTHER_BLOCK.test(value.text) &&
        !/^\d+[.)]\s+\p{L}/u.test(value.text.trim()),
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

const NO_AMOUNTS: readonly AmountToken[] = Object.freeze([]);

/**
 * The finders ask for the amounts of the same cells and lines many times (every label rule, every neighbour):
 * each text is scanned once per document or so.
 */
const amountCache = new Map<string, readonly AmountToken[]>();

export function amountsIn(raw: string): readonly AmountToken[] {
  if (!/\d/.test(raw)) return NO_AMOUNTS;
  const cached = amountCache.get(raw);
  if (cached !== undefined) return cached;
  if (amountCache.size > 20_000) amountCache.clear();
  const found = scanAmounts(raw);
  amountCache.set(raw, found);
  return found;
}

function scanAmounts(raw: string): readonly AmountToken[] {
  const found: AmountToken[] = [];
  // Dot leaders ("Total TTC......1 234,56 €") are blanks, not decimal points.
  const text = raw.replace(/\.{2,}|…+|·{2,}/g, (leader) => ' '.repeat(leader.length));
  for (const match of text.matchAll(AMOUNT_PATTERN)) {
    const raw = match[1]!.trim();
    const hasDecimals = /\d[.,]\d{2}\)?(?:\s?(?:€|EUR|euros?))?$/i.test(raw);
    const hasCurrency = /€|EUR|euro/i.test(raw);
    if (!hasDecimals && !hasCurrency) continue;
    // "(8 601,61) €": accountants print a negative amount in parentheses, the currency sign outside them.
    const signed = raw.replace(/euros?/i, '').replace(/[−–]/g, '-').replace(/^\(\s*(.*?)\s*\)\s*(€|EUR)?$/i, '-$1');
    const cents = parseAmountCents(signed);
    if (cents === null) continue;
    found.push(Object.freeze({ cents, text: raw, index: match.index }));
  }
  return found.length > 0 ? Object.freeze(found) : NO_AMOUNTS;
}

const MONTHS =
  'janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep';
export const DATE_PATTERN = new RegExp(
  `(?<![\\d])(\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})(?![\\d])|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\.?\\s+\\d{4}|\\d{1,2}-(?:${MONTHS})\\.?-\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  'g',
);

export function datesIn(text: string): { text: string; index: number }[] {
  const folded = fold(text);
  return [...folded.matchAll(new RegExp(DATE_PATTERN.source, 'g'))].map((match) => ({ text: text.slice(match.index, match.index + match[0].length), index: match.index }));
}
