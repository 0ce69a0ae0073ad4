import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, GENERATED_DIR, ROOT, textPdf } from './helpers.ts';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-strip-types', join(ROOT, 'cli/main.ts'), 'extract', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const nodeSupportsTs = Number(process.versions.node.split('.')[0]) >= 23;

describe.skipIf(!nodeSupportsTs)('npm run cli -- extract', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ca-extract-'));
  const empty = join(dir, 'vide.pdf');
  const locked = join(dir, 'protege.pdf');
  writeFileSync(empty, '');
  writeFileSync(locked, encryptedPdf());
  const good = join(GENERATED_DIR, 'classic-01.pdf');

  it('prints one JSON object per file, in order, and exits 0 when all were read', () => {
    const run = cli(good, join(GENERATED_DIR, 'avoir-01.pdf'));
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
    expect(run.lines[0]).toMatchObject({ file: good, ok: true, source: 'text' });
    expect(Object.keys(run.lines[0]!)).toEqual(['file', 'ok', 'source', 'fields', 'ms']);
    expect(typeof run.lines[0]!.ms).toBe('number');
  });

  it('lists the values it is not sure of in "unsure", after the fields, only when there are some', () => {
    const lone = join(dir, 'total-seul.pdf');
    writeFileSync(lone, textPdf(['FACTURE F-12 du 03/06/2024', 'Objet : travaux de peinture du hall', 'Total TTC 1 200,00 EUR']));
    const run = cli(lone, good);
    expect(run.status).toBe(0);
    expect(Object.keys(run.lines[0]!)).toEqual(['file', 'ok', 'source', 'fields', 'unsure', 'ms']);
    expect(run.lines[0]!.unsure).toContain('totalTTC');
    expect(run.lines[0]!.fields).toMatchObject({ totalTTC: '1200.00' });
    expect(run.lines[1]).not.toHaveProperty('unsure');
  });

  it('exits 1 when a file fails, with the code and a French message, and no stack trace', () => {
    const run = cli(empty, good, locked, join(dir, 'absent.pdf'));
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => line.ok)).toEqual([false, true, false, false]);
    expect(run.lines[0]).toMatchObject({ file: empty, ok: false, error: { code: 'empty' } });
    expect(run.lines[2]).toMatchObject({ error: { code: 'encrypted' } });
    expect(String((run.lines[2]!.error as { message: string }).message)).toMatch(/mot de passe/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--text-only ignores the embedded XML', () => {
    const run = cli('--text-only', good);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toMatchObject({ source: 'text' });
  });

  it('exits 2 for bad usage', () => {
    expect(cli().status).toBe(2);
    expect(cli('--pages=3', good).status).toBe(2);
  });
});

describe.skipIf(!nodeSupportsTs)('extract with worker threads', () => {
  it('gives the same lines, in the same order, as one thread', () => {
    const files = ['classic-01.pdf', 'avoir-02.pdf', 'micro-01.pdf', 'columns-01.pdf', 'multipage-01.pdf'].map((file) => join(GENERATED_DIR, file));
    const strip = (lines: Record<string, unknown>[]) => lines.map(({ ms: _ms, ...rest }) => rest);
    const threaded = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-strip-types', join(ROOT, 'cli/main.ts'), 'extract', ...files], {
      encoding: 'utf8',
      env: { ...process.env, CA_EXTRACT_THREADS: '2' },
    });
    const single = cli(...files);
    expect(threaded.status).toBe(0);
    const threadedLines = threaded.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(strip(threadedLines)).toEqual(strip(single.lines));
  }, 60_000);
});

describe.skipIf(!nodeSupportsTs)('npm run cli -- check, with the PDF as extract read it', () => {
  it('takes the reader\'s "unsure" inside "pdf" and offers no fix from an unsure value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-check-'));
    const form = join(dir, 'formulaire.json');
    const fields = { invoiceNumber: 'F-12', totalHT: '100,00', totalTTC: '120,00' };
    writeFileSync(form, JSON.stringify({ page: 'saisie', fields, pdf: { totalHT: '1000.00', totalTTC: '1200.00', unsure: ['totalTTC'] } }));
    const run = spawnSync(process.execPath, [join(ROOT, 'cli/main.ts'), 'check', form], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(0);
    const verdicts = (JSON.parse(run.stdout) as { verdicts: { rule: string; field: string; fix?: unknown }[] }).verdicts.filter((verdict) => verdict.rule === 'cpp/pdf-mismatch');
    expect(verdicts.find((verdict) => verdict.field === 'totalHT')?.fix).toEqual({ value: '1000,00' });
    expect(verdicts.find((verdict) => verdict.field === 'totalTTC')).toBeDefined();
    expect(verdicts.find((verdict) => verdict.field === 'totalTTC')?.fix).toBeUndefined();
    // A key that is not a field is refused, as before.
    writeFileSync(form, JSON.stringify({ page: 'saisie', fields, pdf: { unsure: ['total'] } }));
    expect(spawnSync(process.execPath, [join(ROOT, 'cli/main.ts'), 'check', form], { encoding: 'utf8', cwd: ROOT }).status).toBe(2);
  });
});
