import { browser } from 'wxt/browser';
import { AutofillSection } from '../../components/autofill/AutofillSection.tsx';
import type { PanelSection } from '../../components/panel/Panel.tsx';
import { t } from '../../utils/i18n/index.ts';
import { sendMessage } from '../../utils/messaging/protocol.ts';
import { createPdfReaderClient, type PdfReaderClient } from '../../utils/pdf-reader/client.ts';
import { ASSISTANT_TAG } from '../../utils/portal/dom.ts';
import { autofillFeature, type AutofillFeature } from '../../utils/portal/features/autofill.ts';
import type { PortalSession } from '../../utils/portal/session.ts';
import { loadSettings, settingsItem } from '../../utils/storage/settings.ts';

export interface AutofillWiring {
  feature: AutofillFeature;
  /** The panel's PDF import and autofill preview on the current page, if it has one. */
  section(session: PortalSession): PanelSection | undefined;
  dispose(): void;
}

/**
 * The PDF import and autofill preview of the panel, wired to the extension: the reader frame inside the
 * assistant's shadow root, the background's memory of the deposit window's PDF, the autofill setting.
 */
export function wireAutofill(document: Document, onError: (error: unknown) => void): AutofillWiring {
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

  const feature = autofillFeature({
    reader: () => (reader ??= createPdfReaderClient(readerContainer(), browser.runtime.getURL('/pdf-reader.html'))),
    remember: (pdf) => sendMessage('rememberPendingPdf', pdf),
    take: () => sendMessage('takePendingPdf', undefined),
    forget: () => sendMessage('forgetPendingPdf', undefined),
    suggestionsOn: () => suggestionsOn,
  });

  return {
    feature,
    section(session) {
      const controller = feature.controller(session);
      if (!controller) return undefined;
      // The panel is in the page now: the reader frame can start in its shadow root, before any file is picked.
      feature.warmUp();
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
