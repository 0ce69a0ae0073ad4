import { z } from 'zod/mini';
import { EXTRACTED_FIELD_KEYS, extractedFieldsSchema } from '../model/extracted.ts';
import { facturxFactsSchema, pdfMentionsSchema } from '../model/pdf-schemas.ts';
import { EXTRACT_ERROR_CODES } from '../pdf/errors.ts';

/**
 * The PDF reader runs in an extension page framed (hidden) inside the assistant's own UI: off the portal's
 * main thread, with pdf.js and its worker on the extension's origin, in Chrome and Firefox alike.
 * The page and the frame talk with postMessage; both sides validate what they receive.
 */
export const READER_CHANNEL = 'assistant-chorus-pro/pdf-reader';

export const readRequestSchema = z.object({
  channel: z.literal(READER_CHANNEL),
  type: z.literal('read'),
  id: z.int(),
  bytes: z.instanceof(ArrayBuffer),
  textOnly: z.optional(z.boolean()),
});

export const readResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    source: z.enum(['facturx', 'text']),
    fields: extractedFieldsSchema,
    // The keys of the values the reader gives without corroboration: shown « à vérifier », never ticked.
    unsure: z.optional(z.array(z.enum(EXTRACTED_FIELD_KEYS))),
    // What the checks of later rejections need (utils/pdf/findings.ts); the checks stay silent without them.
    facturx: z.optional(facturxFactsSchema),
    pdfText: z.optional(z.string()),
    pdfMentions: z.optional(pdfMentionsSchema),
    ms: z.number(),
  }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(EXTRACT_ERROR_CODES), message: z.string() }), ms: z.number() }),
]);
export type ReadResult = z.infer<typeof readResultSchema>;

/** A PDF the user chose, and what was read in it. */
export interface ReadPdf {
  fileName: string;
  result: ReadResult;
}

export const readerMessageSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal(READER_CHANNEL), type: z.literal('ready') }),
  z.object({ channel: z.literal(READER_CHANNEL), type: z.literal('result'), id: z.int(), result: readResultSchema }),
]);
