// A small document description shared by the three producers, so that one layout can be printed by a browser, by
// LibreOffice and by a typesetting library from the same invoice:
//   doc    = { font, size, margins: [top, right, bottom, left] (mm), body: [block], footer?: [block] }
//   block  = { t: 'p', text | runs: [{ text, b, i, size, color }], align, size, b, i, color, before, after (mm) }
//          | { t: 'table', widths: [mm], rows: [row], border: 'grid'|'none'|'rows'|'box'|'head', valign, size, pad (mm),
//              align: [per column 'left'|'right'|'center'], before, after }
//          | { t: 'space', mm } | { t: 'rule' } | { t: 'pagebreak' }
//   row    = [cell] | { cells: [cell], b, shade, size, line: 'top'|'bottom' }
//   cell   = string | { text | runs | blocks: [block], align, b, shade, span, size, valign }
// Text may hold '\n' for a line break. Footer texts may hold {page} and {pages}.

export const p = (text, options = {}) => ({ t: 'p', ...(Array.isArray(text) ? { runs: text } : { text }), ...options });
export const space = (mm) => ({ t: 'space', mm });
export const rule = () => ({ t: 'rule' });
export const pagebreak = () => ({ t: 'pagebreak' });
export const table = (widths, rows, options = {}) => ({ t: 'table', widths, rows, ...options });
/** Side-by-side columns: a borderless table whose cells hold blocks. */
export const columns = (widths, cols, options = {}) => ({ t: 'table', widths, border: 'none', pad: 0, valign: 'top', ...options, rows: [cols.map((blocks) => ({ blocks }))] });

export const rowOf = (row) => (Array.isArray(row) ? { cells: row } : row);
export const cellOf = (cell) => (typeof cell === 'string' ? { text: cell } : cell ?? { text: '' });
/** The runs of a paragraph or a cell (a plain text is one run). */
export function runsOf(node) {
  if (node.runs) return node.runs.map((run) => (typeof run === 'string' ? { text: run } : run));
  return [{ text: node.text ?? '' }];
}

export const FONT_FILES = {
  'Liberation Sans': 'liberation/LiberationSans',
  'Liberation Serif': 'liberation/LiberationSerif',
  'Liberation Mono': 'liberation/LiberationMono',
  'Liberation Sans Narrow': 'liberation/LiberationSansNarrow',
  'DejaVu Sans': 'dejavu/DejaVuSans',
  'DejaVu Serif': 'dejavu/DejaVuSerif',
  'DejaVu Sans Mono': 'dejavu/DejaVuSansMono',
};
