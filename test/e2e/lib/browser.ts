import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startPortalServer, type PortalServer } from './portal-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PORTAL = 'https://portail.chorus-pro.gouv.fr';

/** What every test browser shares: French, a laptop-sized window, the replica server's self-signed certificate. */
export const PORTAL_BROWSER_OPTIONS = {
  executablePath: CHROMIUM,
  locale: 'fr-FR',
  ignoreHTTPSErrors: true,
  viewport: { width: 1366, height: 900 },
} as const;

/**
 * Chromium's flags: every Chorus Pro host resolved to the replica server on `port`, and the flags this machine's
 * closed network and root user need (notes/real-browser.md).
 */
export function portalBrowserArgs(port: number, extensionArgs: readonly string[]): string[] {
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

export interface ExtensionSession {
  context: BrowserContext;
  server: PortalServer;
  extensionId: string;
  serviceWorker: Worker;
  /** Every URL any page, frame or worker of the browser asked for (extension pages included). */
  requests: string[];
  open(path: string): Promise<Page>;
  /** An extension page such as guide.html or popup.html. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A real Chromium with the built extension, every Chorus Pro host resolved to the local replica server.
 * Headless unless `headed` (the demo), as root with the flags this machine's closed network needs.
 */
export async function launchWithExtension(options: { headed?: boolean; extensionDir?: string } = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  const server = await startPortalServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'acp-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...PORTAL_BROWSER_OPTIONS,
    headless: !options.headed,
    args: portalBrowserArgs(server.port, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  serviceWorker.on('request' as never, (request: { url(): string }) => requests.push(request.url()));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    server,
    extensionId,
    serviceWorker,
    requests,
    async open(path) {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : `${PORTAL}${path}`);
      return page;
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
