/**
 * The reader says what it is sure of (contract: `unsure`). On the class invoices of test/fixtures/classes, printed
 * by Chromium and by LibreOffice, every value is right, and a value it could not confirm is listed as unsure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { expectedFields, type Expected } from '../../corpus/score.ts';
import { ROOT, textPdf } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();
const CLASSES_DIR = join(ROOT, 'test/fixtures/classes');

describe('class invoices (test/fixtures/classes), two PDF producers', () => {
  const expected = JSON.parse(readFileSync(join(CLASSES_DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

  it('holds each class printed by Chromium and by LibreOffice', () => {
    const files = Object.keys(expected);
    expect(files.filter((file) => file.endsWith('.chromium.pdf')).length).toBeGreaterThanOrEqual(9);
    expect(files.filter((file) => file.endsWith('.libreoffice.pdf')).length).toBe(files.filter((file) => file.endsWith('.chromium.pdf')).length);
  });

  it('reads every value right; none wrong outside `unsure`; invents no engagement', async () => {
    const wrong: string[] = [];
    const missing: string[] = [];
    for (const [file, entry] of Object.entries(expected)) {
      const result = await extractInvoice(pdfjs, new Uint8Array(readFileSync(join(CLASSES_DIR, file))));
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      const unsure = new Set(result.unsure ?? []);
      const want = expectedFields(entry);
      for (const [key, value] of Object.entries(want)) {
        const got = (result.fields as Record<string, string | undefined>)[key];
        if (got === undefined) missing.push(`${file}: ${key}`);
        else if (got !== value && !unsure.has(key as never)) wrong.push(`${file}: ${key} = ${got}, expected ${value}`);
      }
      if (want.engagementNumber === undefined) expect(result.fields.engagementNumber, file).toBeUndefined();
    }
    expect(wrong).toEqual([]);
    expect(missing).toEqual([]);
  }, 60_000);
});

describe('`unsure` in the answer', () => {
  it('is present only when some value is unsure, and lists only keys the answer holds', async () => {
    const lone = await extractInvoice(pdfjs, textPdf(['FACTURE N 12', 'Objet : travaux de peinture du hall', 'Total TTC 1 200,00 EUR']), { textOnly: true });
    expect(lone.ok).toBe(true);
    if (!lone.ok) return;
    expect(lone.fields.totalTTC).toBe('1200.00');
    expect(lone.unsure).toContain('totalTTC');
    for (const key of lone.unsure ?? []) expect(lone.fields[key]).toBeDefined();

    const whole = await extractInvoice(pdfjs, textPdf(['FACTURE F-12 du 03/06/2024', 'Objet : travaux de peinture du hall', 'Total HT 1 000,00 EUR', 'TVA 20 % 200,00 EUR', 'Total TTC 1 200,00 EUR']), { textOnly: true });
    expect(whole.ok && whole.fields).toMatchObject({ invoiceNumber: 'F-12', invoiceDate: '2024-06-03', totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '1200.00' });
    expect(whole.ok && 'unsure' in whole).toBe(false);
  });
});
