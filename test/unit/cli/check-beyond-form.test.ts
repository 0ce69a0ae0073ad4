import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_SE_FORM } from '../rules/forms.ts';
import { SE_DEPOSIT_WINDOW } from '../rules/facturx-helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'acp-cli-beyond-'));

function check(content: object) {
  const file = join(dir, `form-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(content));
  const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'check', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, rules: run.status === 0 ? (JSON.parse(run.stdout) as { verdicts: { rule: string }[] }).verdicts.map((verdict) => verdict.rule) : [] };
}

describe('cli check: inputs beyond the form', { timeout: 60_000 }, () => {
  it('takes the facturx object as extract prints it, and the facts it may add', () => {
    const facturx = { profile: 'urn:factur-x.eu:1p0:basicwl', paymentMeansCode: null, disagreements: ['totalTTC'], buyerOrderReference: null };
    const { status, rules } = check({ page: 'depot', fields: SE_DEPOSIT_WINDOW, facturx });
    expect(status).toBe(0);
    expect(rules).toEqual(expect.arrayContaining(['cpp/facturx-deposit', 'cpp/facturx-payment-means', 'cpp/facturx-text', 'se/facturx-engagement']));
  });

  it('takes the PDF text as pdftotext prints it, the 2026 mentions and the attachments', () => {
    const { rules } = check({
      page: 'saisie',
      fields: { ...GOOD_SE_FORM, invoiceNumber: 'F-77' },
      pdfText: 'FACTURE N° F 2026 - 0042\n  Total TTC   1 200,00 €',
      pdfMentions: { buyerId: 'found', operationCategory: 'missing' },
      attachments: [{ name: `${'x'.repeat(60)}.pdf`, sizeBytes: 1000 }],
    });
    expect(rules).toEqual(expect.arrayContaining(['cpp/invoice-number-on-pdf', 'cpp/mentions-2026', 'cpp/attachment']));
    expect(check({ page: 'saisie', fields: { ...GOOD_SE_FORM, invoiceNumber: 'F 2026-0042' }, pdfText: 'FACTURE N° F 2026 - 0042' }).rules).not.toContain('cpp/invoice-number-on-pdf');
  });

  it.each([
    ['an unknown key in facturx', { facturx: { profile: '', paymentMeansCode: null, disagreements: [], colour: 'blue' } }],
    ['an unknown field in disagreements', { facturx: { profile: '', paymentMeansCode: null, disagreements: ['colour'] } }],
    ['a mention state that is not found/unsure/missing', { pdfMentions: { buyerId: 'yes', operationCategory: 'found' } }],
    ['a negative attachment size', { attachments: [{ name: 'a.pdf', sizeBytes: -1 }] }],
  ])('refuses %s with status 2 and a French message', (_case, extra) => {
    const { status, stderr } = check({ page: 'depot', fields: SE_DEPOSIT_WINDOW, ...extra });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^Erreur : /);
  });
});
