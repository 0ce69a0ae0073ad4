import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built packages as the stores receive them: every icon the manifests declare (the extension's own and the
 * toolbar button's) is a PNG of exactly its declared size, in every size the browsers and stores ask for.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const SIZES = ['16', '32', '48', '96', '128'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG header (the IHDR chunk always comes first). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', `${file} has no PNG header`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  describe(`${browser} package icons`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const toolbar = (manifest.action ?? manifest.browser_action)?.default_icon;

    test('the extension and its toolbar button declare 16, 32, 48, 96 and 128 px icons', () => {
      assert.deepEqual(Object.keys(manifest.icons ?? {}).sort(), [...SIZES].sort());
      assert.deepEqual(Object.keys(toolbar ?? {}).sort(), [...SIZES].sort());
    });

    test('each declared icon file exists and has exactly its size', () => {
      for (const [where, icons] of [['icons', manifest.icons], ['toolbar', toolbar]] as const) {
        for (const [size, path] of Object.entries(icons ?? {})) {
          const file = join(dir, path);
          assert.ok(existsSync(file), `${where} ${size}: ${path} missing`);
          assert.deepEqual(pngSize(file), { width: Number(size), height: Number(size) }, `${where} ${size}: ${path}`);
        }
      }
    });
  });
}
