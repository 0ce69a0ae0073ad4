// doc → PDF drawn with PDFKit, the way a Node invoicing back end prints: every line placed by the program itself.
import PDFDocument from 'pdfkit';
import { cellOf, FONT_FILES, rowOf, runsOf } from './doc.mjs';

const PT = 72 / 25.4;
const FONTS_DIR = '/usr/share/fonts/truetype';
/** A fixed date: PDFKit derives the file ID from the info dictionary, so the bytes repeat. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

const STANDARD = { Helvetica: ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'], Times: ['Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'], Courier: ['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'] };

function fontFile(family, bold, italic) {
  const base = FONT_FILES[family];
  if (!base) throw new Error(`no font file for ${family}`);
  if (base.startsWith('dejavu/')) {
    const serif = base.includes('Serif');
    const style = bold && italic ? (serif ? '-BoldItalic' : '-BoldOblique') : bold ? '-Bold' : italic ? (serif ? '-Italic' : '-Oblique') : '';
    return `${FONTS_DIR}/${base}${style}.ttf`;
  }
  const style = bold && italic ? '-BoldItalic' : bold ? '-Bold' : italic ? '-Italic' : '-Regular';
  return `${FONTS_DIR}/${base}${style}.ttf`;
}

export function renderPdfkit(doc) {
  const [top, right, bottom, left] = (doc.margins ?? [15, 15, 20, 15]).map((mm) => mm * PT);
  const pdf = new PDFDocument({
    size: 'A4', margins: { top, right, bottom, left }, bufferPages: true, compress: true,
    info: { Producer: 'PDFKit', Creator: doc.creator ?? 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: doc.title ?? 'Facture' },
  });
  const family = doc.font ?? 'Liberation Sans';
  const baseSize = doc.size ?? 10;
  const spacing = doc.characterSpacing ?? 0;
  const registered = new Set();
  const useFont = (node) => {
    const b = Boolean(node.b), i = Boolean(node.i);
    if (STANDARD[family]) return pdf.font(STANDARD[family][(b ? 1 : 0) + (i ? 2 : 0)]);
    const name = `${family}-${b ? 'b' : ''}${i ? 'i' : ''}`;
    if (!registered.has(name)) {
      pdf.registerFont(name, fontFile(family, b, i));
      registered.add(name);
    }
    return pdf.font(name);
  };
  const pageBottom = () => pdf.page.height - bottom;

  /** Measure then draw: each block becomes { height, draw(x, y) } for a given width. */
  function layoutParagraph(node, width, inherited) {
    const style = { b: node.b ?? inherited.b, i: node.i, size: node.size ?? inherited.size ?? baseSize, align: node.align ?? inherited.align ?? 'left', color: node.color ?? inherited.color ?? '#111111' };
    const runs = runsOf(node).map((run) => ({ ...run, b: run.b ?? style.b, i: run.i ?? style.i, size: run.size ?? style.size, color: run.color ?? style.color }));
    const text = runs.map((run) => run.text).join('') || ' ';
    const widest = runs.find((run) => run.b) ?? runs[0];
    useFont(widest).fontSize(Math.max(...runs.map((run) => run.size)));
    const options = { width, align: style.align, lineGap: 1, characterSpacing: spacing };
    const before = (node.before ?? 0) * PT, after = (node.after ?? 0) * PT;
    const height = before + pdf.heightOfString(text, options) + after;
    return {
      height,
      draw(x, y) {
        runs.forEach((run, index) => {
          useFont(run).fontSize(run.size).fillColor(run.color);
          const last = index === runs.length - 1;
          if (index === 0) pdf.text(run.text, x, y + before, { ...options, continued: !last });
          else pdf.text(run.text, { ...options, continued: !last });
        });
        pdf.fillColor('#111111');
      },
    };
  }

  function layoutTable(block, inherited) {
    const widths = block.widths.map((w) => w * PT);
    const pad = (block.pad ?? 1) * PT;
    const border = block.border ?? 'none';
    const rows = block.rows.map(rowOf).map((row, r) => {
      let c = 0;
      const cells = row.cells.map((raw) => {
        const cell = cellOf(raw);
        const span = cell.span ?? 1;
        const x = widths.slice(0, c).reduce((a, b) => a + b, 0);
        const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
        const inheritedCell = { align: cell.align ?? block.align?.[c], size: cell.size ?? row.size ?? block.size ?? inherited.size, b: cell.b ?? row.b };
        c += span;
        const inner = width - 2 * (pad + 0.5 * PT);
        const parts = cell.blocks ? cell.blocks.map((b) => layoutBlock(b, inner, inheritedCell)) : [layoutParagraph(cell, inner, inheritedCell)];
        const height = parts.reduce((sum, part) => sum + part.height, 0);
        return { cell, x, width, parts, height, valign: cell.valign ?? block.valign ?? 'top', shade: cell.shade ?? row.shade };
      });
      const height = Math.max(...cells.map((cell) => cell.height)) + 2 * pad;
      return { row, r, cells, height };
    });
    const drawRow = ({ row, r, cells, height }, x0, y) => {
      for (const cell of cells) {
        if (cell.shade) pdf.rect(x0 + cell.x, y, cell.width, height).fill(cell.shade).fillColor('#111111');
        const free = height - 2 * pad - cell.height;
        let cy = y + pad + (cell.valign === 'middle' ? free / 2 : cell.valign === 'bottom' ? free : 0);
        for (const part of cell.parts) {
          part.draw(x0 + cell.x + pad + 0.5 * PT, cy);
          cy += part.height;
        }
        pdf.lineWidth(0.5).strokeColor('#666666');
        if (border === 'grid') pdf.rect(x0 + cell.x, y, cell.width, height).stroke();
      }
      const total = widths.reduce((a, b) => a + b, 0);
      if ((border === 'rows' && r > 0) || row.line === 'top') pdf.moveTo(x0, y).lineTo(x0 + total, y).stroke();
      if ((border === 'head' && r === 0) || row.line === 'bottom') pdf.moveTo(x0, y + height).lineTo(x0 + total, y + height).stroke();
    };
    return { rows, drawRow, height: rows.reduce((sum, row) => sum + row.height, 0), before: (block.before ?? 0) * PT, after: (block.after ?? 0) * PT, indent: (block.indent ?? 0) * PT, box: border === 'box', width: widths.reduce((a, b) => a + b, 0) };
  }

  function layoutBlock(block, width, inherited = {}) {
    switch (block.t) {
      case 'p': return layoutParagraph(block, width, inherited);
      case 'space': return { height: block.mm * PT, draw() {} };
      case 'rule': return { height: 2 * PT, draw: (x, y) => pdf.lineWidth(0.6).strokeColor('#555555').moveTo(x, y + PT).lineTo(x + width, y + PT).stroke() };
      case 'table': {
        const t = layoutTable(block, inherited);
        return {
          height: t.before + t.height + t.after,
          draw(x, y) {
            let cy = y + t.before;
            for (const row of t.rows) {
              t.drawRow(row, x + t.indent, cy);
              cy += row.height;
            }
            if (t.box) pdf.lineWidth(0.8).strokeColor('#444444').rect(x + t.indent, y + t.before, t.width, t.height).stroke();
          },
        };
      }
      default: throw new Error(`block ${block.t} cannot be nested`);
    }
  }

  const width = pdf.page.width - left - right;
  let y = top;
  for (const block of doc.body) {
    if (block.t === 'pagebreak') {
      pdf.addPage();
      y = top;
      continue;
    }
    if (block.t === 'table') {
      // Top-level tables break between rows, as a report engine does.
      const t = layoutTable(block, {});
      y += t.before;
      const boxTop = y;
      for (const row of t.rows) {
        if (y + row.height > pageBottom()) {
          pdf.addPage();
          y = top;
        }
        t.drawRow(row, left + t.indent, y);
        y += row.height;
      }
      if (t.box) pdf.lineWidth(0.8).strokeColor('#444444').rect(left + t.indent, boxTop, t.width, y - boxTop).stroke();
      y += t.after;
      continue;
    }
    const part = layoutBlock(block, width);
    if (y + part.height > pageBottom()) {
      pdf.addPage();
      y = top;
    }
    part.draw(left, y);
    y += part.height;
  }

  if (doc.footer) {
    const range = pdf.bufferedPageRange();
    for (let page = range.start; page < range.start + range.count; page++) {
      pdf.switchToPage(page);
      pdf.page.margins.bottom = 0;
      let fy = pdf.page.height - bottom + 4 * PT;
      for (const block of doc.footer) {
        const filled = JSON.parse(JSON.stringify(block).replace(/\{page\}/g, String(page + 1)).replace(/\{pages\}/g, String(range.count)));
        const part = layoutBlock(filled, width, { size: doc.footerSize ?? 7 });
        part.draw(left, fy);
        fy += part.height;
      }
    }
  }
  // A layout may draw on the last page after the text (a payment slip, a QR-like code).
  if (doc.decorate) {
    const range = pdf.bufferedPageRange();
    pdf.switchToPage(range.start + range.count - 1);
    doc.decorate(pdf, { PT, left, top, width, pageWidth: pdf.page.width, pageHeight: pdf.page.height, font: (node) => useFont(node) });
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
