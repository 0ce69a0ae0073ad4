import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startPortalServer, type PortalServer } from './portal-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PORTAL = 'https://portail.chorus-pro.gouv.fr';

/** What every test browser shares: French, a laptop-sized window, the replica server's self-signed certificate. */
const PORTAL_BROWSER_OPTIONS = {
  executablePath: CHROMIUM,
  locale: 'fr-FR',
  ignoreHTTPSErrors: true,
  viewport: { width: 1366, height: 900 },
} as const;

/**
 * Chromium's flags: every Chorus Pro host resolved to the replica server on `port`, and the flags this machine's
 * closed network and root user need (no sandbox as root, no GPU, nothing fetched by the browser itself).
 */
function portalBrowserArgs(port: number, extensionArgs: readonly string[]): string[] {
  return [
    ...extensionArgs,
    `--host-resolver-rules=MAP chorus-pro.gouv.fr 127.0.0.1:${port}, MAP *.chorus-pro.gouv.fr 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=fr-FR',
  ];
}

export interface BrowserSession {
  context: BrowserContext;
  server: PortalServer;
  profileDir: string;
  /** Set when the extension is loaded. */
  extensionId?: string;
  serviceWorker?: Worker;
  /** Every URL any page, frame or worker of the browser asked for (extension pages included). */
  requests: string[];
  /** URLs the extension's service worker asked for. */
  workerRequests: string[];
  open(path: string): Promise<Page>;
  /** An extension page such as guide.html or popup.html. */
  openExtensionPage(file: string): Promise<Page>;
  /** Closes the browser (and its own replica server); the profile folder is kept when `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export type ExtensionSession = BrowserSession & { extensionId: string; serviceWorker: Worker };

export interface LaunchOptions {
  /** A window on screen (the demo). */
  headed?: boolean;
  /** The built extension to load (.output/chrome-mv3 by default); `null` for a browser without it. */
  extensionDir?: string | null;
  /** A profile folder that outlives the browser (a restart keeps the extension's storage); a fresh one otherwise. */
  profileDir?: string;
  /** A replica server shared by several browsers; the browser starts and stops its own otherwise. */
  server?: PortalServer;
  /** More Chromium flags (e.g. the languages a first page must see before Playwright's locale applies). */
  extraArgs?: readonly string[];
}

/**
 * A real Chromium, every Chorus Pro host resolved to the local replica server, with the built extension (or,
 * for comparison, without it). Headless unless `headed`, as root with the flags this machine's closed network
 * needs. The one launcher of the end-to-end specs, the demo and the page benchmark.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  const server = options.server ?? (await startPortalServer());
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'acp-profile-'));
  const extensionArgs = extensionDir === null ? ['--disable-extensions'] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const context = await chromium.launchPersistentContext(profileDir, {
    ...PORTAL_BROWSER_OPTIONS,
    headless: !options.headed,
    args: [...portalBrowserArgs(server.port, extensionArgs), ...(options.extraArgs ?? [])],
  });
  const requests: string[] = [];
  const workerRequests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  let serviceWorker: Worker | undefined;
  if (extensionDir !== null) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    serviceWorker.on('request' as never, (request: { url(): string }) => {
      requests.push(request.url());
      workerRequests.push(request.url());
    });
  }
  const extensionId = serviceWorker && new URL(serviceWorker.url()).host;

  return {
    context,
    server,
    profileDir,
    extensionId,
    serviceWorker,
    requests,
    workerRequests,
    async open(path) {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : `${PORTAL}${path}`);
      return page;
    },
    async openExtensionPage(file) {
      if (!extensionId) throw new Error('no extension in this browser');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close(closeOptions = {}) {
      await context.close();
      if (!options.server) await server.close();
      if (!closeOptions.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A browser with the built extension (see launchBrowser). */
export async function launchWithExtension(options: Omit<LaunchOptions, 'extensionDir'> & { extensionDir?: string } = {}): Promise<ExtensionSession> {
  return (await launchBrowser(options)) as ExtensionSession;
}

let buildCopy: string | undefined;

/**
 * A private copy of the built extension, taken once per run: other specs (or engineers) may rebuild .output while
 * a spec runs, and a browser restart must find the very same extension (same folder, same id, same storage).
 */
export function privateBuildCopy(): string {
  if (buildCopy) return buildCopy;
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`No built extension in ${CHROME_BUILD}: run \`npx wxt build\` first.`);
  const dir = join(mkdtempSync(join(tmpdir(), 'acp-build-copy-')), 'chrome-mv3');
  cpSync(CHROME_BUILD, dir, { recursive: true });
  buildCopy = dir;
  process.once('exit', () => rmSync(dirname(dir), { recursive: true, force: true }));
  return dir;
}
