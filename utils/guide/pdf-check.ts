import type { ExtractedFields } from '../model/extracted.ts';
import type { FieldKey } from '../model/fields.ts';
import { runChecks, type CheckResult } from '../rules/engine.ts';
import { PDF_TO_FORM } from '../model/pdf-to-form.ts';
import { BUILT_IN_PROFILES, SAINT_ETIENNE_SIRET, type Profile } from '../rules/profiles.ts';
import type { BeyondFormInputs, Locale, SentInvoiceHistory } from '../rules/types.ts';
import { QUICK_CHECK_FIELDS } from './quick-check.ts';

/**
 * The PDF check of the guide page: the invoice's values written as the portal's form expects them
 * (the same mapping the portal's "PDF differs from the form" check uses), then the same checks.
 */
export function formFieldsFromPdf(pdf: ExtractedFields): Partial<Record<FieldKey, string>> {
  // The key fields are present even when the PDF does not carry them: "not found" is worth a message
  // (e.g. the engagement number, without which the city refuses the invoice).
  const fields: Partial<Record<FieldKey, string>> = Object.fromEntries(QUICK_CHECK_FIELDS.map((key) => [key, '']));
  for (const mapping of Object.values(PDF_TO_FORM)) {
    if (!mapping) continue;
    const value = mapping.toForm(pdf);
    if (value !== null && value !== '') fields[mapping.field] = value;
  }
  return fields;
}

export interface PdfCheckOptions {
  locale?: Locale;
  history?: SentInvoiceHistory;
  profiles?: readonly Profile[];
  today?: { year: number; month: number; day: number };
  /** What the PDF read tells beyond its fields (`ExtractSuccess.facturx`, `.pdfText`, `.pdfMentions`). */
  findings?: Pick<BeyondFormInputs, 'facturx' | 'pdfText' | 'pdfMentions'>;
}

export interface PdfCheck {
  fields: Partial<Record<FieldKey, string>>;
  result: CheckResult;
}

export function runPdfCheck(pdf: ExtractedFields, options: PdfCheckOptions = {}): PdfCheck {
  const fields = formFieldsFromPdf(pdf);
  const result = runChecks(
    {
      snapshot: { page: 'saisie', fields },
      pdf,
      recipientHint: SAINT_ETIENNE_SIRET,
      locale: options.locale,
      history: options.history,
      today: options.today,
      ...(options.findings ? { facturx: options.findings.facturx, pdfText: options.findings.pdfText, pdfMentions: options.findings.pdfMentions } : {}),
    },
    options.profiles ?? BUILT_IN_PROFILES,
  );
  return { fields, result };
}
