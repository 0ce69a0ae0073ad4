import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_ERROR_CODES } from '../../../utils/pdf/errors.ts';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { accuracy, emptyScore, SCORED_FIELDS, scoreOne, type Expected } from '../../corpus/score.ts';
import { GENERATED_DIR, PUBLIC_DIR } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();
const read = (dir: string, file: string) => new Uint8Array(readFileSync(join(dir, file)));

/** The contract's value forms. */
function checkForms(fields: Record<string, string>) {
  for (const [key, value] of Object.entries(fields)) {
    expect(SCORED_FIELDS as readonly string[]).toContain(key);
    expect(typeof value).toBe('string');
  }
  if (fields.documentType) expect(['facture', 'avoir']).toContain(fields.documentType);
  for (const key of ['supplierSiret', 'buyerSiret']) if (fields[key]) expect(fields[key]).toMatch(/^\d{14}$/);
  for (const key of ['supplierSiren', 'buyerSiren']) if (fields[key]) expect(fields[key]).toMatch(/^\d{9}$/);
  if (fields.invoiceDate) expect(fields.invoiceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const key of ['totalHT', 'totalTVA', 'totalTTC', 'netAPayer']) if (fields[key]) expect(fields[key]).toMatch(/^-?\d+\.\d{2}$/);
  if (fields.iban) expect(fields.iban).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]+$/);
  if (fields.engagementNumber) expect(fields.engagementNumber).not.toMatch(/\s/);
  if (fields.documentType === 'avoir') for (const key of ['totalHT', 'totalTTC']) if (fields[key]) expect(fields[key]).not.toMatch(/^-/);
}

describe('public corpus (test/fixtures/public)', () => {
  const expected = JSON.parse(readFileSync(join(PUBLIC_DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

  it('matches expected.json: ≥ 98 % exact, 100 % on Factur-X files, no invented engagement', async () => {
    const score = emptyScore();
    const xml = emptyScore();
    for (const [file, entry] of Object.entries(expected)) {
      const result = await extractInvoice(pdfjs, read(PUBLIC_DIR, file));
      expect(result.ok, file).toBe(true);
      const fields = result.ok ? result.fields : null;
      if (fields) checkForms(fields as Record<string, string>);
      scoreOne(score, file, entry, fields);
      if ((entry._source ?? '').startsWith('embedded XML')) {
        expect(result.ok && result.source, file).toBe('facturx');
        scoreOne(xml, file, entry, fields);
      }
    }
    expect(score.mistakes).toEqual([]);
    expect(accuracy(score)).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(xml)).toBe(1);
    expect(score.inventedEngagements).toBe(0);
  }, 120_000);

  it('--text-only reads the visible text alone: mostly right, never an invented engagement', async () => {
    const score = emptyScore();
    for (const [file, entry] of Object.entries(expected)) {
      if (file.startsWith('caslimites-')) continue;
      const result = await extractInvoice(pdfjs, read(PUBLIC_DIR, file), { textOnly: true });
      expect(result.ok && result.source, file).toBe('text');
      scoreOne(score, file, entry, result.ok ? result.fields : null);
    }
    expect(score.inventedEngagements).toBe(0);
    // Wrong values stay rare: an absent value is better than a wrong one.
    expect(score.wrong / (score.exact + score.wrong)).toBeLessThan(0.03);
    expect(accuracy(score)).toBeGreaterThan(0.75);
  }, 120_000);

  it('never crashes on the deliberately broken Factur-X files (caslimites-*)', async () => {
    const files = readdirSync(PUBLIC_DIR).filter((file) => file.startsWith('caslimites-') && file.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      for (const textOnly of [false, true]) {
        const result = await extractInvoice(pdfjs, read(PUBLIC_DIR, file), { textOnly });
        if (result.ok) checkForms(result.fields as Record<string, string>);
        else expect(EXTRACT_ERROR_CODES).toContain(result.error.code);
      }
    }
  }, 120_000);

  it('falls back to the text when the embedded XML is truncated or absent', async () => {
    for (const file of ['caslimites-XML-001.pdf', 'caslimites-PDF-001.pdf']) {
      const result = await extractInvoice(pdfjs, read(PUBLIC_DIR, file));
      expect(result.ok && result.source, file).toBe('text');
    }
    // Named facture.xml instead of factur-x.xml: still found, as the last-resort .xml.
    const renamed = await extractInvoice(pdfjs, read(PUBLIC_DIR, 'caslimites-PDF-002.pdf'));
    expect(renamed.ok && renamed.source).toBe('facturx');
  });
});

// The seen part of the generated corpus (test/corpus/generated). The spent part (test/corpus/spent, the blind
// parts retired) is development material a test may read; the blind part (test/corpus/blind) is never read by a test:
// it is measured by `npm run bench:extract` alone (see test/corpus/README.md).
describe('generated corpus, seen part (test/corpus/generated)', () => {
  const truth = JSON.parse(readFileSync(join(GENERATED_DIR, 'ground-truth.json'), 'utf8')) as Record<string, Expected>;
  const all = Object.keys(truth);
  // A quick subset in `npm test`: the first invoice of each layout and producer; FULL_CORPUS=1 or bench:extract reads them all.
  const subset = process.env.FULL_CORPUS ? all : all.filter((file) => /-01\.pdf$/.test(file));

  it('holds ≥ 200 invoices in ≥ 28 layouts, printed by Chromium, LibreOffice and PDFKit', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(Object.values(truth).map((entry) => entry._layout)).size).toBeGreaterThanOrEqual(28);
    expect(new Set(Object.values(truth).map((entry) => entry._producer))).toEqual(new Set(['chromium', 'libreoffice', 'pdfkit']));
  });

  it('is read with ≥ 98 % exact fields, no wrong value, no invented engagement', async () => {
    const score = emptyScore();
    for (const file of subset) {
      const result = await extractInvoice(pdfjs, read(GENERATED_DIR, file));
      expect(result.ok && result.source, file).toBe('text');
      if (result.ok) checkForms(result.fields as Record<string, string>);
      scoreOne(score, file, truth[file]!, result.ok ? result.fields : null);
    }
    expect(score.wrong, score.mistakes.join('\n')).toBe(0);
    expect(score.inventedEngagements).toBe(0);
    expect(accuracy(score)).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
