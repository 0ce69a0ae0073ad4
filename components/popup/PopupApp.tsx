import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { VerdictList } from '../verdicts/index.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { t } from '../../utils/i18n/index.ts';
import { sendMessage, type PageStatus } from '../../utils/messaging/protocol.ts';
import { isFieldKey } from '../../utils/model/fields.ts';
import { CHORUS_PRO_MATCHES, isChorusProUrl } from '../../utils/portal/hosts.ts';
import type { Verdict } from '../../utils/rules/types.ts';
import { buildDiagnostic, pageKindLabel } from '../../utils/diagnostic/build-diagnostic.ts';
import { loadProfiles } from '../../utils/storage/profiles.ts';
import './popup.css';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'other-chorus-page' }
  | { kind: 'status'; status: PageStatus; profileName: string };

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

async function loadState(): Promise<State> {
  const tab = await currentTab();
  if (tab === undefined) return { kind: 'none' };
  const status = await sendMessage('getPageStatus', tab.id).catch(() => null);
  // The extension sees the URL of Chorus Pro tabs only (host permission): any URL here is a hint.
  if (!status) return { kind: isChorusProUrl(tab.url) ? 'other-chorus-page' : 'none' };
  const profiles = await loadProfiles().catch(() => []);
  const profileName = profiles.find((profile) => profile.id === status.profile)?.name ?? status.profile;
  return { kind: 'status', status, profileName };
}

/** A popup is glanced at: the few worst messages, the rest is in the panel on the page. */
const POPUP_MESSAGES = 3;

function toVerdicts(status: PageStatus): Verdict[] {
  return status.top.map((item) => ({ ...item, field: isFieldKey(item.field) ? item.field : 'page' }));
}

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    loadState().then(setState, () => setState({ kind: 'none' }));
  }, []);

  const openGuide = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/guide.html') });
    window.close();
  };
  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <main class="popup" data-ca-popup-state={state.kind}>
      <h1>{t('extName')}</h1>
      {state.kind === 'loading' && <p>{t('popup_loading')}</p>}
      {state.kind === 'none' && <p class="ca-notice" data-ca-popup="not-chorus">{t('popup_not_chorus')}</p>}
      {state.kind === 'other-chorus-page' && <p class="ca-notice" data-ca-popup="other-page">{t('popup_other_page')}</p>}
      {state.kind === 'status' && <StatusView status={state.status} profileName={state.profileName} />}
      <nav class="popup-links" aria-label={t('popup_links_label')}>
        <button type="button" class="ca-button" data-ca-action="open-guide" onClick={openGuide}>
          {t('common_open_guide')}
        </button>
        <button type="button" class="ca-button" data-ca-action="open-options" onClick={openOptions}>
          {t('common_open_options')}
        </button>
      </nav>
    </main>
  );
}

function StatusView({ status, profileName }: { status: PageStatus; profileName: string }) {
  const { error, warning, info } = status.counts;
  const total = error + warning + info;
  const diagnostic = buildDiagnostic({
    page: status.page,
    profile: status.profile,
    verdicts: status.top,
    extensionVersion: browser.runtime.getManifest().version,
  });
  return (
    <section aria-labelledby="popup-status" data-ca-page={status.page ?? undefined} data-ca-profile={status.profile}>
      <h2 id="popup-status">{pageKindLabel(status.page)}</h2>
      <p class="popup-profile">{t('popup_profile', profileName)}</p>
      <ul class="popup-counts" aria-label={t('popup_counts_label')}>
        <li class="popup-count popup-count--error" data-ca-count="error">{t('popup_count_error', error)}</li>
        <li class="popup-count popup-count--warning" data-ca-count="warning">{t('popup_count_warning', warning)}</li>
        <li class="popup-count popup-count--info" data-ca-count="info">{t('popup_count_info', info)}</li>
      </ul>
      {status.top.length > 0 && <h3>{t('popup_top_title')}</h3>}
      <VerdictList verdicts={toVerdicts(status).slice(0, POPUP_MESSAGES)} grouped={false} emptyText={t('popup_all_good')} />
      {total > POPUP_MESSAGES && <p class="popup-more">{t('popup_more_on_page', total - POPUP_MESSAGES)}</p>}
      <p class="popup-diagnostic">
        <CopyButton text={diagnostic} label={t('popup_copy_diagnostic')} action="copy-diagnostic" />
      </p>
    </section>
  );
}
