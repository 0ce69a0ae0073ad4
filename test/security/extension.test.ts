/**
 * What the stores and a careful user check first, read from the built extension itself (Chrome MV3 and Firefox MV2,
 * built with the project's own config): the permissions, where the extension runs, what pages may frame its files,
 * its content security policy, and that the code it ships neither evaluates strings nor talks to a network.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { buildExtension, listFiles, ROOT, type Target } from './lib/build.ts';
import { bundledSources, isLibrary, scanBuiltFile, type Finding } from './lib/scan.ts';

/** API permissions the issue allows, if used: storage; offscreen or sidePanel only if the code uses them. */
const ALLOWED_PERMISSIONS = new Set(['storage', 'offscreen', 'sidePanel']);
/** Firefox MV2 cannot restrict web-accessible files to some pages: these two only, both harmless to expose. */
const FIREFOX_WEB_ACCESSIBLE = new Set(['pdf-reader.html', 'content-scripts/content.css']);

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean })[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  update_url?: string;
  sandbox?: unknown;
  declarative_net_request?: unknown;
  chrome_url_overrides?: unknown;
}

const builds: Partial<Record<Target, { dir: string; manifest: Manifest; files: string[] }>> = {};

const scans = new Map<string, Finding[]>();
function scanned(path: string): Finding[] {
  let findings = scans.get(path);
  if (!findings) scans.set(path, (findings = scanBuiltFile(path, { urls: true })));
  return findings;
}

function build(target: Target) {
  const found = builds[target];
  assert.ok(found, `the ${target} build is missing`);
  return found;
}

beforeAll(() => {
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = buildExtension(target);
    builds[target] = { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest, files: listFiles(dir) };
  }
});

/** Is `pattern` (a match pattern) one of the Chorus Pro hosts, or narrower than one? */
function isChorusProPattern(pattern: string): boolean {
  const match = /^https:\/\/([^/]+)\/.*$/.exec(pattern);
  if (!match) return false;
  const host = match[1]!;
  return host === 'chorus-pro.gouv.fr' || host === '*.chorus-pro.gouv.fr' || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.chorus-pro\.gouv\.fr$/.test(host);
}

function cspOf(manifest: Manifest): string[] {
  const csp = manifest.content_security_policy;
  if (csp === undefined) return [];
  return typeof csp === 'string' ? [csp] : Object.values(csp).filter((value): value is string => typeof value === 'string');
}

for (const target of ['chrome', 'firefox'] as const) {
  describe(`${target} manifest`, () => {
    it('asks for the storage permission only (no tabs, scripting, webRequest, <all_urls>, offscreen unless used…)', () => {
      const { manifest } = build(target);
      const apiPermissions = (manifest.permissions ?? []).filter((permission) => !permission.includes('://') && permission !== '<all_urls>');
      assert.deepEqual(apiPermissions.filter((permission) => !ALLOWED_PERMISSIONS.has(permission)), [], 'API permissions beyond storage');
      assert.ok(apiPermissions.includes('storage'), 'storage is used (history, settings) and must be declared');
      assert.ok(!(manifest.permissions ?? []).includes('<all_urls>'), '<all_urls> requested');
      assert.deepEqual(manifest.optional_permissions ?? [], [], 'optional permissions');
      assert.deepEqual(manifest.optional_host_permissions ?? [], [], 'optional host permissions');
      // offscreen / sidePanel are tolerated only when the shipped code actually calls those APIs.
      for (const permission of apiPermissions.filter((name) => name !== 'storage')) {
        const api = permission === 'sidePanel' ? 'sidePanel' : 'offscreen';
        const used = build(target).files.filter((file) => /\.m?js$/.test(file)).some((file) => readFileSync(join(build(target).dir, file), 'utf8').includes(`.${api}.`));
        assert.ok(used, `permission ${permission} is declared but no bundle calls chrome.${api}`);
      }
    });

    it('acts on Chorus Pro hosts only (host permissions and content-script matches)', () => {
      const { manifest } = build(target);
      const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((permission) => permission.includes('://') || permission === '<all_urls>')];
      assert.ok(hosts.length > 0, 'no host permission at all: the assistant could not run on the portal');
      assert.deepEqual(hosts.filter((host) => !isChorusProPattern(host)), [], 'host permissions outside Chorus Pro');
      const scripts = manifest.content_scripts ?? [];
      assert.ok(scripts.length > 0, 'no content script: the assistant would never show on the portal');
      for (const script of scripts) {
        assert.deepEqual(script.matches.filter((pattern) => !isChorusProPattern(pattern)), [], `content script ${script.js?.join(',')} matches outside Chorus Pro`);
        assert.notEqual(script.match_about_blank, true, 'content script injected into about:blank frames of any origin');
      }
    });

    it('lets only Chorus Pro pages load its web-accessible files, and exposes nothing else', () => {
      const { manifest } = build(target);
      const resources = manifest.web_accessible_resources ?? [];
      for (const entry of resources) {
        if (typeof entry === 'string') {
          // MV2 (Firefox) cannot restrict by page: then expose only the PDF reader page, which itself refuses any
          // message not coming from a Chorus Pro origin (test/unit/security/reader-origin.test.ts), and the
          // assistant's stylesheet. Firefox gives each installation its own random moz-extension:// host.
          assert.equal(target, 'firefox', 'an unrestricted web-accessible resource in the MV3 build');
          assert.ok(FIREFOX_WEB_ACCESSIBLE.has(entry), `web-accessible to every site: ${entry}`);
        } else {
          assert.ok(entry.matches && entry.matches.length > 0, `web-accessible ${entry.resources.join(',')} without matches`);
          assert.deepEqual(entry.matches.filter((pattern) => !isChorusProPattern(pattern)), [], `web-accessible ${entry.resources.join(',')} to pages outside Chorus Pro`);
          assert.deepEqual(entry.extension_ids ?? [], [], 'web-accessible to other extensions');
          for (const resource of entry.resources) assert.ok(!resource.includes('*'), `wildcard web-accessible resource ${resource}`);
        }
      }
      assert.equal(manifest.externally_connectable, undefined, 'other sites or extensions may message the extension');
    });

    it('keeps the default content security policy: no unsafe-eval, no remote script source', () => {
      const { manifest } = build(target);
      for (const policy of cspOf(manifest)) {
        assert.doesNotMatch(policy, /'unsafe-eval'/, `unsafe-eval in ${policy}`);
        assert.doesNotMatch(policy, /'unsafe-inline'/, `unsafe-inline in ${policy}`);
        const scriptSources = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
        assert.doesNotMatch(scriptSources, /https?:|\*|data:|blob:/, `remote script source in ${policy}`);
      }
      assert.equal(manifest.update_url, undefined, 'updates from a server of our own instead of the store');
    });

    it('ships every page, script and worker it names (nothing loaded from elsewhere)', () => {
      const { manifest, files } = build(target);
      const named = [
        manifest.background?.service_worker,
        manifest.background?.page,
        ...(manifest.background?.scripts ?? []),
        ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
      ].filter((value): value is string => value !== undefined);
      for (const file of named) {
        assert.doesNotMatch(file, /^(https?:)?\/\//, `remote file in the manifest: ${file}`);
        assert.ok(files.includes(file.replace(/^\//, '')), `${file} is named in the manifest but not shipped`);
      }
      for (const page of files.filter((file) => file.endsWith('.html'))) {
        const html = readFileSync(join(build(target).dir, page), 'utf8');
        for (const [, tag, url] of html.matchAll(/<(script|link|iframe|img|object|embed)\b[^>]*?\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
          assert.doesNotMatch(url!, /^(https?:)?\/\//i, `${page} loads <${tag}> from ${url}`);
        }
        // MV3 refuses inline scripts anyway; an inline script would be dead code or a sign of injected markup.
        for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          if (!/\bsrc\s*=/.test(attributes!)) assert.equal(body!.trim(), '', `${page} has an inline script`);
        }
      }
    });
  });

  describe(`${target} bundles`, () => {
    /**
     * Library code that contains one of the constructs, and why it cannot fetch or evaluate anything here.
     * Anything found outside this list — in particular in our own modules — fails the test.
     */
    const ALLOWED: { source: RegExp; what: RegExp; reason: string }[] = [
      {
        source: /^node_modules\/zod\/v4\/core\/(util|doc)\.js$/,
        what: /^Function$/,
        reason:
          "zod 4's optional fast path: it probes `Function('')` inside try/catch and compiles object parsers from our own schemas' keys (never from data). The extension pages' CSP (no unsafe-eval) makes the probe fail, and zod then parses without it.",
      },
      {
        source: /^node_modules\/webextension-polyfill\/dist\/browser-polyfill\.js$/,
        what: /^Function$/,
        reason: '`Function.call.bind(Object.prototype.hasOwnProperty)`: reads the Function object, evaluates nothing.',
      },
      {
        source: /^node_modules\/(wxt\/dist\/utils\/content-script-ui\/shadow-root\.mjs|@webext-core\/isolated-element\/dist\/index\.mjs)$/,
        what: /^fetch$/,
        reason:
          "WXT's shadow-root UI loads the assistant's own stylesheet, `browser.runtime.getURL('/content-scripts/content.css')`, from the extension itself, into the shadow root. No request leaves the browser (the end-to-end runs count them).",
      },
      {
        source: /^node_modules\/pdfjs-dist\/build\/pdf\.mjs$/,
        what: /^(fetch|XMLHttpRequest)$/,
        reason:
          'pdf.js loads a document, its CMaps or standard fonts from a URL when given one. We always pass the bytes (`data`), and no cMapUrl/standardFontDataUrl: these paths never run. The reader page talks only by postMessage.',
      },
    ];
    /** Namespaces and documentation links written in library code: identifiers, never requested. */
    const ALLOWED_URL = /^(https?:)?\/\/(www\.w3\.org|json-schema\.org|ns\.adobe\.com|www\.xfa\.org|example\.com|foo\.bar|wxt\.dev|github\.com\/wxt-dev|developer\.mozilla\.org)(\/|$)/;
    /** The portal itself: match patterns and the links our texts give to the user. */
    const CHORUS_PRO_URL = /^https:\/\/([a-z0-9-]+\.)*chorus-pro\.gouv\.fr(\/|$)/;

    function isAllowed(finding: Finding): boolean {
      if (finding.kind === 'remote-url') return CHORUS_PRO_URL.test(finding.what) || (ALLOWED_URL.test(finding.what) && isLibrary(finding.source));
      if (finding.kind === 'html-sink') return isLibrary(finding.source);
      // Vite's modulepreload polyfill (injected without a source map entry): fetches the `<link rel=modulepreload>`
      // chunks that the extension's own pages list, all on the extension's origin (checked above: no remote link).
      if (finding.what === 'fetch' && finding.source === undefined && /\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/.test(finding.snippet)) {
        return true;
      }
      return ALLOWED.some((rule) => rule.source.test(finding.source ?? '') && rule.what.test(finding.what));
    }

    it('contains no eval, no Function constructor, no string timer, no remote import except the listed library cases', () => {
      const { dir, files } = build(target);
      const problems: string[] = [];
      for (const file of files.filter((name) => /\.m?js$/.test(name) && !name.includes('pdf.worker'))) {
        for (const finding of scanned(join(dir, file))) {
          if (finding.kind === 'network') continue;
          if (!isAllowed(finding)) problems.push(`${file}:${finding.line + 1} ${finding.kind} ${finding.what} from ${finding.source ?? '(unmapped)'} — ${finding.snippet}`);
        }
      }
      assert.deepEqual(problems, []);
    });

    it('contains no network call (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon) except pdf.js unused URL loaders', () => {
      const { dir, files } = build(target);
      const problems: string[] = [];
      let seen = 0;
      for (const file of files.filter((name) => /\.m?js$/.test(name) && !name.includes('pdf.worker'))) {
        for (const finding of scanned(join(dir, file)).filter((entry) => entry.kind === 'network')) {
          seen++;
          if (!isAllowed(finding)) problems.push(`${file}:${finding.line + 1} ${finding.what} from ${finding.source ?? '(unmapped)'} — ${finding.snippet}`);
        }
      }
      assert.ok(seen > 0, 'the scanner found no network API at all, not even pdf.js loaders: is it still working?');
      assert.deepEqual(problems, []);
    });

    it("ships pdf.js's worker byte for byte as published (so its contents are pdf.js's, not ours)", () => {
      const { dir, files } = build(target);
      const workers = files.filter((file) => file.includes('pdf.worker'));
      assert.ok(workers.length >= 1, 'no pdf.js worker shipped: the PDF reader could not run off the main thread');
      const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      const published = hash(readFileSync(join(ROOT, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs')));
      for (const worker of workers.filter((file) => /\.m?js$/.test(file))) assert.equal(hash(readFileSync(join(dir, worker))), published, worker);
    });

    it('keeps the script injected in every Chorus Pro page to the checks: the panel, its libraries and storage load after the marks', () => {
      const { dir, manifest } = build(target);
      const scripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
      // What the panel part (entrypoints/content-panel) brings: the UI, zod, storage (the directory's IndexedDB
      // included), messaging, the reader frame, the page's skeleton.
      const PANEL_ONLY = /^(components\/|entrypoints\/content-panel\/|utils\/(storage|messaging|pdf-reader)\/|utils\/portal\/skeleton\.ts|node_modules\/(preact|zod|idb|@wxt-dev\/storage|@webext-core\/messaging|webextension-polyfill)\/)/;
      for (const script of scripts) {
        const sources = bundledSources(join(dir, script));
        assert.ok(sources.length > 0, `${script} has no source map: cannot tell what it is made of`);
        assert.deepEqual(sources.filter((source) => PANEL_ONLY.test(source)), [], `${script} bundles what the panel part should load`);
      }
      const panelSources = bundledSources(join(dir, 'content-panel.js'));
      assert.ok(panelSources.some((source) => source.startsWith('components/panel/')), 'the panel part carries the panel');
      assert.ok(panelSources.includes('utils/portal/skeleton.ts'), "the panel part carries the page's skeleton");
    });

    it('keeps pdf.js out of the content script that runs on every Chorus Pro page, and out of its panel part', () => {
      const { dir, manifest } = build(target);
      const scripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
      assert.ok(scripts.length > 0, 'no content script');
      for (const script of [...scripts, 'content-panel.js']) {
        const sources = bundledSources(join(dir, script));
        assert.ok(sources.length > 0, `${script} has no source map: cannot tell what it is made of`);
        assert.deepEqual(sources.filter((source) => source.includes('pdfjs-dist')), [], `${script} bundles pdf.js`);
        const code = readFileSync(join(dir, script), 'utf8');
        assert.doesNotMatch(code, /GlobalWorkerOptions|pdfjsVersion|PDFDocumentProxy/, `${script} contains pdf.js code`);
      }
    });
  });
}
