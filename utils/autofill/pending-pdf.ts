import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { onMessage } from '../messaging/protocol.ts';
import { PENDING_PDF_TTL_MS, pendingPdfSchema, type PendingPdf } from './pending-pdf-schema.ts';

/**
 * Background side: one remembered PDF per tab, in session storage (memory only, gone when the browser
 * closes), dropped after sending, after 30 minutes, or when the tab closes.
 */
const pendingPdfsItem = storage.defineItem<Record<string, PendingPdf>>('session:pendingPdfs', { fallback: {} });

async function load(): Promise<Record<string, PendingPdf>> {
  return z.catch(z.record(z.string(), pendingPdfSchema), {}).parse(await pendingPdfsItem.getValue());
}

export function isFresh(pdf: PendingPdf, now = Date.now()): boolean {
  return now - pdf.savedAt >= 0 && now - pdf.savedAt < PENDING_PDF_TTL_MS;
}

export async function forgetPendingPdf(tabId: number): Promise<void> {
  const all = await load();
  if (!(String(tabId) in all)) return;
  delete all[String(tabId)];
  await pendingPdfsItem.setValue(all);
}

export function registerPendingPdfHandlers(): void {
  onMessage('rememberPendingPdf', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const parsed = pendingPdfSchema.safeParse(data);
    if (tabId === undefined || !parsed.success) return;
    const all = await load();
    for (const [key, pdf] of Object.entries(all)) if (!isFresh(pdf)) delete all[key];
    all[String(tabId)] = { ...parsed.data, savedAt: Date.now() };
    await pendingPdfsItem.setValue(all);
  });
  onMessage('takePendingPdf', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    const pdf = (await load())[String(tabId)];
    if (!pdf) return null;
    if (isFresh(pdf)) return pdf;
    await forgetPendingPdf(tabId);
    return null;
  });
  onMessage('forgetPendingPdf', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await forgetPendingPdf(sender.tab.id);
  });
}
