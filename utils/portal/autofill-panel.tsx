import { browser } from 'wxt/browser';
import { AutofillSection } from '../../components/autofill/AutofillSection.tsx';
import { registerPanelSection } from '../../components/panel/sections.ts';
import { t } from '../i18n/index.ts';
import { sendMessage } from '../messaging/protocol.ts';
import { createPdfReaderClient, type PdfReaderClient } from '../pdf-reader/client.ts';
import type { ReadPdf } from '../pdf-reader/protocol.ts';
import { loadSettings, settingsItem } from '../storage/settings.ts';
import { ASSISTANT_TAG } from './dom.ts';
import { autofillFeature, type AutofillFeature } from './features/autofill.ts';

/**
 * The PDF import and autofill preview of the panel, wired to the extension: the reader frame inside the
 * assistant's shadow root, the background's memory of the deposit window's PDF, the autofill setting.
 */
export function installAutofill(document: Document, onError: (error: unknown) => void): { feature: AutofillFeature; dispose(): void } {
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

  // A new PDF (read here or handed over from the deposit window) starts the section afresh.
  const readIds = new WeakMap<ReadPdf, number>();
  let nextId = 1;
  const idOf = (read: ReadPdf | undefined) => {
    if (!read) return 0;
    if (!readIds.has(read)) readIds.set(read, nextId++);
    return readIds.get(read)!;
  };

  const unregister = registerPanelSection({
    id: 'autofill',
    order: 10,
    pages: ['saisie', 'depot'],
    title: t('autofill_title'),
    render(session) {
      const controller = feature.controller(session);
      if (!controller) return null;
      // The panel is in the page now: the reader frame can start in its shadow root, before any file is picked.
      feature.warmUp();
      return (
        <AutofillSection
          key={`${session.page}|${idOf(controller.latest)}|${controller.offerAutofill}`}
          readPdf={controller.readPdf}
          planFor={controller.planFor}
          write={controller.write}
          onPdf={controller.onPdf}
          initial={controller.latest}
          offerAutofill={controller.offerAutofill}
          showTitle={false}
        />
      );
    },
  });

  return {
    feature,
    dispose() {
      unregister();
      unwatchSettings();
      reader?.dispose();
    },
  };
}
