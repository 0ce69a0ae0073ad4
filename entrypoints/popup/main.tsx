import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startPage } from '../../components/common/start-page.ts';
import { PopupApp, type PopupState } from '../../components/popup/PopupApp.tsx';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { CHORUS_PRO_MATCHES, isChorusProUrl } from '../../utils/portal/hosts.ts';
import { loadProfiles } from '../../utils/storage/profiles.ts';
import '../../components/common/base.css';

/**
 * The tab the popup speaks about: `?tab=ID` when given (tests, links); else the active tab of this window;
 * but when popup.html is open as a page of its own (a tab), the Chorus Pro tab used last.
 */
async function currentTab(): Promise<{ id: number; url?: string } | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return { id: fromUrl, url: (await browser.tabs.get(fromUrl).catch(() => undefined))?.url };
  const ownTab = await browser.tabs.getCurrent().catch(() => undefined);
  if (ownTab) {
    const chorusTabs = await browser.tabs.query({ url: CHORUS_PRO_MATCHES }).catch(() => []);
    const last = chorusTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (last?.id !== undefined) return { id: last.id, url: last.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

let shownTabId: number | undefined;

/** What the background knows of that tab (reported by the content script after each check). */
async function loadState(): Promise<PopupState> {
  const tab = await currentTab();
  if (tab === undefined) return { kind: 'none' };
  shownTabId = tab.id;
  const status = await sendMessage('getPageStatus', tab.id).catch(() => null);
  // The extension sees the URL of Chorus Pro tabs only (host permission): any URL here is a hint.
  if (!status) return { kind: isChorusProUrl(tab.url) ? 'other-chorus-page' : 'none' };
  if (status.page === null) return { kind: 'other-chorus-page', partial: status.partial === true };
  const profiles = await loadProfiles().catch(() => []);
  const profileName = profiles.find((profile) => profile.id === status.profile)?.name ?? status.profile;
  return { kind: 'status', status, profileName };
}

/** How long the popup waits for the tab's skeleton: a page that hangs or was closed gets a message instead. */
const SKELETON_WAIT_MS = 4000;

async function readSkeleton(): Promise<string | null> {
  if (shownTabId === undefined) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SKELETON_WAIT_MS)));
  try {
    const answer = await Promise.race([sendMessage('getPageSkeleton', undefined, { tabId: shownTabId, frameId: 0 }).catch(() => null), timeout]);
    return typeof answer === 'string' ? answer : null;
  } finally {
    clearTimeout(timer);
  }
}

const show = (state: PopupState) =>
  render(
    <PopupApp
      state={state}
      extensionVersion={browser.runtime.getManifest().version}
      onOpenGuide={async () => {
        await browser.tabs.create({ url: browser.runtime.getURL('/guide.html') });
        window.close();
      }}
      onOpenOptions={async () => {
        await browser.runtime.openOptionsPage();
        window.close();
      }}
      onReadSkeleton={readSkeleton}
    />,
    document.getElementById('app')!,
  );

void startPage('popup_page_title').then(() => {
  show({ kind: 'loading' });
  loadState().then(show, () => show({ kind: 'none' }));
});
