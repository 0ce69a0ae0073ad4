/** The guide page's PDF check with what the PDF tells beyond its fields: Factur-X problems and 2026 mentions. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPdfCheck } from '../../../utils/guide/pdf-check.ts';
import { extractInvoice, type ExtractSuccess } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';

const pdfjs = await loadPdfjsForNode();
const FACTURX_DIR = resolve(import.meta.dirname, '../../fixtures/facturx');
const today = { year: 2026, month: 11, day: 27 };

async function checkPdf(name: string) {
  const result = (await extractInvoice(pdfjs, new Uint8Array(readFileSync(join(FACTURX_DIR, name))))) as ExtractSuccess;
  return runPdfCheck(result.fields, { today, findings: result }).result;
}

describe('the guide page’s PDF check', () => {
  it('shows that a Factur-X PDF is read as a flow, and that its XML lacks the engagement the page shows', async () => {
    const result = await checkPdf('ville-sans-engagement.pdf');
    expect(result.profile).toBe('saint-etienne');
    const rules = result.verdicts.map((verdict) => `${verdict.rule}:${verdict.severity}`);
    expect(rules).toContain('se/facturx-engagement:error');
    expect(rules).toContain('cpp/facturx-deposit:info');
    // The page shows the engagement, the text fills it in the form: only the XML lacks it.
    expect(rules).not.toContain('se/engagement-required:error');
    expect(rules.filter((rule) => rule.startsWith('cpp/mentions-2026'))).toEqual([]);
  });

  it('shows the XML’s code service, missing payment means, totals other than the page’s, and the missing 2026 mentions', async () => {
    const rules = (await checkPdf('ville-ecarts.pdf')).verdicts.map((verdict) => verdict.rule);
    expect(rules).toEqual(expect.arrayContaining(['se/facturx-service', 'cpp/facturx-payment-means', 'cpp/facturx-text', 'cpp/mentions-2026', 'cpp/facturx-deposit']));
    // Each said once: the XML as the deposit window reads it, the 2026 mentions about the invoice.
    expect(rules.filter((rule) => rule === 'cpp/mentions-2026' || rule === 'cpp/facturx-deposit')).toHaveLength(2);
  });

  it('speaks of the XML as the deposit window would: about the file, in the words of a deposit', async () => {
    const { verdicts } = await checkPdf('ville-sans-engagement.pdf');
    const deposit = verdicts.find((verdict) => verdict.rule === 'cpp/facturx-deposit')!;
    expect(deposit.field).toBe('depositFile');
    expect(deposit.message).toContain('Déposé par « Dépôt factures », il est traité comme un flux');
    const engagement = verdicts.find((verdict) => verdict.rule === 'se/facturx-engagement')!;
    expect(engagement.field).toBe('depositFile');
    expect(engagement.message).toContain('déposez un PDF sans données Factur-X');
  });

  it('has nothing to say about a complete one but that it is a flow', async () => {
    const verdicts = (await checkPdf('ville-complete.pdf')).verdicts.filter((verdict) => verdict.severity !== 'info');
    expect(verdicts).toEqual([]);
  });
});
