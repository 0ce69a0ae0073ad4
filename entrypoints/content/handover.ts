import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PendingPdf } from '../../utils/autofill/pending-pdf-schema.ts';
import type { DirectoryEntry } from '../../utils/directory/entry.ts';
import type { LocaleFile } from '../../utils/i18n/index.ts';
import type { SentInvoice } from '../../utils/model/sent-invoice.ts';
import type { PdfReaderClient } from '../../utils/pdf-reader/client.ts';
import type { AutofillFeature } from '../../utils/portal/features/autofill.ts';
import type { SendGuard } from '../../utils/portal/features/send-guard.ts';
import type { PortalSession, SessionState } from '../../utils/portal/session.ts';
import type { Locale, SentInvoiceHistory } from '../../utils/rules/types.ts';

/**
 * The content script comes in two parts (docs/portal.md, "How the content script is put together"):
 *
 * - the **marks** (`entrypoints/content`), injected in every Chorus Pro page: the session, the checks, the
 *   features' logic. It marks the fields, then loads
 * - the **panel** (`entrypoints/content-panel`, an ES module loaded with `import()`): everything the assistant
 *   shows (Preact, the panel, its styles and words) and everything it asks of the extension (storage, the
 *   background, the PDF reader frame).
 *
 * Each part is its own bundle: a module both import (utils/i18n…) exists twice, with its own state. What they share
 * is handed over here, as values: types only in this file, so that neither bundle pulls in the other.
 */

/** What the marks hand to the panel once the first marks are on the page. */
export interface AssistantCore {
  ctx: ContentScriptContext;
  session: PortalSession;
  sendGuard: SendGuard;
  autofill: AutofillFeature;
  /** Reports an unexpected error once in the console; the portal page stays usable. */
  onError(error: unknown): void;
  /**
   * The language chosen in the settings (with the panel's words, which the features' notices use): the checks
   * speak it from now on, and the page is checked again.
   */
  useLanguage(words: LocaleFile, locale: Locale): void;
  /** The invoices sent from this browser, for the duplicate check (the page is checked again). */
  setHistory(history: SentInvoiceHistory): void;
  /** Called after every check; `urgent` when the page just changed (show it at once, not on the next frame). */
  onState(listener: (state: SessionState, urgent: boolean) => void): void;
  /** The panel shows the verdicts (or could not be shown): the page mark `data-ca-page` may go. */
  panelShown(): void;
}

/** What the panel gives back: what the features ask of the extension. */
export interface PanelPart {
  recordSentInvoice(entry: SentInvoice): Promise<void>;
  /** The imported directory's entry of a recipient SIRET (null: none imported), read by the background. */
  directoryLookup(siret: string): Promise<DirectoryEntry | null>;
  /** The recipient SIRET of the last sending recorded on this browser. */
  lastRecipient(): Promise<string | undefined>;
  /** The local PDF reader (its frame in the panel's shadow root), created on first use. */
  reader(): PdfReaderClient;
  rememberPendingPdf(pdf: PendingPdf): Promise<void>;
  takePendingPdf(): Promise<PendingPdf | null>;
  forgetPendingPdf(): Promise<void>;
  /** The « suggestions de remplissage » setting. */
  suggestionsOn(): boolean;
}

/** The panel module's default export (entrypoints/content-panel/index.ts). */
export type StartPanel = (core: AssistantCore) => PanelPart;
