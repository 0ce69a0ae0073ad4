// doc → a flat OpenDocument text (.fodt), as a Word/Writer template would hold it; LibreOffice prints it to PDF.
import { esc } from './format.mjs';
import { cellOf, rowOf, runsOf } from './doc.mjs';

export const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"', 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"', 'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
].join(' ');

export const FONT_DECLS = ['Liberation Sans', 'Liberation Serif', 'Liberation Mono', 'Liberation Sans Narrow', 'DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono']
  .map((name) => `<style:font-face style:name="${name}" svg:font-family="'${name}'"/>`).join('');

const cm = (mm) => `${(mm / 10).toFixed(3)}cm`;

/** Automatic styles, named in order of first use (so the same document always gets the same names). */
class Styles {
  constructor() {
    this.byKey = new Map();
    this.xml = [];
  }
  get(prefix, family, key, props) {
    const full = `${prefix}|${key}`;
    if (!this.byKey.has(full)) {
      const name = `${prefix}${this.byKey.size + 1}`;
      this.byKey.set(full, name);
      this.xml.push(`<style:style style:name="${name}" style:family="${family}"${family === 'paragraph' ? ' style:parent-style-name="Standard"' : ''}>${props}</style:style>`);
    }
    return this.byKey.get(full);
  }
}

function textProps(node) {
  const parts = [];
  if (node.b) parts.push('fo:font-weight="bold" style:font-weight-asian="bold"');
  if (node.i) parts.push('fo:font-style="italic"');
  if (node.size) parts.push(`fo:font-size="${node.size}pt"`);
  if (node.color) parts.push(`fo:color="${node.color}"`);
  return parts.length ? `<style:text-properties ${parts.join(' ')}/>` : '';
}

function paragraph(styles, node, inherited = {}) {
  const merged = { align: node.align ?? inherited.align, size: node.size ?? inherited.size, b: node.b ?? inherited.b, i: node.i, color: node.color, before: node.before ?? 0, after: node.after ?? 0 };
  const align = { left: 'start', right: 'end', center: 'center' }[merged.align ?? 'left'];
  const key = JSON.stringify(merged);
  const name = styles.get('P', 'paragraph', key, `<style:paragraph-properties fo:text-align="${align}" fo:margin-top="${cm(merged.before)}" fo:margin-bottom="${cm(merged.after)}"/>${textProps(merged)}`);
  const runs = runsOf(node).map((run) => {
    const content = esc(run.text).split('\n').join('<text:line-break/>').replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`)
      .replace(/\{page\}/g, '<text:page-number text:select-page="current"/>').replace(/\{pages\}/g, '<text:page-count/>');
    const props = textProps(run);
    return props ? `<text:span text:style-name="${styles.get('T', 'text', props, props)}">${content}</text:span>` : content;
  });
  return `<text:p text:style-name="${name}">${runs.join('')}</text:p>`;
}

let tableCount = 0;
function tableXml(styles, block) {
  tableCount++;
  const border = block.border ?? 'none';
  const pad = block.pad ?? 1;
  const width = block.widths.reduce((a, b) => a + b, 0);
  const tableStyle = styles.get('Tb', 'table', `${width}|${block.before ?? 0}|${block.after ?? 0}|${block.indent ?? 0}`,
    `<style:table-properties style:width="${cm(width)}" table:align="left" fo:margin-left="${cm(block.indent ?? 0)}" fo:margin-top="${cm(block.before ?? 0)}" fo:margin-bottom="${cm(block.after ?? 0)}"/>`);
  const cols = block.widths.map((w) => `<table:table-column table:style-name="${styles.get('Co', 'table-column', String(w), `<style:table-column-properties style:column-width="${cm(w)}"/>`)}"/>`).join('');
  const rows = block.rows.map(rowOf).map((row, r) => {
    let c = 0;
    const cells = row.cells.map((raw) => {
      const cell = cellOf(raw);
      const column = c;
      c += cell.span ?? 1;
      const line = '0.5pt solid #666666';
      const edges = border === 'grid' ? `fo:border="${line}"` : [
        (border === 'rows' && r > 0) || row.line === 'top' ? `fo:border-top="${line}"` : '',
        (border === 'head' && r === 0) || row.line === 'bottom' ? `fo:border-bottom="0.8pt solid #333333"` : '',
      ].join(' ');
      const shade = cell.shade ?? row.shade;
      const valign = cell.valign ?? block.valign ?? 'top';
      const props = `<style:table-cell-properties fo:padding-top="${cm(pad)}" fo:padding-bottom="${cm(pad)}" fo:padding-left="${cm(pad + 0.5)}" fo:padding-right="${cm(pad + 0.5)}" ${edges} style:vertical-align="${valign}"${shade ? ` fo:background-color="${shade}"` : ''}/>`;
      const cellStyle = styles.get('Ce', 'table-cell', props, props);
      const inherited = { align: cell.align ?? block.align?.[column], size: cell.size ?? row.size ?? block.size, b: cell.b ?? row.b };
      const content = cell.blocks ? cell.blocks.map((b) => blockXml(styles, b, inherited)).join('') : paragraph(styles, cell, inherited);
      const covered = '<table:covered-table-cell/>'.repeat((cell.span ?? 1) - 1);
      return `<table:table-cell table:style-name="${cellStyle}" office:value-type="string"${cell.span ? ` table:number-columns-spanned="${cell.span}"` : ''}>${content}</table:table-cell>${covered}`;
    });
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  });
  const outer = border === 'box' ? '' : '';
  return `<table:table table:name="Tableau${tableCount}" table:style-name="${tableStyle}">${outer}${cols}${rows.join('')}</table:table>`;
}

function blockXml(styles, block, inherited = {}) {
  switch (block.t) {
    case 'p': return paragraph(styles, block, { ...inherited, size: block.size ?? inherited.size });
    case 'space': return `<text:p text:style-name="${styles.get('P', 'paragraph', `space${block.mm}`, `<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="${Math.max(1, block.mm * 2.2).toFixed(1)}pt"/>`)}"/>`;
    case 'rule': return `<text:p text:style-name="${styles.get('P', 'paragraph', 'rule', '<style:paragraph-properties fo:border-bottom="0.6pt solid #555555" fo:padding="0cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="2pt"/>')}"/>`;
    case 'pagebreak': return `<text:p text:style-name="${styles.get('P', 'paragraph', 'break', '<style:paragraph-properties fo:break-before="page"/>')}"/>`;
    case 'table': return tableXml(styles, block);
    default: throw new Error(`unknown block ${block.t}`);
  }
}

export function docToFodt(doc) {
  tableCount = 0;
  const styles = new Styles();
  const [top, right, bottom, left] = doc.margins ?? [15, 15, 20, 15];
  const body = doc.body.map((b) => blockXml(styles, b)).join('\n');
  const footer = doc.footer ? `<style:footer>${doc.footer.map((b) => blockXml(styles, b, { size: doc.footerSize ?? 7 })).join('')}</style:footer>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODF_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>${FONT_DECLS}</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="${doc.font ?? 'Liberation Sans'}" fo:font-size="${doc.size ?? 10}pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="${cm(top)}" fo:margin-bottom="${cm(doc.footer ? 6 : bottom)}" fo:margin-left="${cm(left)}" fo:margin-right="${cm(right)}"/><style:footer-style><style:header-footer-properties fo:min-height="${cm(Math.max(bottom - 6, 4))}" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
${styles.xml.join('\n')}</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${footer}</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}
