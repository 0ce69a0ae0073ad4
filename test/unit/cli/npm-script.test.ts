import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
// What `npm run cli -- …` runs (package.json), with the Node npm gives it: the entry users and outside tests reach.
const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { cli: string } }).scripts.cli.split(/\s+/);
const node = join(ROOT, 'node_modules/.bin/node');
const run = (args: string[], entry = script.slice(1)) => spawnSync(node, [...entry, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const withoutTimes = (stdout: string) => stdout.replace(/,"ms":\d+/g, '');

const GOOD = 'test/fixtures/public/akretion-invoice_EN16931.pdf';

describe('npm run cli (the package.json script)', { timeout: 120_000 }, () => {
  it('reads PDFs exactly as cli/main.ts does, in order, and exits 1 when a file could not be read', () => {
    expect(script[0]).toBe('node');
    const args = ['extract', GOOD, 'nope.pdf', GOOD];
    const viaScript = run(args);
    const direct = run(args, ['--disable-warning=ExperimentalWarning', 'cli/main.ts']);
    expect(viaScript.status).toBe(1);
    const lines = viaScript.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; ok: boolean; error?: { code: string } });
    expect(lines.map((line) => [line.file, line.ok])).toEqual([
      [GOOD, true],
      ['nope.pdf', false],
      [GOOD, true],
    ]);
    expect(lines[1]!.error!.code).toBe('not-pdf');
    expect(withoutTimes(viaScript.stdout)).toBe(withoutTimes(direct.stdout));
    expect(viaScript.stderr).toBe('');
  });

  it('answers a usage mistake at once with status 2 and a French message, without waiting for the reading thread', () => {
    const noFile = run(['extract']);
    expect(noFile.signal).toBeNull();
    expect(noFile.status).toBe(2);
    expect(noFile.stdout).toBe('');
    expect(noFile.stderr).toContain('aucun fichier PDF indiqué');
    const unknownOption = run(['extract', '--vite', GOOD]);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toContain('option inconnue « --vite »');
  });

  it('prints the help with status 0 and refuses an unknown command with status 2', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run cli -- extract');
    expect(run(['verify']).status).toBe(2);
  });
});
