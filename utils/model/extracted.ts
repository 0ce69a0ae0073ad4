import { z } from 'zod';

/** The fields `extract` prints (shared/spec/contract.md): every value a string, each present only when found. */
export const extractedFieldsSchema = z
  .object({
    supplierSiret: z.string(),
    buyerSiret: z.string(),
    supplierSiren: z.string(),
    buyerSiren: z.string(),
    invoiceNumber: z.string(),
    invoiceDate: z.string(),
    documentType: z.enum(['facture', 'avoir']),
    currency: z.string(),
    engagementNumber: z.string(),
    serviceCode: z.string(),
    marketNumber: z.string(),
    totalHT: z.string(),
    totalTVA: z.string(),
    totalTTC: z.string(),
    netAPayer: z.string(),
    iban: z.string(),
  })
  .partial();

export type ExtractedFields = z.infer<typeof extractedFieldsSchema>;
export type ExtractedFieldKey = keyof ExtractedFields;
