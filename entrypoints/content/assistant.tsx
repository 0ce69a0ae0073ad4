import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelSection } from '../../components/panel/Panel.tsx';
// The panel's styles go into its shadow root as text: nothing is fetched, nothing reaches the portal's page.
import panelCss from '../../components/panel/panel.css?inline';
import verdictsCss from '../../components/verdicts/verdicts.css?inline';
import autofillCss from '../../components/autofill/autofill.css?inline';
import fixChoicesCss from '../../components/directory/fix-choices.css?inline';
import skeletonCss from '../../components/skeleton/skeleton.css?inline';
import panelMessages from 'virtual:panel-messages';
import { applyLanguage } from '../../components/common/install-locale.ts';
import { uiLocale } from '../../utils/i18n/index.ts';
import { onMessage, sendMessage, type PageStatus } from '../../utils/messaging/protocol.ts';
import { historyFromList } from '../../utils/rules/history.ts';
import { SAINT_ETIENNE_SIRET } from '../../utils/rules/profiles.ts';
import type { SentInvoiceHistory, Verdict } from '../../utils/rules/types.ts';
import { ASSISTANT_TAG } from '../../utils/portal/dom.ts';
import { directoryFeature } from '../../utils/portal/features/directory.ts';
import { depositWindowFeature } from '../../utils/portal/features/deposit-window.ts';
import { attachmentsFeature } from '../../utils/portal/features/attachments.ts';
import { analysisFeature, receiptFeature } from '../../utils/portal/features/notices.ts';
import { recipientHintFeature } from '../../utils/portal/features/recipient-hint.ts';
import { sendGuardFeature } from '../../utils/portal/features/send-guard.ts';
import { signUpFeature } from '../../utils/portal/features/sign-up.ts';
import { keepWindowsClear, reservePanelSpace } from '../../utils/portal/marks.ts';
import { parisToday } from '../../utils/portal/paris-date.ts';
import { PortalSession, type SessionState } from '../../utils/portal/session.ts';
import { pageSkeleton } from '../../utils/portal/skeleton.ts';
import { layoutVisibility } from '../../utils/portal/visibility.ts';
import { loadSentInvoices, recordSentInvoice, sentInvoicesItem } from '../../utils/storage/history.ts';
import { loadProfiles, customProfilesItem } from '../../utils/storage/profiles.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsItem, type Settings } from '../../utils/storage/settings.ts';
import { wireAutofill } from './autofill.tsx';

const PANEL_WIDTH = 340;
const COLLAPSED_WIDTH = 44;

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

/** What the toolbar badge and the popup show of this tab. */
function statusOf(state: SessionState): PageStatus {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const verdict of state.result.verdicts) counts[verdict.severity]++;
  return {
    page: state.page ?? null,
    profile: state.result.profile,
    counts,
    top: state.result.verdicts.slice(0, 10).map(({ rule, field, severity, message }) => ({ rule, field, severity, message: message.slice(0, 2000) })),
    ...(state.coverage.partial ? { partial: true } : {}),
  };
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The page's anonymised skeleton, for the support desk (the panel's preview and the popup ask for it). */
function skeletonOf(session: PortalSession): string {
  const state = session.getState();
  const today = parisToday();
  return pageSkeleton(document, {
    page: state?.page,
    found: state?.coverage.found ?? [],
    missing: state?.coverage.missing ?? [],
    partial: state?.coverage.partial ?? false,
    url: location.href,
    version: browser.runtime.getManifest().version,
    date: `${today.year}-${twoDigits(today.month)}-${twoDigits(today.day)}`,
    visibility: layoutVisibility,
  });
}

/**
 * Starts the assistant on a Chorus Pro page: the session (recognition, fields, checks, marks), the features of
 * each page, the panel in its shadow root (its sections and the sending confirmation handed to it), the status
 * for the toolbar. Everything stops with the context.
 */
export async function startAssistant(ctx: ContentScriptContext): Promise<PortalSession> {
  const onError = errorReporter();
  let history: SentInvoiceHistory | undefined;
  // The checks and marks start at once, in the user's preferred language; the settings arrive a moment later
  // (the panel renders then), and with them the language chosen in « Langue de l'assistant ».
  let settings: Settings = DEFAULT_SETTINGS;
  applyLanguage(panelMessages, settings.language);
  const followSettings = (loaded: Settings) => {
    const languageBefore = uiLocale();
    settings = loaded;
    // Messages already shown (the verdicts, the notices) are said again in the new language.
    if (applyLanguage(panelMessages, loaded.language) !== languageBefore) session.check();
  };
  const settingsLoaded = loadSettings().then(followSettings, () => {});
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
      const sections = [autofill.section(session)].filter((section): section is PanelSection => section !== undefined);
      render(
        <Panel
          state={state}
          sections={sections}
          confirmation={sendGuard.confirmation()}
          collapsed={settings.panelCollapsed}
          side={side}
          onCollapsedChange={(collapsed) => {
            settings = { ...settings, panelCollapsed: collapsed };
            renderPanel();
            saveSettings({ panelCollapsed: collapsed }).catch(onError);
          }}
          onFix={(verdict: Verdict, value: string) => {
            // Only a value the message offers (its fix, or one of its choices) is written.
            const offered = verdict.fix && (verdict.fix.value === value || verdict.fix.choices?.some((choice) => choice.value === value));
            if (offered && verdict.field !== 'page') session.write(verdict.field, value);
          }}
          readSkeleton={() => skeletonOf(session)}
        />,
        ui.uiContainer,
      );
      // A window of the portal newly shown (the deposit window), or the panel opened: none may sit under it.
      const layout = `${state.page}|${side}|${width}|${window.innerWidth}`;
      if (layout !== lastLayout) {
        lastLayout = layout;
        keepWindowsClear(document, state.page ? side : null, width, layoutVisibility);
      }
    } catch (error) {
      onError(error);
    }
  };

  let renderQueued = false;
  let panelReady: () => void = () => {};
  const panelMounted = new Promise<void>((resolve) => (panelReady = resolve));
  const autofill = wireAutofill(document, onError);
  ctx.onInvalidated(() => quietly(() => autofill.dispose()));
  // The sending confirmation shows in the panel: it renders again when the confirmation opens or closes.
  const sendGuard = sendGuardFeature((entry) => recordSentInvoice(entry), () => renderPanel());
  const session = new PortalSession({
    document,
    visibility: layoutVisibility,
    features: [
      depositWindowFeature(),
      attachmentsFeature(),
      recipientHintFeature(async () => {
        const sent = await loadSentInvoices();
        return [...sent].sort((a, b) => a.sentAt.localeCompare(b.sentAt)).pop()?.recipientSiret;
      }, SAINT_ETIENNE_SIRET),
      signUpFeature(),
      sendGuard,
      receiptFeature(),
      analysisFeature(),
      autofill.feature,
      // The directory is the extension's (IndexedDB): the background reads it for this page.
      directoryFeature((siret) => sendMessage('directoryLookup', siret)),
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
  ctx.onInvalidated(() => session.stop());

  session.start();
  // The popup offers the skeleton of a page the assistant does not fully recognise.
  const stopAnsweringSkeleton = onMessage('getPageSkeleton', () => skeletonOf(session));
  ctx.onInvalidated(() => quietly(stopAnsweringSkeleton));

  // What storage knows arrives a moment later: the checks run again with it.
  const useHistory = (list: Parameters<typeof historyFromList>[0]) => {
    history = historyFromList(list);
    session.check();
  };
  loadSentInvoices().then(useHistory, onError);
  const unwatchHistory = sentInvoicesItem.watch(() => loadSentInvoices().then(useHistory, onError));
  loadProfiles().then((profiles) => session.setProfiles(profiles), onError);
  const unwatchProfiles = customProfilesItem.watch(() => loadProfiles().then((profiles) => session.setProfiles(profiles), onError));
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
  // Side, collapsed state and language changed in the settings page show at once.
  const unwatchSettings = settingsItem.watch(() =>
    loadSettings().then((loaded) => {
      followSettings(loaded);
      renderPanel();
    }, onError),
  );
  ctx.onInvalidated(() => {
    quietly(unwatchHistory);
    quietly(unwatchProfiles);
    quietly(unwatchSettings);
  });

  try {
    await settingsLoaded;
    const ui = await createShadowRootUi<void>(ctx, {
      name: ASSISTANT_TAG,
      mode: 'open',
      // Every stylesheet of what the panel shows, its sections' included.
      css: [verdictsCss, fixChoicesCss, panelCss, autofillCss, skeletonCss].join('\n'),
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
