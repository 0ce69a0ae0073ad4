/**
 * Our own code (everything the extension ships that we wrote: entrypoints, components, utils) never evaluates a
 * string, never talks to a network and never writes text as HTML. Read from the sources, by parsing them, so that a
 * new `fetch(` or `innerHTML =` anywhere fails here with its file and line, whichever bundle it would end up in.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { listFiles, ROOT } from './lib/build.ts';
import { scanCode } from './lib/scan.ts';

const SHIPPED_DIRS = ['entrypoints', 'components', 'utils'];

function shippedSources(): string[] {
  return SHIPPED_DIRS.flatMap((dir) => listFiles(join(ROOT, dir)).map((file) => join(dir, file))).filter((file) => /\.(ts|tsx|js|mjs)$/.test(file));
}

describe('the scanner', () => {
  it('finds evaluation, network and HTML sinks written in any form', () => {
    const code = [
      'eval(text);',
      'new Function("a", body);',
      'const F = Function; new F(body);',
      'window["eval"](text);',
      'globalThis.Function(body);',
      'setTimeout("alert(1)", 10);',
      'fetch("https://example.org/track");',
      'new XMLHttpRequest();',
      'new WebSocket(url);',
      'navigator.sendBeacon(url, data);',
      'new self.EventSource(url);',
      'element.innerHTML = value;',
      'element.insertAdjacentHTML("beforeend", value);',
      'document.write(value);',
      'importScripts(url);',
      'import("https://cdn.example.org/x.js");',
    ].join('\n');
    const found = scanCode(code, 'sample.js', { urls: false }).map((finding) => `${finding.line}:${finding.what}`);
    for (const expected of ['0:eval', '1:Function', '2:Function', '3:eval', '4:Function', '5:setTimeout(string)', '6:fetch', '7:XMLHttpRequest', '8:WebSocket', '9:sendBeacon', '10:EventSource', '11:innerHTML', '12:insertAdjacentHTML', '13:document.write', '14:importScripts', '15:import(https://cdn.example.org/x.js)']) {
      assert.ok(found.includes(expected), `missed ${expected} in ${found.join(', ')}`);
    }
    const tsx = scanCode('const a = <div dangerouslySetInnerHTML={{ __html: value }} />;', 'sample.tsx');
    assert.deepEqual(tsx.map((finding) => finding.what), ['dangerouslySetInnerHTML']);
  });

  it('does not mistake names in strings, properties or longer identifiers for the real thing', () => {
    const code = [
      'parseShadingFunction(dict);',
      'xref.fetch(ref);',
      'const label = "eval( fetch( new Function(";',
      '// eval(x) in a comment',
      'class FunctionBasedShading {}',
      'const o = { fetch: 1, eval: 2 };',
      'o.Function = 3;',
      'setTimeout(() => run(), 10);',
      'element.textContent = value;',
    ].join('\n');
    assert.deepEqual(scanCode(code, 'sample.js'), []);
  });
});

describe('our own code', () => {
  const files = shippedSources();

  it('is found (the scan covers the content script, the panel, the PDF reader and the extension pages)', () => {
    for (const expected of ['entrypoints/background/index.ts', 'entrypoints/pdf-reader/main.ts', 'utils/pdf/extract.ts', 'utils/pdf-reader/client.ts']) {
      assert.ok(files.includes(expected), `${expected} not scanned`);
    }
    assert.ok(files.some((file) => file.startsWith('entrypoints/content')), 'the content script is not scanned');
  });

  it('never evaluates strings, never calls a network API, never writes HTML from text', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const finding of scanCode(readFileSync(join(ROOT, file), 'utf8'), file)) {
        problems.push(`${file}:${finding.line + 1} ${finding.kind} ${finding.what} — ${finding.snippet}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('keeps what it stores in this browser: storage items in local: or session: only, never sync:, no storage.sync call', () => {
    const keys: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const [, area, key] of code.matchAll(/defineItem(?:<[^(]*?>)?\(\s*['"`](\w+):([\w.-]+)['"`]/g)) {
        keys.push(`${area}:${key}`);
        if (area !== 'local' && area !== 'session') problems.push(`${file}: ${area}:${key}`);
      }
      for (const match of code.matchAll(/storage\s*\.\s*(sync|managed)\b|['"`](sync|managed):/g)) problems.push(`${file}: ${match[0]}`);
    }
    assert.ok(keys.includes('local:sentInvoices'), `the history item was not found among ${keys.join(', ')}`);
    assert.deepEqual(problems, []);
  });
});

describe('the README, as a store reviewer reads it', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /## Vos données\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

  it('has a section on the data kept', () => {
    assert.ok(section.length > 200, 'no "## Vos données" section in README.md');
  });

  it('says what is kept and why, where (this browser, storage.local, never synced or sent), and how to erase it', () => {
    for (const [what, pattern] of [
      ['no network request', /aucune requête réseau/i],
      ['only on Chorus Pro', /chorus-pro\.gouv\.fr/],
      ['PDFs read locally', /PDF[\s\S]*lus dans votre navigateur/i],
      ['what the history holds', /numéro[\s\S]*SIRET du destinataire[\s\S]*date[\s\S]*montant/i],
      ['why it is kept', /avertir avant de déposer deux fois/i],
      ['where it is kept', /storage\.local/],
      ['never synced nor sent', /jamais synchronisé ni envoyé/i],
      ['how to erase it', /Tout effacer/],
      ['uninstalling erases it', /désinstaller/i],
    ] as const) {
      assert.match(section, pattern, `README does not say: ${what}`);
    }
  });
});
