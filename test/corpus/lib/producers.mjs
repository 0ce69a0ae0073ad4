// The PDF producers: Chromium (page.pdf(), as web apps and wkhtmltopdf-like engines print), LibreOffice headless
// (Writer and Calc documents, as Word/Excel templates are printed), PDFKit (a typesetting library), and two routes
// through LibreOffice from real Office files: `docx` (a Word document written with the docx library) and `xlsx` (an
// Excel workbook written with exceljs), opened as on a French machine.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { docToHtml, footerTemplate } from './render-html.mjs';
import { docToFodt } from './render-fodt.mjs';
import { sheetToFods } from './render-fods.mjs';
import { renderPdfkit } from './render-pdfkit.mjs';

export const PRODUCERS = ['chromium', 'libreoffice', 'pdfkit', 'docx', 'xlsx'];
export const PRODUCER_TAG = { chromium: 'web', libreoffice: 'lo', pdfkit: 'kit', docx: 'docx', xlsx: 'xlsx' };

export async function openChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  return {
    async render(source) {
      if (source.html) {
        await page.setContent(source.html, { waitUntil: 'load' });
        return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      }
      const doc = source.doc;
      const [top, right, bottom, left] = doc.margins ?? [15, 15, 20, 15];
      await page.setContent(docToHtml(doc), { waitUntil: 'load' });
      return page.pdf({
        format: 'A4', printBackground: true, margin: { top: `${top}mm`, right: `${right}mm`, bottom: `${bottom}mm`, left: `${left}mm` },
        displayHeaderFooter: Boolean(doc.footer), headerTemplate: '<span></span>', footerTemplate: footerTemplate(doc),
      });
    },
    close: () => browser.close(),
  };
}

/**
 * LibreOffice converts a whole batch in one process (a private profile, so that it never meets another soffice).
 * jobs: [{ name, doc } | { name, sheet } | { name, docx: bytes } | { name, xlsx: bytes }] → Map(name → PDF bytes).
 * Office files carry no locale of their own (Excel shows « 1 234,50 € » because the machine is French): they are
 * converted in a second process whose locale is French. Flat ODF files state their language and keep the first
 * process, unchanged.
 */
export function renderLibreOffice(jobs) {
  const out = new Map();
  const office = jobs.filter((job) => job.docx || job.xlsx);
  const flat = jobs.filter((job) => !(job.docx || job.xlsx));
  if (flat.length > 0) convertBatch(flat, out, {}, (job) => [job.sheet ? 'fods' : 'fodt', job.sheet ? sheetToFods(job.sheet) : docToFodt(job.doc)]);
  if (office.length > 0) convertBatch(office, out, { LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' }, (job) => (job.docx ? ['docx', job.docx] : ['xlsx', job.xlsx]));
  return out;
}

function convertBatch(jobs, out, env, source) {
  const work = mkdtempSync(join(tmpdir(), 'acp-corpus-lo-'));
  try {
    const sources = jobs.map((job) => {
      const [extension, content] = source(job);
      const file = join(work, `${job.name}.${extension}`);
      writeFileSync(file, content);
      return file;
    });
    execFileSync(process.env.SOFFICE ?? 'soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...sources], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, ...env } });
    for (const job of jobs) out.set(job.name, readFileSync(join(work, `${job.name}.pdf`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const renderPdfkitDoc = (doc) => renderPdfkit(doc);

/**
 * Same bytes on every run: creation dates and the file ID are rewritten in place (same lengths, so the
 * cross-reference offsets stay right). The ID is derived from the file's name.
 */
export function normalisePdf(bytes, name) {
  const text = Buffer.from(bytes).toString('latin1');
  const id = createHash('md5').update(name).digest('hex').toUpperCase();
  const fixed = text
    .replace(/D:\d{14}/g, 'D:20260101000000')
    .replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g, '$12026-01-01T00:00:00')
    .replace(/\/DocChecksum \/([0-9A-F]+)/g, (all, sum) => all.replace(sum, id.repeat(4).slice(0, sum.length)))
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (all, a, b) => all.replace(a, id.repeat(4).slice(0, a.length)).replace(b, id.repeat(4).slice(0, b.length)));
  if (fixed.length !== text.length) throw new Error(`normalising ${name} changed its length`);
  return Buffer.from(fixed, 'latin1');
}
