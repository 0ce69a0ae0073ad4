/**
 * Classes left over on the spent parts (blind parts revealed earlier), fixed later: read on the spent invoices
 * themselves, whose layout a hand-made page does not reproduce (fonts of several sizes, baselines a few points apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { ROOT } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();
const SPENT_DIR = join(ROOT, 'test/corpus/spent');
const truth = JSON.parse(readFileSync(join(SPENT_DIR, 'ground-truth.json'), 'utf8')) as Record<string, Record<string, string>>;
const readSpent = (file: string) => extractInvoice(pdfjs, new Uint8Array(readFileSync(join(SPENT_DIR, file))));

describe('« Total HT » right-aligned close under the quantity’s column (the election-equipment rental of blind-18)', () => {
  // The spent part's own invoices, printed by Chromium and by LibreOffice: the totals block shares its lines with a RIB
  // table, and its « Total HT » amount reaches under the « Qté » column.
  it.each(['g-materiel-elections-web-01.pdf', 'g-materiel-elections-lo-02.pdf', 'g-materiel-elections-web-03.pdf'])('%s: closes the item table; the totals are read and sure', async (file) => {
    const result = await readSpent(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const key of ['totalHT', 'totalTVA', 'totalTTC', 'netAPayer'] as const) expect(result.fields[key], key).toBe(truth[file]![key]);
    expect(result.unsure ?? []).toEqual([]);
  });
});

describe('« Facture n° » and its number in a larger font, its baseline a few points lower (PDFKit, blind-13)', () => {
  it.each(['p-poteaux-incendie-03.pdf', 'p-poteaux-incendie-04.pdf', 'p-poteaux-incendie-06.pdf', 'p-poteaux-incendie-07.pdf'])('%s: the number is read, sure', async (file) => {
    const result = await readSpent(file);
    expect(result.ok && result.fields.invoiceNumber).toBe(truth[file]!.invoiceNumber);
    expect(result.ok && (result.unsure ?? []).includes('invoiceNumber')).toBe(false);
  });
});

describe('« Prélèvement ou virement – IBAN … » (blind-4, blind-5)', () => {
  it.each(['n-echeancier-02.pdf', 'v-copieurs-compteurs-01.pdf'])('%s: the supplier offers both ways; its IBAN is sure', async (file) => {
    const result = await readSpent(file);
    expect(result.ok && result.fields.iban).toBe(truth[file]!.iban);
    expect(result.ok && (result.unsure ?? []).includes('iban')).toBe(false);
  });
});

describe('third-party payments taken off the TTC beside a VAT summary on the same lines (blind-18)', () => {
  it.each(['g-audition-optique-ccas-01.pdf', 'g-audition-optique-ccas-04.pdf'])('%s: the amounts printed negative add up to TTC − net: the net is sure', async (file) => {
    const result = await readSpent(file);
    expect(result.ok && result.fields.netAPayer).toBe(truth[file]!.netAPayer);
    expect(result.ok && (result.unsure ?? []).includes('netAPayer')).toBe(false);
  });
});
