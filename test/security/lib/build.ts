import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export type Target = 'chrome' | 'firefox';
export const TARGET_DIRS: Record<Target, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

let outDir: string | undefined;

/**
 * Builds the extension for `target` into a private folder with test/security/wxt.config.ts (the project's own
 * config plus source maps) and returns the built folder. `ACP_SECURITY_OUT=DIR` with an existing build reuses it.
 */
export function buildExtension(target: Target): string {
  if (process.env.ACP_SECURITY_OUT && existsSync(join(process.env.ACP_SECURITY_OUT, TARGET_DIRS[target], 'manifest.json'))) {
    return join(process.env.ACP_SECURITY_OUT, TARGET_DIRS[target]);
  }
  if (!outDir) {
    outDir = process.env.ACP_SECURITY_OUT ?? mkdtempSync(join(tmpdir(), 'acp-security-'));
    const created = outDir;
    if (!process.env.ACP_SECURITY_OUT) process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  const args = ['wxt', 'build', '-c', 'test/security/wxt.config.ts', '--level', 'warn'];
  if (target === 'firefox') args.push('-b', 'firefox');
  const result = spawnSync('npx', args, { cwd: ROOT, env: { ...process.env, ACP_SECURITY_OUT: outDir }, encoding: 'utf8' });
  const dir = join(outDir, TARGET_DIRS[target]);
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build (${target}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}
