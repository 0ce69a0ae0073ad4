import { EXTRACT_ERROR_MESSAGES } from '../pdf/errors.ts';
import { READER_CHANNEL, readerMessageSchema, type ReadResult } from './protocol.ts';

/**
 * From the read asked to its answer, the frame's loading included: longer than the reader's own time cap, so that
 * its `timeout` answer normally arrives first.
 */
const ANSWER_TIMEOUT_MS = 15_000;

const failed = (code: 'timeout' | 'corrupt', ms: number): ReadResult => ({ ok: false, error: { code, message: EXTRACT_ERROR_MESSAGES[code] }, ms });

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
export function createPdfReaderClient(container: HTMLElement, frameUrl: string, options: { timeoutMs?: number } = {}): PdfReaderClient {
  const timeoutMs = options.timeoutMs ?? ANSWER_TIMEOUT_MS;
  const view = container.ownerDocument.defaultView!;
  const frameOrigin = new URL(frameUrl).origin;
  let frame: HTMLIFrameElement | undefined;
  let ready: Promise<void> | undefined;
  let frameReady = false;
  let nextId = 1;
  const pending = new Map<number, (result: ReadResult) => void>();
  let onReady: (() => void) | undefined;

  const onMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const parsed = readerMessageSchema.safeParse(event.data);
    if (!parsed.success) return;
    if (parsed.data.type === 'ready') {
      frameReady = true;
      onReady?.();
    }
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

  const removeFrame = () => {
    frame?.remove();
    frame = undefined;
    ready = undefined;
    frameReady = false;
  };

  return {
    warmUp() {
      void start();
    },
    read(file, readOptions = {}) {
      const started = view.performance.now();
      const id = nextId++;
      return new Promise<ReadResult>((resolve) => {
        // One bound for everything this read waits on: the file's bytes, the frame's loading, the reading.
        const timer = view.setTimeout(() => {
          finish(failed('timeout', view.performance.now() - started));
          // A frame that never loaded is dropped: the next read tries a new one.
          if (!frameReady) removeFrame();
        }, timeoutMs);
        const finish = (result: ReadResult) => {
          view.clearTimeout(timer);
          pending.delete(id);
          resolve(result);
        };
        pending.set(id, finish);
        const send = async () => {
          const bytes = await file.arrayBuffer();
          await start();
          // Answered meanwhile (timed out, or the assistant stopped): nothing more to send.
          if (!pending.has(id) || !frame?.contentWindow) return;
          frame.contentWindow.postMessage({ channel: READER_CHANNEL, type: 'read', id, bytes, textOnly: readOptions.textOnly }, frameOrigin, [bytes]);
        };
        // A file that cannot be read any more (removed, permissions) gets the reader's own answer for it.
        send().catch(() => finish(failed('corrupt', view.performance.now() - started)));
      });
    },
    dispose() {
      view.removeEventListener('message', onMessage);
      for (const finish of pending.values()) finish(failed('timeout', 0));
      removeFrame();
    },
  };
}
