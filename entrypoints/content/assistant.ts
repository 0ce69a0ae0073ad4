import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chooseLocale, uiLocale, useLocaleFile } from '../../utils/i18n/index.ts';
import type { ReadResult } from '../../utils/pdf-reader/protocol.ts';
import type { PdfReaderClient } from '../../utils/pdf-reader/client.ts';
import { attachmentsFeature } from '../../utils/portal/features/attachments.ts';
import { autofillFeature } from '../../utils/portal/features/autofill.ts';
import { depositWindowFeature } from '../../utils/portal/features/deposit-window.ts';
import { directoryFeature } from '../../utils/portal/features/directory.ts';
import { analysisFeature, receiptFeature } from '../../utils/portal/features/notices.ts';
import { recipientHintFeature } from '../../utils/portal/features/recipient-hint.ts';
import { sendGuardFeature } from '../../utils/portal/features/send-guard.ts';
import { signUpFeature } from '../../utils/portal/features/sign-up.ts';
import { parisToday } from '../../utils/portal/paris-date.ts';
import { PortalSession, type SessionState } from '../../utils/portal/session.ts';
import { layoutVisibility } from '../../utils/portal/visibility.ts';
import { SAINT_ETIENNE_SIRET } from '../../utils/rules/profiles.ts';
import type { SentInvoiceHistory } from '../../utils/rules/types.ts';
import type { AssistantCore, PanelPart, StartPanel } from './handover.ts';

/**
 * The panel part is a file of the extension: it loads in a few milliseconds. Past this, the page keeps its marks
 * without a panel, and what waited on it (the page mark, the sending guard's record) goes on without it.
 */
const PANEL_LOAD_LIMIT_MS = 5000;

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

/**
 * Loads the panel part (entrypoints/content-panel), an ES module of the extension, within a time bound. Called as
 * the page starts loading: the browser reads and compiles it meanwhile, and it starts once the marks are there.
 */
export function importPanel(): Promise<StartPanel> {
  return new Promise<StartPanel>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`panel not loaded after ${PANEL_LOAD_LIMIT_MS} ms`)), PANEL_LOAD_LIMIT_MS);
    import(/* @vite-ignore */ browser.runtime.getURL('/content-panel.js'))
      .then((module: { default: StartPanel }) => resolve(module.default), reject)
      .finally(() => clearTimeout(timer));
  });
}

/**
 * Runs `work` in a task of its own, soon. Not a timer: Firefox defers timers set while a page loads (until its
 * `load`, a second later on a fresh profile's first page).
 */
function inNextTask(work: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}

/** The reader's answer when the panel part, which holds the reader frame, could not be loaded. */
const READER_UNAVAILABLE: ReadResult = { ok: false, error: { code: 'timeout', message: '' }, ms: 0 };

/**
 * Starts the assistant on a Chorus Pro page, marks first: the session (recognition, fields, checks, marks) and the
 * features of each page start at once; the panel part (what the assistant shows, and what it asks of the
 * extension: storage, the background, the PDF reader; `panel`, see importPanel) starts once the first marks are on
 * the page, and gets what it needs through `AssistantCore` (./handover.ts). Everything stops with the context.
 */
export function startAssistant(ctx: ContentScriptContext, panel: Promise<StartPanel>): PortalSession {
  const onError = errorReporter();
  // The checks speak the user's preferred language at once; the panel part brings the words and the language
  // chosen in « Langue de l'assistant ».
  useLocaleFile({}, chooseLocale('auto', [...navigator.languages, browser.i18n.getUILanguage()]));
  let history: SentInvoiceHistory | undefined;

  // What the features ask of the extension waits for the panel part (started after the first marks), within its bound.
  const { promise: partLoaded, resolve: resolvePart, reject: rejectPart } = Promise.withResolvers<PanelPart>();
  partLoaded.catch(() => {});
  let part: PanelPart | undefined;
  const withPart = <T>(use: (loaded: PanelPart) => Promise<T>): Promise<T> => partLoaded.then(use);

  const { promise: panelShown, resolve: shown } = Promise.withResolvers<void>();
  let stateListener: ((state: SessionState, urgent: boolean) => void) | undefined;

  const reader: PdfReaderClient = {
    warmUp: () => void withPart(async (loaded) => loaded.reader().warmUp()).catch(() => {}),
    read: (file, options) => withPart((loaded) => loaded.reader().read(file, options)).catch(() => READER_UNAVAILABLE),
    dispose: () => part?.reader().dispose(),
  };
  const autofill = autofillFeature({
    reader: () => reader,
    remember: (pdf) => withPart((loaded) => loaded.rememberPendingPdf(pdf)),
    take: () => withPart((loaded) => loaded.takePendingPdf()),
    forget: () => withPart((loaded) => loaded.forgetPendingPdf()),
    suggestionsOn: () => part?.suggestionsOn() ?? true,
  });
  // The sending confirmation shows in the panel: the panel renders again, at once, when it opens or closes.
  const sendGuard = sendGuardFeature(
    (entry) => withPart((loaded) => loaded.recordSentInvoice(entry)),
    () => {
      const state = session.getState();
      if (state) stateListener?.(state, true);
    },
  );
  let panelRequested = false;
  const session = new PortalSession({
    document,
    visibility: layoutVisibility,
    features: [
      depositWindowFeature(),
      attachmentsFeature(),
      recipientHintFeature(() => withPart((loaded) => loaded.lastRecipient()), SAINT_ETIENNE_SIRET),
      signUpFeature(),
      sendGuard,
      receiptFeature(),
      analysisFeature(),
      autofill,
      // The directory is the extension's (IndexedDB): the background reads it for this page, through the panel part.
      directoryFeature((siret) => withPart((loaded) => loaded.directoryLookup(siret))),
    ],
    locale: uiLocale,
    history: () => history,
    // Paris time without the browser's time-zone data (loading it is a long task on the portal's page).
    today: () => parisToday(),
    // Reading ctx.isInvalid notices a reloaded extension and runs the onInvalidated listeners (stop, remove UI).
    alive: () => !ctx.isInvalid,
    onError,
    ready: panelShown,
    onState: (state, urgent) => {
      stateListener?.(state, urgent);
      // The first marks are on the page: the panel comes in a task of its own, so that the browser may paint
      // the marks first.
      if (!panelRequested) {
        panelRequested = true;
        inNextTask(startPanel);
      }
    },
  });
  ctx.onInvalidated(() => session.stop());

  const core: AssistantCore = {
    ctx,
    session,
    sendGuard,
    autofill,
    onError,
    useLanguage(words, locale) {
      useLocaleFile(words, locale);
      // Messages already shown (the verdicts, the notices) are said again in this language, with these words.
      session.check();
    },
    setHistory(loaded) {
      history = loaded;
      session.check();
    },
    onState(listener) {
      stateListener = listener;
    },
    panelShown: () => shown(),
  };

  const startPanel = () => {
    panel
      .then((start) => {
        if (session.stopped || ctx.isInvalid) throw new Error('stopped');
        part = start(core);
        resolvePart(part);
      })
      .catch((error: unknown) => {
        rejectPart(error);
        if (session.stopped) return;
        console.error("[Assistant Chorus Pro] le panneau n'a pas pu être chargé ; les champs restent vérifiés sur la page :", error);
        // The marks are there: the page mark goes without the panel.
        shown();
      });
  };

  session.start();
  return session;
}
