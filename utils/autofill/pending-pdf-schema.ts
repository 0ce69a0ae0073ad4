import { z } from 'zod/mini';
import { readResultSchema } from '../pdf-reader/protocol.ts';

/** What was read in the PDF the user chose in Chorus Pro's own deposit window. */
export const pendingPdfSchema = z.object({
  fileName: z.string().check(z.maxLength(500)),
  result: readResultSchema,
  /** Epoch milliseconds; after PENDING_PDF_TTL_MS it is forgotten. */
  savedAt: z.number(),
});
export type PendingPdf = z.infer<typeof pendingPdfSchema>;

/** The entry form follows the deposit within seconds; half an hour is plenty, and no more is kept. */
export const PENDING_PDF_TTL_MS = 30 * 60 * 1000;
