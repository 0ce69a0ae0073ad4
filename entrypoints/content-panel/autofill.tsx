import { browser } from 'wxt/browser';
import { AutofillSection } from '../../components/autofill/AutofillSection.tsx';
import type { PanelSection } from '../../components/panel/Panel.tsx';
import { t } from '../../utils/i18n/index.ts';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { createPdfReaderClient, type PdfReaderClient } from '../../utils/pdf-reader/client.ts';
import { ASSISTANT_TAG } from '../../utils/portal/dom.ts';
import type { AutofillFeature } from '../../utils/portal/features/autofill.ts';
import type { PortalSession } from '../../utils/portal/session.ts';
import { loadSettings, settingsItem } from '../../utils/storage/settings.ts';
import type { PanelPart } from '../content/handover.ts';

export interface AutofillWiring {
  /** What the autofill feature (in the marks part) asks of the extension. */
  services: Pick<PanelPart, 'reader' | 'rememberPendingPdf' | 'takePendingPdf' | 'forgetPendingPdf' | 'suggestionsOn'>;
  /** The panel's PDF import and autofill preview on the current page, if it has one. */
  section(session: PortalSession): PanelSection | undefined;
  dispose(): void;
}

/**
 * The PDF import and autofill preview of the panel, wired to the extension: the reader frame inside the
 * assistant's shadow root, the background's memory of the deposit window's PDF, the autofill setting.
 */
export function wireAutofill(document: Document, feature: AutofillFeature, onError: (error: unknown) => void): AutofillWiring {
  let suggestionsOn = true;
  loadSettings().then((settings) => (suggestionsOn = settings.autofillSuggestions), onError);
  const unwatchSettings = settingsItem.watch((settings) => (suggestionsOn = settings?.autofillSuggestions ?? true));

  let reader: PdfReaderClient | undefined;
  const readerContainer = () => {
    // Outside the panel's Preact root, so that rendering never touches the frame.
    const shadow = document.querySelector(ASSISTANT_TAG)?.shadowRoot;
    const holder = document.createElement('div');
    holder.hidden = true;
    (shadow ?? document.body).append(holder);
    return holder;
  };

  let warmUpQueued = false;

  return {
    services: {
      reader: () => (reader ??= createPdfReaderClient(readerContainer(), browser.runtime.getURL('/pdf-reader.html'))),
      rememberPendingPdf: (pdf) => sendMessage('rememberPendingPdf', pdf),
      takePendingPdf: () => sendMessage('takePendingPdf', undefined),
      forgetPendingPdf: () => sendMessage('forgetPendingPdf', undefined),
      suggestionsOn: () => suggestionsOn,
    },
    section(session) {
      const controller = feature.controller(session);
      if (!controller) return undefined;
      // The panel is in the page now: the reader frame can start in its shadow root, when the page is idle and
      // before any file is picked.
      if (!warmUpQueued) {
        warmUpQueued = true;
        requestIdleCallback(() => feature.warmUp(), { timeout: 1000 });
      }
      return {
        id: 'autofill',
        title: t('autofill_title'),
        content: (
          <AutofillSection
            // A PDF handed over from elsewhere (the deposit window, the background) starts the section afresh; the
            // section's own imports do not: it shows their outcome itself, a failed one after a good one included.
            key={`${session.page}|${controller.handedOver}|${controller.offerAutofill}`}
            readPdf={controller.readPdf}
            planFor={controller.planFor}
            write={controller.write}
            onPdf={controller.onPdf}
            initial={controller.latest}
            offerAutofill={controller.offerAutofill}
            showTitle={false}
          />
        ),
      };
    },
    dispose() {
      unwatchSettings();
      reader?.dispose();
    },
  };
}
