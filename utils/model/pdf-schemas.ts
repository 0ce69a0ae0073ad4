import { z } from 'zod/mini';
import { extractedFieldsShape, type ExtractedFieldKey } from './extracted.ts';

/*
 * What the PDF reader hands over about a PDF beyond its fields (./facturx-facts.ts, ./pdf-text.ts), as zod checks
 * it on arrival, in zod's small build. Apart from the types and helpers, which the content script's checks use
 * without carrying zod.
 */

const extractedFieldKeySchema = z.enum(Object.keys(extractedFieldsShape) as [ExtractedFieldKey, ...ExtractedFieldKey[]]);
const orNull = z.nullable(z.string());

/** The facts of a PDF's Factur-X XML (FacturxFacts), from the PDF reader to the content script and in `cli check`'s input. */
export const facturxFactsShape = {
  profile: z.string(),
  paymentMeansCode: orNull,
  buyerReference: z.optional(orNull),
  buyerOrderReference: z.optional(orNull),
  buyerSiret: z.optional(orNull),
  buyerSiren: z.optional(orNull),
  disagreements: z.array(extractedFieldKeySchema),
  differences: z.optional(z.array(z.object({ field: extractedFieldKeySchema, xml: z.string(), text: z.string() }))),
};

export const facturxFactsSchema = z.object({ ...facturxFactsShape });

const presence = z.enum(['found', 'unsure', 'missing']);

/** The 2026 mentions found in a PDF's visible text (PdfMentions), from the PDF reader to the content script. */
export const pdfMentionsSchema = z.object({ buyerId: presence, operationCategory: presence });
