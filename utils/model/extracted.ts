import { z } from 'zod/mini';

/**
 * The fields `extract` prints (docs/extract.md): every value a string, each present only when found.
 * zod's small build: these schemas travel into the content script, which must stay light.
 */
export const extractedFieldsShape = {
  supplierSiret: z.optional(z.string()),
  buyerSiret: z.optional(z.string()),
  supplierSiren: z.optional(z.string()),
  buyerSiren: z.optional(z.string()),
  invoiceNumber: z.optional(z.string()),
  invoiceDate: z.optional(z.string()),
  documentType: z.optional(z.enum(['facture', 'avoir'])),
  currency: z.optional(z.string()),
  engagementNumber: z.optional(z.string()),
  serviceCode: z.optional(z.string()),
  marketNumber: z.optional(z.string()),
  totalHT: z.optional(z.string()),
  totalTVA: z.optional(z.string()),
  totalTTC: z.optional(z.string()),
  netAPayer: z.optional(z.string()),
  iban: z.optional(z.string()),
};

export const extractedFieldsSchema = z.object(extractedFieldsShape);

export type ExtractedFields = z.infer<typeof extractedFieldsSchema>;
export type ExtractedFieldKey = keyof ExtractedFields;

/** Every field key, in the order `extract` prints them. */
export const EXTRACTED_FIELD_KEYS = Object.keys(extractedFieldsShape) as [ExtractedFieldKey, ...ExtractedFieldKey[]];
