// doc → HTML for Chromium's page.pdf(). Margins and footer go to page.pdf() options (see producers.mjs).
import { esc } from './format.mjs';
import { cellOf, rowOf, runsOf } from './doc.mjs';

const textHtml = (text) => esc(text).replace(/\n/g, '<br>');
function runsHtml(node) {
  return runsOf(node)
    .map((run) => {
      const style = [run.b ? 'font-weight:bold' : '', run.i ? 'font-style:italic' : '', run.size ? `font-size:${run.size}pt` : '', run.color ? `color:${run.color}` : ''].filter(Boolean).join(';');
      return style ? `<span style="${style}">${textHtml(run.text)}</span>` : textHtml(run.text);
    })
    .join('');
}

function blockHtml(block) {
  switch (block.t) {
    case 'p': {
      const style = [
        `text-align:${block.align ?? 'left'}`, block.size ? `font-size:${block.size}pt` : '', block.b ? 'font-weight:bold' : '', block.i ? 'font-style:italic' : '',
        block.color ? `color:${block.color}` : '', `margin:${block.before ?? 0}mm 0 ${block.after ?? 0}mm 0`,
      ].filter(Boolean).join(';');
      return `<p style="${style}">${runsHtml(block) || '&nbsp;'}</p>`;
    }
    case 'space': return `<div style="height:${block.mm}mm"></div>`;
    case 'rule': return '<hr style="border:0;border-top:0.6pt solid #555;margin:1mm 0">';
    case 'pagebreak': return '<div style="break-after:page"></div>';
    case 'table': return tableHtml(block);
    default: throw new Error(`unknown block ${block.t}`);
  }
}

function tableHtml(block) {
  const border = block.border ?? 'none';
  const pad = block.pad ?? 1;
  const width = block.widths.reduce((a, b) => a + b, 0);
  const cols = block.widths.map((w) => `<col style="width:${w}mm">`).join('');
  const rows = block.rows.map(rowOf);
  const body = rows.map((row, r) => {
    const cells = row.cells.map((raw, c) => {
      const cell = cellOf(raw);
      const edges = border === 'grid' ? 'border:0.5pt solid #666;' : '';
      const rowLine = (border === 'rows' && r > 0) || row.line === 'top' ? 'border-top:0.5pt solid #888;' : '';
      const headLine = border === 'head' && r === 0 ? 'border-bottom:0.8pt solid #333;' : row.line === 'bottom' ? 'border-bottom:0.8pt solid #333;' : '';
      const style = [
        `padding:${pad}mm ${pad + 0.5}mm`, edges + rowLine + headLine, `text-align:${cell.align ?? block.align?.[c] ?? 'left'}`,
        `vertical-align:${cell.valign ?? block.valign ?? 'top'}`, cell.shade || row.shade ? `background:${cell.shade ?? row.shade}` : '',
        cell.b || row.b ? 'font-weight:bold' : '', cell.size || row.size ? `font-size:${cell.size ?? row.size}pt` : '',
      ].filter(Boolean).join(';');
      const content = cell.blocks ? cell.blocks.map(blockHtml).join('') : runsHtml(cell);
      return `<td${cell.span ? ` colspan="${cell.span}"` : ''} style="${style}">${content}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const style = [`width:${width}mm`, 'table-layout:fixed', 'border-collapse:collapse', border === 'box' ? 'border:0.8pt solid #444' : '', block.size ? `font-size:${block.size}pt` : '', `margin:${block.before ?? 0}mm 0 ${block.after ?? 0}mm ${block.indent ?? 0}mm`].filter(Boolean).join(';');
  return `<table style="${style}"><colgroup>${cols}</colgroup>${body.join('')}</table>`;
}

export function docToHtml(doc) {
  const css = `body{margin:0;font-family:'${doc.font ?? 'Liberation Sans'}';font-size:${doc.size ?? 10}pt;color:#111} p{margin:0} td{overflow-wrap:break-word}`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${css}</style></head><body>${doc.body.map(blockHtml).join('')}</body></html>`;
}

/** The footer as Chromium's footerTemplate (its own small document: inline styles only). */
export function footerTemplate(doc) {
  if (!doc.footer) return '<span></span>';
  const [, right, , left] = doc.margins ?? [15, 15, 20, 15];
  const inner = doc.footer.map(blockHtml).join('').replace(/\{page\}/g, '<span class="pageNumber"></span>').replace(/\{pages\}/g, '<span class="totalPages"></span>');
  return `<div style="width:100%;margin:0 ${right}mm 0 ${left}mm;font-family:'${doc.font ?? 'Liberation Sans'}';font-size:${doc.footerSize ?? 7}pt;color:#333">${inner}</div>`;
}
