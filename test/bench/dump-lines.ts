// Debug helper: prints the visual lines (cells separated by " | ") that the field finders see.
import { readFile } from 'node:fs/promises';
import { readPdfContent } from '../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../utils/pdf/node.ts';

process.stdout.on('error', () => process.exit(0));
const pdfjs = await loadPdfjsForNode();
for (const file of process.argv.slice(2)) {
  const content = await readPdfContent(pdfjs, new Uint8Array(await readFile(file)), { textOnly: true });
  for (const line of content.lines) {
    process.stdout.write(`${line.page}:${Math.round(line.top)} ${line.cells.map((cell) => `[${Math.round(cell.x0)}]${cell.text}`).join(' | ')}\n`);
  }
}
