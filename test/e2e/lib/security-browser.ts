import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, PORTAL, PORTAL_BROWSER_OPTIONS, portalBrowserArgs } from './browser.ts';
import { startPortalServer, type PortalServer } from './portal-server.ts';

/**
 * What the security specs need beyond `launchWithExtension` (browser.ts, not changed): a browser WITHOUT the
 * extension on the same replicas (to compare what the pages load by themselves), and a profile folder that
 * survives a browser restart. The launch flags are copied from browser.ts.
 */
export interface SecuritySession {
  context: BrowserContext;
  server: PortalServer;
  profileDir: string;
  /** Set when the extension is loaded. */
  extensionId?: string;
  serviceWorker?: Worker;
  /** Every URL any page, frame or worker asked for. */
  requests: string[];
  /** URLs the extension's service worker asked for. */
  workerRequests: string[];
  open(path: string): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  /** Closes the browser; the profile folder is kept when `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

let snapshot: string | undefined;

/**
 * A private copy of the built extension, taken once per run: other specs (or engineers) may rebuild .output while
 * these run, and a browser restart must find the very same extension (same folder, same id, same storage).
 */
function extensionSnapshot(): string {
  if (snapshot) return snapshot;
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`No built extension in ${CHROME_BUILD}: run \`npx wxt build\` first.`);
  const dir = join(mkdtempSync(join(tmpdir(), 'acp-security-build-')), 'chrome-mv3');
  cpSync(CHROME_BUILD, dir, { recursive: true });
  snapshot = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function launchForSecurity(options: { extension: boolean; profileDir?: string; server?: PortalServer }): Promise<SecuritySession> {
  const extensionDir = options.extension ? extensionSnapshot() : '';
  const server = options.server ?? (await startPortalServer());
  const ownServer = !options.server;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'acp-security-profile-'));
  const extensionArgs = options.extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profileDir, {
    ...PORTAL_BROWSER_OPTIONS,
    headless: true,
    args: portalBrowserArgs(server.port, extensionArgs),
  });
  const requests: string[] = [];
  const workerRequests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (options.extension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    serviceWorker.on('request' as never, (request: { url(): string }) => {
      requests.push(request.url());
      workerRequests.push(request.url());
    });
    extensionId = new URL(serviceWorker.url()).host;
  }
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
      if (ownServer) await server.close();
      if (!closeOptions.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
