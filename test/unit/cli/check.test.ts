import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_SE_FORM } from '../rules/forms.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'acp-cli-'));

function runCheck(content: string | object, ...extraArgs: string[]) {
  const file = join(dir, `form-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  // The same Node the npm scripts use (Node ≥ 22 strips the types of cli/main.ts).
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'check', file, ...extraArgs], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli check', () => {
  it('prints the profile and the verdicts of the contract example', () => {
    const { status, stdout } = runCheck({ page: 'saisie', fields: { ...GOOD_SE_FORM, engagementNumber: '24 01 234', serviceCode: '' } });
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.profile).toBe('saint-etienne');
    expect(result.verdicts).toEqual([
      expect.objectContaining({ rule: 'se/engagement-format', field: 'engagementNumber', severity: 'error', fix: { value: '2401234' } }),
    ]);
  });

  it('cross-checks the PDF values given with the form', () => {
    const { stdout } = runCheck({ page: 'saisie', fields: { ...GOOD_SE_FORM, totalHT: '100,00' }, pdf: { totalHT: '1000.00' } });
    expect(JSON.parse(stdout).verdicts.map((verdict: { rule: string }) => verdict.rule)).toContain('cpp/pdf-mismatch');
  });

  it('uses the history given with the form for the duplicate check', () => {
    const { stdout } = runCheck({
      page: 'saisie',
      fields: GOOD_SE_FORM,
      history: [{ invoiceNumber: GOOD_SE_FORM.invoiceNumber, recipientSiret: GOOD_SE_FORM.recipientSiret }],
    });
    expect(JSON.parse(stdout).verdicts).toMatchObject([{ rule: 'cpp/invoice-number-duplicate', severity: 'warning' }]);
  });

  it.each([
    ['invalid JSON', '{"page": "saisie", '],
    ['an unknown field key', { page: 'saisie', fields: { engagement: '1' } }],
    ['an unknown top-level key', { page: 'saisie', fields: {}, extra: true }],
    ['an unknown page', { page: 'ailleurs', fields: {} }],
    ['a non-string value', { page: 'saisie', fields: { invoiceNumber: 12 } }],
    ['no fields', { page: 'saisie' }],
  ])('refuses %s with status 2 and a French message, no stack trace', (_case, content) => {
    const { status, stdout, stderr } = runCheck(content);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Erreur : /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing file and bad usage with status 2', () => {
    const missing = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'check', join(dir, 'nope.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    const noArgs = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'check'], { cwd: ROOT, encoding: 'utf8' });
    expect(noArgs.status).toBe(2);
    const unknown = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'verify'], { cwd: ROOT, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/commande inconnue/);
  });
});
