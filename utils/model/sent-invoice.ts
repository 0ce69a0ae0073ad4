import { z } from 'zod/mini';

/**
 * An invoice sent from this browser, as the sending guard records it, storage keeps it (storage.local only:
 * never synced, never sent anywhere), the settings list it and the duplicate check reads it.
 */
export const sentInvoiceSchema = z.object({
  invoiceNumber: z.string(),
  recipientSiret: z.string(),
  recipientName: z.optional(z.string()),
  date: z.optional(z.string()),
  amount: z.optional(z.string()),
  /** ISO date-time of the sending. */
  sentAt: z.string(),
});
export type SentInvoice = z.infer<typeof sentInvoiceSchema>;

/** A past sending as the duplicate check reads it: the CLI's input may leave out when it was sent. */
export type PastSending = Omit<SentInvoice, 'sentAt'> & Partial<Pick<SentInvoice, 'sentAt'>>;
