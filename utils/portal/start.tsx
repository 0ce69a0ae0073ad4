import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/panel/Panel.tsx';
// The panel's styles go into its shadow root as text: nothing is fetched, nothing reaches the portal's page.
import panelCss from '../../components/panel/panel.css?inline';
import verdictsCss from '../../components/verdicts/verdicts.css?inline';
import autofillCss from '../../components/autofill/autofill.css?inline';
import { onSectionsChange } from '../../components/panel/sections.ts';
import { uiLocale } from '../i18n/index.ts';
import { sendMessage, type PageStatus } from '../messaging/protocol.ts';
import { historyFromList } from '../rules/history.ts';
import { SAINT_ETIENNE_SIRET } from '../rules/profiles.ts';
import type { SentInvoiceHistory, Verdict } from '../rules/types.ts';
import { loadSentInvoices, recordSentInvoice, sentInvoicesItem } from '../storage/history.ts';
import { loadProfiles, customProfilesItem } from '../storage/profiles.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsItem, type Settings } from '../storage/settings.ts';
import { installAutofill } from './autofill-panel.tsx';
import { ASSISTANT_TAG } from './dom.ts';
import { parisToday } from './paris-date.ts';
import { depositWindowFeature } from './features/deposit-window.ts';
import { analysisFeature, receiptFeature } from './features/notices.ts';
import { signUpFeature } from './features/sign-up.ts';
import { sendGuardFeature } from './features/send-guard.ts';
import { recipientHintFeature } from './features/recipient-hint.ts';
import { keepWindowsClear, reservePanelSpace } from './marks.ts';
import { PortalSession, type SessionState } from './session.ts';

const PANEL_WIDTH = 340;
const COLLAPSED_WIDTH = 44;

let current: PortalSession | null = null;

/** The assistant of this tab, for features that plug into it (PDF import, autofill). Null before it starts. */
export function currentSession(): PortalSession | null {
  return current;
}

/**
 * Runs a clean-up step that may meet a dead extension context (after a reload, removing a storage listener
 * throws "Extension context invalidated"): nothing is left to clean then, and nothing must reach the page.
 */
function quietly(cleanUp: () => void): void {
  try {
    cleanUp();
  } catch {
    // the extension is gone: its listeners went with it
  }
}

/** Reports an unexpected error once in the console; the portal page stays usable. */
function errorReporter(): (error: unknown) => void {
  const seen = new Set<string>();
  return (error) => {
    const key = error instanceof Error ? `${error.name}:${error.message}` : String(error);
    if (seen.has(key)) return;
    seen.add(key);
    console.error('[Assistant Chorus Pro] erreur interne, la page du portail reste utilisable :', error);
  };
}

function statusOf(state: SessionState): PageStatus {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const verdict of state.result.verdicts) counts[verdict.severity]++;
  return {
    page: state.page,
    profile: state.result.profile,
    counts,
    top: state.result.verdicts.slice(0, 10).map(({ rule, field, severity, message }) => ({ rule, field, severity, message: message.slice(0, 2000) })),
  };
}

/**
 * Starts the assistant on a Chorus Pro page: the session (recognition, fields, checks, marks), the features of
 * each page, the panel in its shadow root, the status for the toolbar. Everything stops with the context.
 */
export async function startAssistant(ctx: ContentScriptContext): Promise<PortalSession> {
  const onError = errorReporter();
  let history: SentInvoiceHistory | undefined;
  // The checks and marks start at once; the panel's settings arrive a moment later and it renders then.
  let settings: Settings = DEFAULT_SETTINGS;
  const settingsLoaded = loadSettings().then(
    (loaded) => {
      settings = loaded;
    },
    () => {},
  );
  let lastReported = '';
  let lastLayout = '';
  const panelUi: { current?: Awaited<ReturnType<typeof createShadowRootUi<void>>> } = {};

  const renderPanel = () => {
    const state = session.getState();
    const ui = panelUi.current;
    if (!ui || !state || session.stopped || ctx.isInvalid) return;
    try {
      const side = settings.panelPosition;
      const width = settings.panelCollapsed ? COLLAPSED_WIDTH : PANEL_WIDTH;
      reservePanelSpace(document, state.page ? side : null, width);
      render(
        <Panel
          session={session}
          state={state}
          collapsed={settings.panelCollapsed}
          side={side}
          onCollapsedChange={(collapsed) => {
            settings = { ...settings, panelCollapsed: collapsed };
            renderPanel();
            saveSettings({ panelCollapsed: collapsed }).catch(onError);
          }}
          onFix={(verdict: Verdict) => {
            if (verdict.fix && verdict.field !== 'page') session.write(verdict.field, verdict.fix.value);
          }}
        />,
        ui.uiContainer,
      );
      // A window of the portal newly shown (the deposit window), or the panel opened: none may sit under it.
      const layout = `${state.page}|${side}|${width}|${window.innerWidth}`;
      if (layout !== lastLayout) {
        lastLayout = layout;
        keepWindowsClear(document, state.page ? side : null, width);
      }
    } catch (error) {
      onError(error);
    }
  };

  let renderQueued = false;
  let panelReady: () => void = () => {};
  const panelMounted = new Promise<void>((resolve) => (panelReady = resolve));
  const autofill = installAutofill(document, onError);
  ctx.onInvalidated(() => quietly(() => autofill.dispose()));
  const session = new PortalSession({
    document,
    features: [
      depositWindowFeature(),
      recipientHintFeature(async () => {
        const sent = await loadSentInvoices();
        return [...sent].sort((a, b) => a.sentAt.localeCompare(b.sentAt)).pop()?.recipientSiret;
      }, SAINT_ETIENNE_SIRET),
      signUpFeature(),
      sendGuardFeature((entry) => recordSentInvoice(entry)),
      receiptFeature(),
      analysisFeature(),
      autofill.feature,
    ],
    locale: uiLocale,
    history: () => history,
    // Paris time without the browser's time-zone data (loading it is a long task on the portal's page).
    today: () => parisToday(),
    // Reading ctx.isInvalid notices a reloaded extension and runs the onInvalidated listeners (stop, remove UI).
    alive: () => !ctx.isInvalid,
    onError,
    ready: panelMounted,
    onState: (state, urgent) => {
      // The panel renders once per frame at most (the marks are already on the page), at once for a new page.
      if (urgent) renderPanel();
      else if (!renderQueued) {
        renderQueued = true;
        requestAnimationFrame(() => {
          renderQueued = false;
          renderPanel();
        });
      }
      const status = statusOf(state);
      const serialised = JSON.stringify(status);
      if (serialised !== lastReported) {
        lastReported = serialised;
        sendMessage('reportPageStatus', status).catch(() => {
          // The background may not listen yet (or the extension was just reloaded): the badge can wait.
        });
      }
    },
  });
  current = session;
  ctx.onInvalidated(() => {
    session.stop();
    if (current === session) current = null;
  });

  session.start();

  // What storage knows arrives a moment later: the checks run again with it.
  const useHistory = (list: Parameters<typeof historyFromList>[0]) => {
    history = historyFromList(list);
    session.check();
  };
  loadSentInvoices().then(useHistory, onError);
  const unwatchHistory = sentInvoicesItem.watch(() => loadSentInvoices().then(useHistory, onError));
  loadProfiles().then((profiles) => session.setProfiles(profiles), onError);
  const unwatchProfiles = customProfilesItem.watch(() => loadProfiles().then((profiles) => session.setProfiles(profiles), onError));
  const unwatchSections = onSectionsChange(renderPanel);
  // A narrower window may bring the portal's windows under the panel.
  let resizeQueued = false;
  ctx.addEventListener(window, 'resize', () => {
    if (resizeQueued) return;
    resizeQueued = true;
    requestAnimationFrame(() => {
      resizeQueued = false;
      renderPanel();
    });
  });
  // Side and collapsed state changed in the settings page show at once.
  const unwatchSettings = settingsItem.watch(() =>
    loadSettings().then((loaded) => {
      settings = loaded;
      renderPanel();
    }, onError),
  );
  ctx.onInvalidated(() => {
    quietly(unwatchHistory);
    quietly(unwatchProfiles);
    quietly(unwatchSections);
    quietly(unwatchSettings);
  });

  try {
    await settingsLoaded;
    const ui = await createShadowRootUi<void>(ctx, {
      name: ASSISTANT_TAG,
      mode: 'open',
      // Every stylesheet of what the panel shows, its sections' included.
      css: [verdictsCss, panelCss, autofillCss].join('\n'),
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'change'],
      onMount: () => renderPanel(),
      onRemove: () => {
        if (panelUi.current) render(null, panelUi.current.uiContainer);
      },
    });
    panelUi.current = ui;
    if (!ctx.isInvalid) ui.mount();
  } finally {
    // Even without a panel, the page gets its marks.
    panelReady();
  }
  return session;
}
