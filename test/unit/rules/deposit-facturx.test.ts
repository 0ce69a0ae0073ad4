/**
 * The deposit window, as the UI step will wire it: the file chosen is read locally, and what the reader says
 * beyond the fields goes to the checks with the window's fields.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInvoice, type ExtractSuccess } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { runChecks } from '../../../utils/rules/engine.ts';
import { SE_DEPOSIT_WINDOW } from './facturx-helpers.ts';
import { GOOD_SE_FORM, TODAY } from './forms.ts';

const pdfjs = await loadPdfjsForNode();
const FACTURX_DIR = resolve(import.meta.dirname, '../../fixtures/facturx');

async function chooseInDepositWindow(name: string, structure = SE_DEPOSIT_WINDOW.depositStructure!) {
  const bytes = readFileSync(join(FACTURX_DIR, name));
  const read = (await extractInvoice(pdfjs, new Uint8Array(bytes))) as ExtractSuccess;
  return runChecks({
    snapshot: { page: 'depot', fields: { ...SE_DEPOSIT_WINDOW, depositFile: name, depositStructure: structure }, depositFile: { name, sizeBytes: bytes.length, isPdf: true, hasTextLayer: true } },
    pdf: read.fields,
    facturx: read.facturx,
    pdfText: read.pdfText,
    pdfMentions: read.pdfMentions,
    today: TODAY,
  });
}

describe('a Factur-X PDF chosen in the deposit window', () => {
  it('whose XML lacks the engagement: the Ville’s error, on the file, with the way out', async () => {
    const { profile, verdicts } = await chooseInDepositWindow('ville-sans-engagement.pdf');
    expect(profile).toBe('saint-etienne');
    expect(verdicts.map((verdict) => [verdict.rule, verdict.field, verdict.severity])).toEqual([
      ['se/facturx-engagement', 'depositFile', 'error'],
      ['cpp/facturx-deposit', 'depositFile', 'info'],
    ]);
  });

  it('keeps the Ville’s checks when « Structure » is the supplier’s own structure and the XML names the Ville', async () => {
    const { profile, verdicts } = await chooseInDepositWindow('ville-sans-engagement.pdf', '73282932000074');
    expect(profile).toBe('saint-etienne');
    expect(verdicts.map((verdict) => verdict.rule)).toContain('se/facturx-engagement');
    // That structure may be the depositor's: no claim that the XML addresses the wrong recipient.
    expect(verdicts.map((verdict) => verdict.rule)).not.toContain('cpp/facturx-recipient');
  });

  it('a complete one: only the information that it is read as a flow', async () => {
    expect((await chooseInDepositWindow('ville-complete.pdf')).verdicts.map((verdict) => verdict.rule)).toEqual(['cpp/facturx-deposit']);
  });
});

describe('the same Factur-X PDF imported in the panel of the entry form', () => {
  it('is not what Chorus Pro reads there: only the information, worded for that page, and no flow error', async () => {
    const read = (await extractInvoice(pdfjs, new Uint8Array(readFileSync(join(FACTURX_DIR, 'ville-sans-engagement.pdf'))))) as ExtractSuccess;
    const { verdicts } = runChecks({
      snapshot: { page: 'saisie', fields: GOOD_SE_FORM },
      facturx: read.facturx,
      pdfText: read.pdfText,
      pdfMentions: read.pdfMentions,
      today: TODAY,
    });
    const facturxVerdicts = verdicts.filter((verdict) => /facturx/.test(verdict.rule));
    expect(facturxVerdicts.map((verdict) => [verdict.rule, verdict.field, verdict.severity])).toEqual([['cpp/facturx-deposit', 'page', 'info']]);
    expect(facturxVerdicts[0]!.message).toContain('ces données ne sont pas lues ici');
  });
});
