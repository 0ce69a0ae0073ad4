import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startPortalServer, type PortalServer } from '../../lib/portal-server.ts';
import { startNetworkSink, type NetworkSink } from './network-sink.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const PORTAL_HOST = 'portail.chorus-pro.gouv.fr';

/**
 * The extension's internal UUID, fixed before it is installed (Firefox picks a random one otherwise): its pages are
 * then at a known moz-extension:// origin.
 */
export const EXTENSION_UUID = '5d1c7a4e-3b0f-4c2a-9e61-c0de0e2e0f1a';

/**
 * Firefox's own services, turned off so that the browser stays quiet and the network record is the extension's and
 * the pages': telemetry, updates, remote settings, safe browsing lists, captive portal and connectivity checks,
 * DNS over HTTPS, push, region lookup, prefetching. Whatever still tries goes to the network sink, recorded.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS set (see the launch): a data: URL fails at once, offline.
  'services.settings.server': 'data:,#remote-settings-off/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

export interface FirefoxSession {
  browser: Browser;
  server: PortalServer;
  /** What Firefox tried to reach outside the replicas (see network-sink.ts): should stay empty. */
  sink: NetworkSink;
  /** `moz-extension://UUID`, the origin of the extension's pages. */
  extensionOrigin: string;
  /** Every URL a page, frame or extension page asked for, as WebDriver BiDi reports them. */
  requests: string[];
  /** Opens a portal page on the replica server: `/cpp/saisie?…`. */
  open(path: string): Promise<Page>;
  /** An extension page such as guide.html. */
  openExtensionPage(file: string): Promise<Page>;
  /** Installs (or updates, same add-on id) the extension from a built folder. */
  installExtension(dir: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Firefox's French language pack (Debian: firefox-esr-l10n-fr), as a French user's Firefox has: the extension's
 * own messages follow the browser's UI language, as Chromium's do with chromium-l10n.
 */
function hasFrenchLanguagePack(): boolean {
  const extensions = join(dirname(realpathSync(FIREFOX)), 'browser/extensions');
  return existsSync(extensions) && readdirSync(extensions).some((name) => name.startsWith('langpack-fr@'));
}

function addonId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, headless, with the built extension installed as a temporary
 * add-on; every Chorus Pro host resolved to the local replica server (HTTPS, self-signed: accepted by the session),
 * every other host sent to the network sink.
 */
export async function launchFirefox(options: { extensionDir?: string | false } = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  if (!hasFrenchLanguagePack()) throw new Error('Firefox has no French language pack: install firefox-esr-l10n-fr (apt-get install firefox-esr-l10n-fr).');
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  const server = await startPortalServer();
  const sink = await startNetworkSink();
  const uuids = JSON.stringify({ [addonId(extensionDir || FIREFOX_BUILD)]: EXTENSION_UUID });
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1366, height: 900 },
      // Lets the profile point Remote Settings away from Mozilla's servers (release builds ignore the pref otherwise).
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.dns.localDomains': `chorus-pro.gouv.fr,${PORTAL_HOST}`,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': sink.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': sink.port,
        'network.proxy.no_proxies_on': 'chorus-pro.gouv.fr, .chorus-pro.gouv.fr',
        'extensions.webextensions.uuids': uuids,
        // A French user's Firefox: French pages first, French interface (the language pack above).
        'intl.accept_languages': 'fr-FR, fr',
        'intl.locale.requested': 'fr',
      },
    })
    .catch(async (error: unknown) => {
      await Promise.all([server.close(), sink.close()]);
      throw error;
    });
  const requests: string[] = [];
  // Puppeteer subscribes the session to every network event: the raw ones cover all browsing contexts at once.
  const connection = (browser as unknown as { connection: { on(event: string, listener: (params: { request: { url: string } }) => void): void } }).connection;
  connection.on('network.beforeRequestSent', (params) => requests.push(params.request.url));

  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const session: FirefoxSession = {
    browser,
    server,
    sink,
    extensionOrigin,
    requests,
    async open(path) {
      const page = await browser.newPage();
      await page.goto(`https://${PORTAL_HOST}:${server.port}${path}`);
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      // A moz-extension:// page never reports its load to WebDriver: navigate without waiting, then wait for its body.
      const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } };
      await frame.browsingContext.navigate(`${extensionOrigin}/${file}`, 'none');
      await page.waitForFunction((origin) => location.origin === origin && document.readyState !== 'loading', { timeout: 10_000 }, extensionOrigin);
      return page;
    },
    async installExtension(dir) {
      await browser.installExtension(resolve(dir));
    },
    async close() {
      await browser.close();
      await server.close();
      await sink.close();
    },
  };
  if (extensionDir) {
    await session.installExtension(extensionDir).catch(async (error: unknown) => {
      await session.close();
      throw error;
    });
  }
  return session;
}
