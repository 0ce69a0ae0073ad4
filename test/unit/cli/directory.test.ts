import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSPITAL, INACTIVE } from '../../directory/fixture-data.ts';
import { FIXTURES } from '../../directory/read-fixture.ts';
import { formFor } from '../rules/directory-forms.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'acp-cli-dir-'));
const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

function formFile(fields: object): string {
  const file = join(dir, `form-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ page: 'saisie', fields, today: '2026-11-27' }));
  return file;
}

describe('cli directory', () => {
  it('prints the counts, the date and the problems found, as one JSON object', () => {
    const { status, stdout } = cli('directory', join(FIXTURES, 'annuaire.xlsx'));
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      ok: true,
      date: '2026-11-20',
      dateSource: 'file-properties',
      sheets: { structures: ['Structures publiques'], services: ['Services'] },
      counts: { structures: 11, activeStructures: 10, services: 11, activeServices: 10, engagementRequired: 3, serviceRequired: 2 },
    });
    expect(result.problems.map((problem: { code: string }) => problem.code)).toEqual(['unreadable-flag', 'service-without-structure']);
  });

  it('says, with exit status 1, why a file is not the directory', () => {
    const missing = cli('directory', join(FIXTURES, 'annuaire-colonne-manquante.xlsx'));
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ code: 'missing-column', message: expect.stringContaining('« GestionService »') });
    const other = cli('directory', join(FIXTURES, 'pas-un-annuaire.xlsx'));
    expect(other.status).toBe(1);
    expect(JSON.parse(other.stdout).error.code).toBe('not-directory');
  });

  it('refuses bad usage with status 2', () => {
    expect(cli('directory').status).toBe(2);
    expect(cli('directory', join(dir, 'absent.xlsx')).status).toBe(2);
  });
});

describe('cli check --directory', () => {
  it('applies the directory checks to the form', () => {
    const { status, stdout } = cli('check', formFile(formFor(INACTIVE)), '--directory', join(FIXTURES, 'annuaire.xlsx'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).verdicts).toEqual([expect.objectContaining({ rule: 'cpp/recipient-inactive', field: 'recipientSiret', severity: 'error' })]);
  });

  it('prints the choices of a fix in its fix object', () => {
    const { stdout } = cli('check', `--directory=${join(FIXTURES, 'annuaire.xlsx')}`, formFile(formFor(HOSPITAL, { serviceCode: 'URGENSES' })));
    const [verdict] = JSON.parse(stdout).verdicts;
    expect(verdict).toMatchObject({ rule: 'cpp/service-unknown', fix: { value: 'URGENCES', choices: expect.arrayContaining([{ value: 'URGENCES', label: 'URGENCES — Service des urgences' }]) } });
  });

  it('says nothing of the directory without --directory', () => {
    const { stdout } = cli('check', formFile(formFor(INACTIVE)));
    expect(JSON.parse(stdout).verdicts).toEqual([]);
  });

  it('refuses a file that is not the directory with status 2 and the reason', () => {
    const { status, stderr, stdout } = cli('check', formFile(formFor(INACTIVE)), '--directory', join(FIXTURES, 'pas-un-annuaire.xlsx'));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Erreur : « .*pas-un-annuaire\.xlsx » n'est pas utilisable comme annuaire : Ce classeur n'est pas l'annuaire/);
  });
});
