import { storage } from 'wxt/utils/storage';
import { historyFromList } from '../rules/history.ts';
import type { SentInvoiceHistory } from '../rules/types.ts';
import { sentInvoiceSchema, type SentInvoice } from '../model/sent-invoice.ts';

/** Oldest kept entries are dropped past this: the duplicate check only needs recent years. */
export const HISTORY_LIMIT = 5000;

/**
 * Invoices sent from this browser (number, recipient SIRET, date, amount): they let the assistant warn before a
 * number is deposited twice. v1 stored `{number, siret, at}`; v2 uses the rule engine's names and keeps the amount
 * and date. Migrations keep every past sending through extension updates.
 */
export const sentInvoicesItem = storage.defineItem<SentInvoice[]>('local:sentInvoices', {
  fallback: [],
  version: 2,
  migrations: {
    2: (old: { number?: string; siret?: string; at?: string }[] | null | undefined) =>
      (old ?? []).flatMap((entry) =>
        entry.number && entry.siret
          ? [{ invoiceNumber: entry.number, recipientSiret: entry.siret, sentAt: entry.at ?? new Date(0).toISOString() }]
          : [],
      ),
  },
});

export async function loadSentInvoices(): Promise<SentInvoice[]> {
  const raw: unknown = await sentInvoicesItem.getValue();
  // One damaged entry must not cost the others.
  return Array.isArray(raw) ? raw.flatMap((entry) => {
    const parsed = sentInvoiceSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  }) : [];
}

export async function recordSentInvoice(entry: SentInvoice): Promise<void> {
  const current = await loadSentInvoices();
  await sentInvoicesItem.setValue([...current, sentInvoiceSchema.parse(entry)].slice(-HISTORY_LIMIT));
}

export async function deleteSentInvoice(sentAt: string, invoiceNumber: string): Promise<void> {
  const current = await loadSentInvoices();
  await sentInvoicesItem.setValue(current.filter((entry) => !(entry.sentAt === sentAt && entry.invoiceNumber === invoiceNumber)));
}

export async function clearSentInvoices(): Promise<void> {
  await sentInvoicesItem.setValue([]);
}

export async function loadHistory(): Promise<SentInvoiceHistory> {
  return historyFromList(await loadSentInvoices());
}

/** CSV for a spreadsheet (semicolon, as French Excel expects), every cell quoted. */
export function historyToCsv(entries: readonly SentInvoice[]): string {
  const quote = (value: string | undefined) => `"${(value ?? '').replace(/"/g, '""')}"`;
  const header = ['Numéro de facture', 'SIRET destinataire', 'Destinataire', 'Date de facture', 'Montant', 'Envoyée le'];
  const rows = entries.map((entry) =>
    [entry.invoiceNumber, entry.recipientSiret, entry.recipientName, entry.date, entry.amount, entry.sentAt].map(quote).join(';'),
  );
  return [header.map(quote).join(';'), ...rows].join('\r\n');
}
