// npm run corpus:generate [-- --part seen|spent|blind|next] [--only LAYOUT]
// Writes the generated corpus: seen layouts (layouts/seen/) → generated/, spent layouts (layouts/spent/, the blind
// parts retired after their one measurement) → spent/, blind layouts (layouts/blind/) → blind/, each folder with
// its ground-truth.json. Needs Chromium (/usr/bin/chromium, or CHROMIUM=…), LibreOffice (soffice,
// or SOFFICE=…) and poppler's pdftotext. Deterministic: every value comes from a seed derived from the layout's name
// and the invoice's index; creation dates and file IDs are fixed, so the bytes repeat where the producer allows.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkArithmetic, truthOf } from './lib/invoice.mjs';
import { luhnValid, ibanValid } from './lib/identifiers.mjs';
import { normalisePdf, openChromium, PRODUCER_TAG, PRODUCERS, renderLibreOffice, renderPdfkitDoc } from './lib/producers.mjs';
import { missingValues, pdfText } from './lib/verify.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// next: the next blind part being written (layouts/next/ → next/), read by nobody until it replaces blind.
export const PARTS = { seen: join(here, 'generated'), spent: join(here, 'spent'), blind: join(here, 'blind'), next: join(here, 'next') };
const FIXTURES = join(here, 'fixtures');
const { values: options } = parseArgs({ options: { part: { type: 'string' }, only: { type: 'string' } } });
if (options.part && !PARTS[options.part]) throw new Error(`unknown part ${options.part} (${Object.keys(PARTS).join(', ')})`);

async function loadLayouts(part) {
  const dir = join(here, 'layouts', part);
  const layouts = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort((a, b) => (a === 'legacy.mjs' ? -1 : b === 'legacy.mjs' ? 1 : a.localeCompare(b)))) {
    const module = await import(pathToFileURL(join(dir, file)).href);
    for (const layout of [].concat(module.default)) layouts.push({ ...layout, module: file });
  }
  const names = new Set();
  for (const layout of layouts) {
    if (names.has(layout.name)) throw new Error(`layout ${layout.name} defined twice`);
    names.add(layout.name);
    for (const producer of layout.producers) if (!PRODUCERS.includes(producer)) throw new Error(`${layout.name}: unknown producer ${producer}`);
  }
  return layouts;
}

function fileName(layout, producer, index) {
  const n = String(index + 1).padStart(2, '0');
  return layout.producers.length > 1 ? `${layout.name}-${PRODUCER_TAG[producer]}-${n}.pdf` : `${layout.name}-${n}.pdf`;
}

/** Identifiers and totals of an invoice, checked before anything is printed. */
function checkInvoice(inv, truth) {
  const problems = inv.vat && inv.grossHT !== undefined ? checkArithmetic(inv) : [];
  for (const key of ['supplierSiret', 'buyerSiret']) if (truth[key] && !(luhnValid(truth[key]) && luhnValid(truth[key].slice(0, 9)))) problems.push(`${key} fails Luhn`);
  if (truth.iban && !ibanValid(truth.iban)) problems.push('IBAN key wrong');
  const cents = (key) => Math.round(Number(truth[key]) * 100);
  if (cents('totalHT') + cents('totalTVA') !== cents('totalTTC')) problems.push('truth: HT + TVA ≠ TTC');
  if (cents('netAPayer') > cents('totalTTC')) problems.push('truth: net above TTC');
  return problems;
}

async function generatePart(part, chromiumSession) {
  const out = PARTS[part];
  const layouts = (await loadLayouts(part)).filter((layout) => !options.only || layout.name === options.only);
  const perLayout = process.env.PER_LAYOUT ? Number(process.env.PER_LAYOUT) : null;
  mkdirSync(out, { recursive: true });
  if (!options.only && !perLayout) for (const file of readdirSync(out)) if (file.endsWith('.pdf')) rmSync(join(out, file));
  const truth = {};
  const problems = [];
  const loJobs = [];
  let written = 0;
  for (const layout of layouts) {
    for (let index = 0; index < (perLayout ?? layout.count); index++) {
      for (const producer of layout.producers) {
        const inv = layout.make(index);
        const name = fileName(layout, producer, index);
        const fields = layout.truth ? layout.truth(inv) : truthOf(inv);
        truth[name] = { ...fields, _layout: layout.name, _producer: producer, _family: layout.family };
        for (const problem of checkInvoice(inv, fields)) problems.push(`${name}: ${problem}`);
        if (producer === 'docx' || producer === 'xlsx') {
          // A real Office file, written by its own library, then printed by LibreOffice.
          loJobs.push({ name: name.replace(/\.pdf$/, ''), file: name, [producer]: await layout[producer](inv) });
          continue;
        }
        const source = producer === 'chromium' && layout.html ? { html: layout.html(inv) } : layout.sheet && producer === 'libreoffice' ? { sheet: layout.sheet(inv) } : producer === 'pdfkit' && layout.pdfkit ? null : { doc: layout.doc(inv, producer) };
        if (producer === 'libreoffice') {
          loJobs.push({ name: name.replace(/\.pdf$/, ''), file: name, ...source });
          continue;
        }
        // A layout may draw with PDFKit itself (a receipt roll, a pre-printed form) instead of the shared document model.
        const bytes = producer === 'chromium' ? await chromiumSession.render(source) : source === null ? await layout.pdfkit(inv) : await renderPdfkitDoc(source.doc);
        writeFileSync(join(out, name), normalisePdf(bytes, name));
        written++;
      }
    }
  }
  for (const [name, bytes] of renderLibreOffice(loJobs)) {
    writeFileSync(join(out, `${name}.pdf`), normalisePdf(bytes, `${name}.pdf`));
    written++;
  }
  for (const [file, entry] of Object.entries(truth)) for (const problem of missingValues(pdfText(join(out, file)), entry)) problems.push(`${file}: ${problem}`);
  if (!options.only && !perLayout) {
    const sorted = Object.fromEntries(Object.keys(truth).sort().map((file) => [file, truth[file]]));
    writeFileSync(join(out, 'ground-truth.json'), `${JSON.stringify(sorted, null, 1)}\n`);
  }
  const producers = Object.fromEntries(PRODUCERS.map((p) => [p, layouts.filter((l) => l.producers.includes(p)).length]));
  process.stdout.write(`${part}: ${written} invoices in ${layouts.length} layouts → ${out} (layouts per producer: ${JSON.stringify(producers)})\n`);
  return problems;
}

async function imageOnlyFixture(session) {
  // An image-only PDF for the error tests (a scan: text drawn on a canvas, no text layer).
  const bytes = await session.render({ html: `<!doctype html><html><body><canvas id="c" width="700" height="400"></canvas><script>
    const c = document.getElementById('c').getContext('2d'); c.fillStyle = '#fff'; c.fillRect(0, 0, 700, 400);
    c.fillStyle = '#000'; c.font = '28px sans-serif'; c.fillText('FACTURE N° 2024-001', 40, 80); c.fillText('Total TTC 1 200,00 €', 40, 160);
  </script></body></html>` });
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(join(FIXTURES, 'image-only.pdf'), normalisePdf(bytes, 'image-only.pdf'));
}

const session = await openChromium();
const problems = [];
try {
  for (const part of options.part ? [options.part] : Object.keys(PARTS).filter((name) => existsSync(join(here, 'layouts', name)))) problems.push(...(await generatePart(part, session)));
  if (!options.part && !options.only && !process.env.PER_LAYOUT) await imageOnlyFixture(session);
} finally {
  await session.close();
}
if (problems.length > 0) {
  process.stderr.write(`${problems.length} ground-truth problems:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
