import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PENDING_PDF_TTL_MS, pendingPdfSchema, type PendingPdf } from '../autofill/pending-pdf-schema.ts';

/**
 * One remembered PDF per tab, in session storage (memory only, gone when the browser closes), dropped after
 * sending, after 30 minutes, or when the tab closes.
 */
const pendingPdfsItem = storage.defineItem<Record<string, PendingPdf>>('session:pendingPdfs', { fallback: {} });

async function load(): Promise<Record<string, PendingPdf>> {
  return z.catch(z.record(z.string(), pendingPdfSchema), {}).parse(await pendingPdfsItem.getValue());
}

function isFresh(pdf: PendingPdf, now = Date.now()): boolean {
  return now - pdf.savedAt >= 0 && now - pdf.savedAt < PENDING_PDF_TTL_MS;
}

/** Keeps what was read in the PDF chosen in a tab (a damaged value is ignored); stale ones of other tabs go. */
export async function rememberPendingPdf(tabId: number, pdf: unknown): Promise<void> {
  const parsed = pendingPdfSchema.safeParse(pdf);
  if (!parsed.success) return;
  const all = await load();
  for (const [key, kept] of Object.entries(all)) if (!isFresh(kept)) delete all[key];
  all[String(tabId)] = { ...parsed.data, savedAt: Date.now() };
  await pendingPdfsItem.setValue(all);
}

/** The PDF remembered for a tab, if recent enough. */
export async function pendingPdfOf(tabId: number): Promise<PendingPdf | null> {
  const pdf = (await load())[String(tabId)];
  if (!pdf) return null;
  if (isFresh(pdf)) return pdf;
  await forgetPendingPdf(tabId);
  return null;
}

export async function forgetPendingPdf(tabId: number): Promise<void> {
  const all = await load();
  if (!(String(tabId) in all)) return;
  delete all[String(tabId)];
  await pendingPdfsItem.setValue(all);
}
