import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WelcomeApi } from '../../../utils/welcome/open-on-install.ts';

// @wxt-dev/storage picks `globalThis.chrome` when it is first imported: install the fake before.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { openWelcomeOnInstall } = await import('../../../utils/welcome/open-on-install.ts');

/** A stand-in for the extension API: the onInstalled listeners it was given, the tabs it was asked to open. */
function fakeApi(options: { refuseTabs?: boolean } = {}) {
  const listeners: ((details: { reason: string }) => Promise<void>)[] = [];
  const opened: string[] = [];
  const api: WelcomeApi = {
    runtime: {
      onInstalled: { addListener: (listener) => listeners.push(listener) },
      getURL: (path) => `chrome-extension://abcdef${path}`,
    },
    tabs: {
      create: async ({ url }) => {
        if (options.refuseTabs) throw new Error('no tab now');
        opened.push(url);
      },
    },
  };
  /** The browser reports an install event; resolves once the listeners' work is done. */
  const installed = async (reason: string) => {
    await Promise.all(listeners.map((listener) => listener({ reason })));
  };
  return { api, opened, installed };
}

describe('welcome page on first install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page in a new tab on a first install', async () => {
    const { api, opened, installed } = fakeApi();
    openWelcomeOnInstall(api);
    await installed('install');
    expect(opened).toEqual(['chrome-extension://abcdef/welcome.html']);
  });

  it('never on an update of the extension or of the browser', async () => {
    const { api, opened, installed } = fakeApi();
    openWelcomeOnInstall(api);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) await installed(reason);
    expect(opened).toEqual([]);
  });

  it('once per profile, even when the browser reports an install again (an extension loaded from a folder)', async () => {
    const { api, opened, installed } = fakeApi();
    openWelcomeOnInstall(api);
    await installed('install');
    await installed('install');
    expect(opened).toHaveLength(1);
    // The next start of the background finds the page already shown.
    const restarted = fakeApi();
    openWelcomeOnInstall(restarted.api);
    await restarted.installed('install');
    expect(restarted.opened).toEqual([]);
  });

  it('a browser refusing the tab is not an error', async () => {
    const { api, opened, installed } = fakeApi({ refuseTabs: true });
    openWelcomeOnInstall(api);
    await expect(installed('install')).resolves.toBeUndefined();
    expect(opened).toEqual([]);
  });
});
