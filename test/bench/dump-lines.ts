// Debug helper: prints the visual lines (cells separated by " | ") that the field finders see.
// --explain: then what the reader returns for the file, with what supports each value and which are unsure.
import { readFile } from 'node:fs/promises';
import { readPdfContent } from '../../utils/pdf/extract.ts';
import { readTextFields } from '../../utils/pdf/fields/index.ts';
import { loadPdfjsForNode } from '../../utils/pdf/node.ts';

process.stdout.on('error', () => process.exit(0));
const explain = process.argv.includes('--explain');
const pdfjs = await loadPdfjsForNode();
for (const file of process.argv.slice(2).filter((arg) => arg !== '--explain')) {
  const content = await readPdfContent(pdfjs, new Uint8Array(await readFile(file)), { textOnly: true });
  for (const line of content.lines) {
    process.stdout.write(`${line.page}:${Math.round(line.top)} ${line.cells.map((cell) => `[${Math.round(cell.x0)}]${cell.text}`).join(' | ')}\n`);
  }
  if (!explain) continue;
  const reading = readTextFields(content.lines);
  for (const [key, value] of Object.entries(reading.fields)) {
    const why = reading.evidence[key as keyof typeof reading.evidence] ?? '';
    process.stdout.write(`  ${key} = ${value}${reading.unsure.includes(key as never) ? '   [unsure]' : ''}${why ? `   ← ${why}` : ''}\n`);
  }
}
