import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelSection } from '../../components/panel/Panel.tsx';
// The panel's styles go into its shadow root as text: nothing is fetched, nothing reaches the portal's page.
import panelCss from '../../components/panel/panel.css?inline';
import verdictsCss from '../../components/verdicts/verdicts.css?inline';
import autofillCss from '../../components/autofill/autofill.css?inline';
import fixChoicesCss from '../../components/directory/fix-choices.css?inline';
import skeletonCss from '../../components/skeleton/skeleton.css?inline';
import panelMessages from 'virtual:panel-messages';
import { applyLanguage } from '../../components/common/install-locale.ts';
import { onMessage, sendMessage, type PageStatus } from '../../utils/messaging/protocol.ts';
import { historyFromList } from '../../utils/rules/history.ts';
import type { Verdict } from '../../utils/rules/types.ts';
import { ASSISTANT_TAG } from '../../utils/portal/dom.ts';
import { keepWindowsClear, reservePanelSpace } from '../../utils/portal/marks.ts';
import { parisToday } from '../../utils/portal/paris-date.ts';
import type { PortalSession, SessionState } from '../../utils/portal/session.ts';
import { pageSkeleton } from '../../utils/portal/skeleton.ts';
import { layoutVisibility } from '../../utils/portal/visibility.ts';
import { loadSentInvoices, recordSentInvoice, sentInvoicesItem } from '../../utils/storage/history.ts';
import { loadProfiles, customProfilesItem } from '../../utils/storage/profiles.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsItem, type Settings } from '../../utils/storage/settings.ts';
import type { AssistantCore, PanelPart } from '../content/handover.ts';
import { wireAutofill } from './autofill.tsx';

const PANEL_WIDTH = 340;
const COLLAPSED_WIDTH = 44;
/** Storage answers in milliseconds; past this the panel shows with the default settings. */
const SETTINGS_WAIT_MS = 1000;

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

/** The settings as stored, or the defaults if storage does not answer in time. */
export function settingsSoon(): Promise<Settings> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(DEFAULT_SETTINGS), SETTINGS_WAIT_MS);
    loadSettings()
      .catch(() => DEFAULT_SETTINGS)
      .then((settings) => {
        clearTimeout(timer);
        resolve(settings);
      });
  });
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
 * The panel part of the content script, started by the marks part once the first marks are on the page
 * (entrypoints/content/assistant.ts): the panel in its shadow root (its sections and the sending confirmation
 * handed to it), the status for the toolbar, what storage says (history, profiles, settings and their language),
 * and what the features ask of the extension. `storedSettings`: see settingsSoon. Everything stops with the context.
 */
export function startPanel(core: AssistantCore, storedSettings: Promise<Settings>): PanelPart {
  const { ctx, session, sendGuard, onError } = core;
  let settings: Settings = DEFAULT_SETTINGS;
  // The language chosen in « Langue de l'assistant » with the panel's words, for this part and the marks part.
  const followSettings = (loaded: Settings) => {
    settings = loaded;
    const locale = applyLanguage(panelMessages, loaded.language);
    core.useLanguage(panelMessages[locale], locale);
  };
  let lastReported = '';
  let lastLayout = '';
  const panelUi: { current?: Awaited<ReturnType<typeof createShadowRootUi<void>>> } = {};
  const autofill = wireAutofill(document, core.autofill, onError);
  ctx.onInvalidated(() => quietly(() => autofill.dispose()));

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
      // Checked when the browser lays the page out for the next frame, not before: the panel is in the page now.
      const layout = `${state.page}|${side}|${width}|${window.innerWidth}`;
      if (layout !== lastLayout) {
        lastLayout = layout;
        const panelSide = state.page ? side : null;
        ctx.requestAnimationFrame(() => {
          try {
            keepWindowsClear(document, panelSide, width, layoutVisibility);
          } catch (error) {
            onError(error);
          }
        });
      }
    } catch (error) {
      onError(error);
    }
  };

  const reportStatus = (state: SessionState) => {
    const status = statusOf(state);
    const serialised = JSON.stringify(status);
    if (serialised === lastReported) return;
    lastReported = serialised;
    sendMessage('reportPageStatus', status).catch(() => {
      // The background may not listen yet (or the extension was just reloaded): the badge can wait.
    });
  };

  let renderQueued = false;
  core.onState((state, urgent) => {
    // The panel renders once per frame at most (the marks are already on the page), at once for a new page.
    if (urgent) renderPanel();
    else if (!renderQueued) {
      renderQueued = true;
      requestAnimationFrame(() => {
        renderQueued = false;
        renderPanel();
      });
    }
    reportStatus(state);
  });
  const current = session.getState();
  if (current) reportStatus(current);
  // The popup offers the skeleton of a page the assistant does not fully recognise.
  const stopAnsweringSkeleton = onMessage('getPageSkeleton', () => skeletonOf(session));
  ctx.onInvalidated(() => quietly(stopAnsweringSkeleton));

  // What storage knows: the checks run again with it.
  const useHistory = (list: Parameters<typeof historyFromList>[0]) => core.setHistory(historyFromList(list));
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

  const mount = async () => {
    // The panel opens on the side and in the language of the settings.
    followSettings(await storedSettings);
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
  };
  mount()
    .catch(onError)
    // Even without a panel, the page gets its marks.
    .finally(() => core.panelShown());

  return {
    ...autofill.services,
    recordSentInvoice: (entry) => recordSentInvoice(entry),
    // The directory is the extension's (IndexedDB): the background reads it for this page.
    directoryLookup: (siret) => sendMessage('directoryLookup', siret),
    async lastRecipient() {
      const sent = await loadSentInvoices();
      return [...sent].sort((a, b) => a.sentAt.localeCompare(b.sentAt)).pop()?.recipientSiret;
    },
  };
}
