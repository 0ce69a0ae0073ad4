import { stripSpaces } from '../model/siret.ts';
import { normalizeSpaces } from '../model/text.ts';
import type { PastSending, SentInvoiceHistory } from './types.ts';

const key = (invoiceNumber: string, recipientSiret: string) =>
  `${stripSpaces(recipientSiret)}|${normalizeSpaces(invoiceNumber).toUpperCase()}`;

/** A history over a plain list, as storage hands it over. */
export function historyFromList(sent: readonly PastSending[]): SentInvoiceHistory {
  const index = new Map(sent.map((entry) => [key(entry.invoiceNumber, entry.recipientSiret), entry]));
  return { wasSent: (invoiceNumber, recipientSiret) => index.get(key(invoiceNumber, recipientSiret)) };
}
