/**
 * Visual lines rebuilt from pdf.js text items. Items of one line share a baseline (within a tolerance);
 * within a line, a wide gap starts a new cell, so that "Total HT" and its amount far to the right stay
 * apart while the x positions let a value be found under its label (column layouts).
 */

export interface RawItem {
  str: string;
  /** Left edge, PDF units. */
  x: number;
  /** Baseline, PDF units, origin at the bottom of the page. */
  y: number;
  width: number;
  /** Font size, PDF units. */
  size: number;
  /**
   * Text set on its side: 1 reads upwards, 3 downwards (a title in a vertical band, legal mentions up a margin).
   * x and y stay the page's; the reading direction is the text's own.
   */
  turn?: 1 | 3;
}

export interface Cell {
  text: string;
  x0: number;
  x1: number;
  /** Largest font size of its text (a title stands out), when known. */
  size?: number;
}

export interface Line {
  /** 0-based page index. */
  page: number;
  /** Order of the line in the document (pages in order, top to bottom). */
  index: number;
  /** Distance from the top of its page; past the page's height for text turned on the page (isTurned). */
  top: number;
  /** Height of its page (the footer is near the bottom). */
  pageHeight: number;
  size: number;
  cells: Cell[];
  /** The cells joined by a wide separator (three spaces), as pdftotext -layout would show them. */
  text: string;
}

/** Joins cells in `Line.text`. */
export const CELL_SEPARATOR = '   ';

/**
 * pdf.js text item → RawItem. Text turned a quarter turn is kept with its turn (see buildPageLines); text at any
 * other angle (a slanted watermark) is skipped: it is never a field.
 */
export function toRawItem(item: { str?: string; transform?: number[]; width?: number; height?: number }): RawItem | null {
  const { str, transform } = item;
  if (typeof str !== 'string' || !Array.isArray(transform) || transform.length < 6) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = transform;
  const width = Math.abs(item.width ?? 0);
  if (Math.abs(b) > Math.abs(a) * 0.1) {
    // Nearly vertical: a quarter turn, reading upwards (b > 0) or downwards; any angle between is slanted.
    if (Math.abs(a) > Math.abs(b) * 0.1) return null;
    return { str, x: e, y: f, width, size: Math.hypot(c, d) || Math.abs(item.height ?? 0) || 10, turn: b > 0 ? 1 : 3 };
  }
  const size = Math.abs(d) || Math.abs(item.height ?? 0) || 10;
  return { str, x: e, y: f, width, size };
}

/**
 * Items turned a quarter turn, set upright: the page turned so that they read left to right. Their baseline's
 * height in that frame is counted from the page's left edge (upwards text) or right edge (downwards text).
 */
function uprightItems(items: RawItem[], turn: 1 | 3, pageHeight: number, pageWidth: number): RawItem[] {
  return items
    .filter((item) => item.turn === turn)
    .map((item) => (turn === 1 ? { str: item.str, x: item.y, y: pageWidth - item.x, width: item.width, size: item.size } : { str: item.str, x: pageHeight - item.y, y: item.x, width: item.width, size: item.size }));
}

/** Space left between a page's upright lines and the lines of its turned text, which come after them. */
const TURNED_GAP = 40;

/** Text turned on the page (a vertical band): its lines are read after the page's own, below its height. */
export function isTurned(line: Line): boolean {
  return line.top > line.pageHeight;
}

/**
 * Groups one page's items into lines, top to bottom. Turned text comes after them, as pdftotext shows it: its
 * lines, set upright, follow the page's lines (their `top` continues below the page), so that a title printed up a
 * coloured band is read like any other line, and never mixed with the lines it crosses.
 */
export function buildPageLines(items: RawItem[], page: number, pageHeight: number, firstIndex = 0, pageWidth = 595): Line[] {
  const upright = items.filter((item) => item.turn === undefined);
  const lines = groupLines(upright, page, pageHeight, firstIndex, 0);
  if (upright.length === items.length) return lines;
  let offset = pageHeight + TURNED_GAP;
  for (const turn of [1, 3] as const) {
    const turned = groupLines(uprightItems(items, turn, pageHeight, pageWidth), page, pageWidth, firstIndex + lines.length, offset);
    for (const line of turned) line.pageHeight = pageHeight;
    lines.push(...turned);
    offset += pageWidth + TURNED_GAP;
  }
  return lines;
}

function groupLines(items: RawItem[], page: number, frameHeight: number, firstIndex: number, topOffset: number): Line[] {
  const visible = items.filter((item) => item.str.trim() !== '');
  visible.sort((left, right) => right.y - left.y || left.x - right.x);
  const groups: RawItem[][] = [];
  let current: RawItem[] = [];
  let currentY = Number.NaN;
  for (const item of visible) {
    const tolerance = Math.max(1.5, item.size * 0.4);
    if (current.length > 0 && Math.abs(item.y - currentY) <= tolerance) {
      current.push(item);
    } else {
      if (current.length > 0) groups.push(current);
      current = [item];
      currentY = item.y;
    }
  }
  if (current.length > 0) groups.push(current);

  return groups.map((group, offset) => {
    group.sort((left, right) => left.x - right.x);
    const size = Math.max(...group.map((item) => item.size));
    const cells: Cell[] = [];
    let cell: Cell | null = null;
    for (const item of group) {
      // A character the font cannot show (a narrow no-break space in a standard font) comes out as a control
      // character: it stood for a space ("4\u0000223,21 €").
      // eslint-disable-next-line no-control-regex
      const text = item.str.replace(/[\s\u00a0\u0000-\u001f\u007f]+/g, ' ');
      const x1 = item.x + item.width;
      if (cell) {
        const gap = item.x - cell.x1;
        if (gap > Math.max(4, item.size * 0.9)) {
          cells.push(cell);
          cell = { text, x0: item.x, x1, size: item.size };
          continue;
        }
        const needsSpace = gap > item.size * 0.12 && !cell.text.endsWith(' ') && !text.startsWith(' ');
        cell.text += (needsSpace ? ' ' : '') + text;
        cell.x1 = Math.max(cell.x1, x1);
        if (text.trim() !== '') cell.size = Math.max(cell.size ?? 0, item.size);
      } else {
        cell = { text, x0: item.x, x1, size: item.size };
      }
    }
    if (cell) cells.push(cell);
    const cleaned = joinBoxCells(cells)
      .map((entry) => ({ ...entry, text: joinBoxedCharacters(entry.text.replace(/ {2,}/g, ' ').trim()) }))
      .filter((entry) => entry.text !== '');
    return {
      page,
      index: firstIndex + offset,
      top: topOffset + frameHeight - (group[0]?.y ?? 0),
      pageHeight: frameHeight,
      size,
      cells: cleaned,
      text: cleaned.map((entry) => entry.text).join(CELL_SEPARATOR),
    };
  });
}

/** Three or more capitals or digits standing alone, one space apart: « 5 7 3 4 8 4 9 1 2 », « F R 7 6 ». */
// A date's slashes may have boxes of their own: « 1 4 / 0 5 / 2 0 2 5 ».
const BOXED_CHARACTERS = /(?<![\p{L}\p{N}])(?:[\p{Lu}\p{N}] (?:[/.-] )?){2,}[\p{Lu}\p{N}](?![\p{L}\p{N}])/gu;

/**
 * A form filled one character per box prints each character apart; a reader sees the number they make
 * (« N° SIRET 5 7 3 4 8 … » is a SIRET, « F A C T U R E » a title). Lower-case letters never come in boxes.
 */
export function joinBoxedCharacters(text: string): string {
  if (!/(?:^|\s)[\p{Lu}\p{N}] [\p{Lu}\p{N}] [\p{Lu}\p{N}](?:\s|$)/u.test(text)) return text;
  return text.replace(BOXED_CHARACTERS, (run) => run.replace(/ /g, ''));
}

/**
 * Boxes wide enough to part their characters into cells of one character each, set at a regular step: one cell
 * of the characters they make. Four at least, so that a row of small table cells is left alone.
 */
function joinBoxCells(cells: Cell[]): Cell[] {
  const single = (cell: Cell) => /^[\p{Lu}\p{N}]$/u.test(cell.text.trim());
  if (cells.filter(single).length < 4) return cells;
  const joined: Cell[] = [];
  for (let start = 0; start < cells.length; ) {
    let end = start + 1;
    if (single(cells[start]!)) {
      const step = (cells[start + 1]?.x0 ?? Number.POSITIVE_INFINITY) - cells[start]!.x0;
      const size = cells[start]!.size ?? 10;
      while (end < cells.length && single(cells[end]!) && step < size * 2.5 && Math.abs(cells[end]!.x0 - cells[end - 1]!.x0 - step) <= step * 0.25) end++;
    }
    if (end - start >= 4) {
      const run = cells.slice(start, end);
      joined.push({ text: run.map((cell) => cell.text.trim()).join(''), x0: run[0]!.x0, x1: run.at(-1)!.x1, size: Math.max(...run.map((cell) => cell.size ?? 0)) });
    } else {
      joined.push(...cells.slice(start, end));
    }
    start = end;
  }
  return joined;
}

/** Horizontal overlap of two ranges, in PDF units (negative when apart). */
export function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}
