import { browser } from 'wxt/browser';
import { onMessage, pageStatusSchema, type PageStatus } from '../../utils/messaging/protocol.ts';
import { BADGE_COLOR, badgeText, loadTabStatuses, saveTabStatuses, type TabStatuses } from '../../utils/storage/tab-status.ts';

/**
 * Each Chorus Pro tab's last status (reported by the content script after every check), for the toolbar badge
 * and the popup. `onTabGone` is told when a tab closes.
 */
export function handleTabStatuses(onTabGone: (tabId: number) => void): void {
  // Chrome MV3 has `action`; Firefox MV2 has `browserAction` (WXT converts the manifest, not the API).
  const action = browser.action ?? browser.browserAction;
  // One load shared by every caller: two reports arriving while the worker wakes up must update the same object.
  let statuses: Promise<TabStatuses> | undefined;

  function current(): Promise<TabStatuses> {
    statuses ??= loadTabStatuses();
    return statuses;
  }

  async function showBadge(tabId: number, status: PageStatus | undefined): Promise<void> {
    try {
      await action.setBadgeText({ tabId, text: badgeText(status) });
      if (status) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  }

  async function setStatus(tabId: number, status: PageStatus | undefined): Promise<void> {
    const all = await current();
    if (status) all[String(tabId)] = status;
    else delete all[String(tabId)];
    await saveTabStatuses(all);
    await showBadge(tabId, status);
  }

  onMessage('reportPageStatus', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const parsed = pageStatusSchema.safeParse(data);
    if (!parsed.success) return;
    // A page the assistant does not know is kept only when it shows a form it cannot place: the popup offers its skeleton.
    await setStatus(tabId, parsed.data.page === null && !parsed.data.partial ? undefined : parsed.data);
  });

  onMessage('getPageStatus', async ({ data: tabId }) => (await current())[String(tabId)] ?? null);

  // A new page in the tab: the old status no longer holds; the content script reports again if it is Chorus Pro.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void setStatus(tabId, undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void current().then(async (all) => {
      delete all[String(tabId)];
      await saveTabStatuses(all);
    });
    onTabGone(tabId);
  });
}
