import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createPdfReaderClient } from '../../../utils/pdf-reader/client.ts';
import { EXTRACT_ERROR_MESSAGES } from '../../../utils/pdf/errors.ts';

function container(): HTMLElement {
  // The frame's page never loads here, as when the extension's reader cannot start.
  const window = new Window({ settings: { disableIframePageLoading: true } });
  const document = window.document as unknown as Document;
  const holder = document.createElement('div');
  document.body.append(holder);
  return holder;
}

const pdf = () => new Blob(['%PDF-1.7\n%%EOF']);

describe('the PDF reader client', () => {
  it('ends a read in the French timeout message when the reader frame never says it is ready', async () => {
    const holder = container();
    const client = createPdfReaderClient(holder, 'chrome-extension://reader/pdf-reader.html', { timeoutMs: 50 });
    const result = await client.read(pdf());
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout', message: EXTRACT_ERROR_MESSAGES.timeout } });
    // The frame that never loaded is gone; the next read tries a new one, and is bounded the same way.
    expect(holder.querySelectorAll('iframe')).toHaveLength(0);
    const again = client.read(pdf());
    expect(holder.querySelectorAll('iframe')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(holder.querySelectorAll('iframe')).toHaveLength(1);
    expect(await again).toMatchObject({ ok: false, error: { code: 'timeout' } });
    client.dispose();
  });

  it('answers every waiting read when the assistant stops', async () => {
    const client = createPdfReaderClient(container(), 'chrome-extension://reader/pdf-reader.html', { timeoutMs: 60_000 });
    const reading = client.read(pdf());
    await new Promise((resolve) => setTimeout(resolve, 0));
    client.dispose();
    expect(await reading).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});
