import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import { PAGE_KINDS } from '../model/fields.ts';
import type { PendingPdf } from '../autofill/pending-pdf-schema.ts';
import type { DirectoryEntry } from '../directory/entry.ts';

const count = z.int().check(z.nonnegative());

/** What a Chorus Pro tab reports after each check: the badge and the popup show it. */
export const pageStatusSchema = z.object({
  page: z.nullable(z.enum(PAGE_KINDS)),
  profile: z.string(),
  counts: z.object({ error: count, warning: count, info: count }),
  /** The worst messages, already in the user's language. */
  top: z
    .array(z.object({ rule: z.string(), field: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string().check(z.maxLength(2000)) }))
    .check(z.maxLength(10)),
  /** The assistant does not fully recognise the page (expected fields not found, or a form it cannot place). */
  partial: z.optional(z.boolean()),
});
export type PageStatus = z.infer<typeof pageStatusSchema>;

interface ProtocolMap {
  /** Content script → background, after each check. */
  reportPageStatus(status: PageStatus): void;
  /** Popup → background: the status of a tab, or null when it is not a recognised Chorus Pro page. */
  getPageStatus(tabId: number): PageStatus | null;
  /** Content script → background: what was read in the PDF chosen in Chorus Pro's deposit window, for the entry form that follows. */
  rememberPendingPdf(pdf: PendingPdf): void;
  /** Content script → background: the PDF remembered for this tab, if recent enough. */
  takePendingPdf(): PendingPdf | null;
  /** After sending: the PDF read for this invoice is forgotten. */
  forgetPendingPdf(): void;
  /** Content script → background: the imported directory's entry of a recipient SIRET (null: no directory imported). */
  directoryLookup(siret: string): DirectoryEntry | null;
  /** Popup → a Chorus Pro tab's content script: the page's anonymised skeleton (utils/portal/skeleton.ts). */
  getPageSkeleton(): string;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
