import { z } from 'zod';
import { EXTRACTED_FIELD_KEYS, extractedFieldsShape } from '../utils/model/extracted.ts';
import { facturxFactsShape } from '../utils/model/pdf-schemas.ts';
import { FIELD_KEYS, PAGE_KINDS } from '../utils/model/fields.ts';

const fieldKeySchema = z.enum(FIELD_KEYS);

/** The `check` command's input (docs/extract.md), plus optional context for tests and support. */
export const checkInputSchema = z.strictObject({
  page: z.enum(PAGE_KINDS),
  fields: z.partialRecord(fieldKeySchema, z.string()),
  /** The PDF's values as `extract` prints them; `unsure` lists those the reader could not confirm. */
  pdf: z.strictObject({ ...extractedFieldsShape, unsure: z.array(z.enum(EXTRACTED_FIELD_KEYS)).optional() }).optional(),
  /** Fields marked * on the page, when they differ from the portal's usual ones. */
  starred: z.array(fieldKeySchema).optional(),
  depositFile: z
    .strictObject({
      name: z.string(),
      sizeBytes: z.number().nonnegative().optional(),
      isPdf: z.boolean().optional(),
      encrypted: z.boolean().optional(),
      hasTextLayer: z.boolean().optional(),
    })
    .optional(),
  /** Invoices already sent from this browser, for the duplicate check. */
  history: z
    .array(z.strictObject({ invoiceNumber: z.string(), recipientSiret: z.string(), date: z.string().optional(), amount: z.string().optional(), sentAt: z.string().optional() }))
    .optional(),
  /**
   * The Factur-X facts of the PDF: `extract`'s `facturx` object as printed (profile, paymentMeansCode,
   * disagreements), optionally with buyerReference, buyerOrderReference, buyerSiret, buyerSiren (null: not in the
   * XML) and differences ({field, xml, text}); a fact left out is not checked.
   */
  facturx: z.strictObject(facturxFactsShape).optional(),
  /** The PDF's visible text, as `pdftotext` prints it or already compacted: where the typed number is looked for. */
  pdfText: z.string().optional(),
  /** The 2026 mentions found in the PDF's text: each "found", "unsure" or "missing". */
  pdfMentions: z.strictObject({ buyerId: z.enum(['found', 'unsure', 'missing']), operationCategory: z.enum(['found', 'unsure', 'missing']) }).optional(),
  /** The files added in « Pièces jointes ». */
  attachments: z.array(z.strictObject({ name: z.string(), sizeBytes: z.number().int().nonnegative().optional() })).optional(),
  today: z.iso.date().optional(),
  locale: z.enum(['fr', 'en']).optional(),
});

export type CheckCommandInput = z.infer<typeof checkInputSchema>;

/** One line per problem, in French, naming where it is: what a person fixing the file needs. */
export function describeInputErrors(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(racine)';
      if (issue.code === 'unrecognized_keys') return `${where} : clé inconnue ${issue.keys.map((key) => `« ${key} »`).join(', ')}`;
      if (issue.code === 'invalid_key') return `${where} : clé de champ inconnue`;
      if (issue.code === 'invalid_value') return `${where} : valeur non reconnue (attendu : ${issue.values.map(String).join(', ')})`;
      return `${where} : ${issue.message}`;
    })
    .join('\n');
}
