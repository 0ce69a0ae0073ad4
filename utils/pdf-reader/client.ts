import { EXTRACT_ERROR_MESSAGES } from '../pdf/errors.ts';
import { READER_CHANNEL, readerMessageSchema, type ReadResult } from './protocol.ts';

/** Longer than the reader's own time cap, so that its `timeout` answer normally arrives first. */
const ANSWER_TIMEOUT_MS = 15_000;

export interface PdfReaderClient {
  /** Starts the frame early (e.g. when the entry form shows) so that the first read is quick. */
  warmUp(): void;
  read(file: Blob, options?: { textOnly?: boolean }): Promise<ReadResult>;
  dispose(): void;
}

/**
 * Reads PDFs through the hidden reader frame. `container` is inside the assistant's shadow root, so the
 * portal's own scripts and styles never see the frame; `frameUrl` is the extension's pdf-reader.html.
 */
export function createPdfReaderClient(container: HTMLElement, frameUrl: string): PdfReaderClient {
  const view = container.ownerDocument.defaultView!;
  const frameOrigin = new URL(frameUrl).origin;
  let frame: HTMLIFrameElement | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 1;
  const pending = new Map<number, (result: ReadResult) => void>();
  let onReady: (() => void) | undefined;

  const onMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const parsed = readerMessageSchema.safeParse(event.data);
    if (!parsed.success) return;
    if (parsed.data.type === 'ready') onReady?.();
    else pending.get(parsed.data.id)?.(parsed.data.result);
  };
  view.addEventListener('message', onMessage);

  const start = () => {
    if (ready) return ready;
    ready = new Promise<void>((resolve) => {
      onReady = resolve;
    });
    frame = container.ownerDocument.createElement('iframe');
    frame.src = frameUrl;
    frame.title = 'Lecteur PDF local';
    frame.hidden = true;
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    container.append(frame);
    return ready;
  };

  return {
    warmUp() {
      void start();
    },
    async read(file, options = {}) {
      const started = view.performance.now();
      const bytes = await file.arrayBuffer();
      await start();
      const id = nextId++;
      return new Promise<ReadResult>((resolve) => {
        const timer = view.setTimeout(() => finish({ ok: false, error: { code: 'timeout', message: EXTRACT_ERROR_MESSAGES.timeout }, ms: view.performance.now() - started }), ANSWER_TIMEOUT_MS);
        const finish = (result: ReadResult) => {
          view.clearTimeout(timer);
          pending.delete(id);
          resolve(result);
        };
        pending.set(id, finish);
        frame!.contentWindow!.postMessage({ channel: READER_CHANNEL, type: 'read', id, bytes, textOnly: options.textOnly }, frameOrigin, [bytes]);
      });
    },
    dispose() {
      view.removeEventListener('message', onMessage);
      for (const finish of pending.values()) finish({ ok: false, error: { code: 'timeout', message: EXTRACT_ERROR_MESSAGES.timeout }, ms: 0 });
      frame?.remove();
      frame = undefined;
      ready = undefined;
    },
  };
}
