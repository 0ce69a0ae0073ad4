import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';
import type { FieldKey } from '../model/fields.ts';
import { runChecks, type CheckResult } from '../rules/engine.ts';
import { PDF_TO_FORM } from '../model/pdf-to-form.ts';
import { BUILT_IN_PROFILES, SAINT_ETIENNE_SIRET, type Profile } from '../rules/profiles.ts';
import { SEVERITY_RANK, type BeyondFormInputs, type Locale, type SentInvoiceHistory } from '../rules/types.ts';
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
  /** The file's name, as the deposit window would show it (the Factur-X checks speak about that file). */
  fileName?: string;
  /** The values the reader could not confirm (`ExtractSuccess.unsure`): shown « à vérifier », never a fix. */
  unsure?: readonly ExtractedFieldKey[];
}

export interface PdfCheck {
  fields: Partial<Record<FieldKey, string>>;
  /** The form fields whose value comes from a PDF value the reader could not confirm. */
  unsure: FieldKey[];
  result: CheckResult;
}

/** The form fields that would get an unsure PDF value (the SIRET read from an unsure buyer SIRET, …). */
export function unsureFormFields(pdf: ExtractedFields, unsure: readonly ExtractedFieldKey[] = []): FieldKey[] {
  const fields = new Set<FieldKey>();
  for (const key of unsure) {
    const mapping = PDF_TO_FORM[key];
    if (mapping && mapping.toForm(pdf) !== null) fields.add(mapping.field);
  }
  return [...fields];
}

/**
 * The PDF as the portal's entry form would take it (its values typed in the form), and, when it carries Factur-X
 * XML, as the deposit window would take it: deposited through « Dépôt factures » the XML is what Chorus Pro
 * reads, so its checks run as they do there (on the entry form they stay silent: the form counts). Only what
 * that second look says about the file is kept; the rest was said by the first.
 */
export function runPdfCheck(pdf: ExtractedFields, options: PdfCheckOptions = {}): PdfCheck {
  const fields = formFieldsFromPdf(pdf);
  const profiles = options.profiles ?? BUILT_IN_PROFILES;
  const common = { pdf, pdfUnsure: options.unsure, recipientHint: SAINT_ETIENNE_SIRET, locale: options.locale, history: options.history, today: options.today };
  const findings = options.findings ?? {};
  const result = runChecks({ ...common, snapshot: { page: 'saisie', fields }, pdfText: findings.pdfText, pdfMentions: findings.pdfMentions }, profiles);
  if (findings.facturx) {
    // The recipient the XML is compared with is the one the entry form would get (the PDF's buyer).
    const asDeposited = runChecks(
      { ...common, snapshot: { page: 'depot', fields: { depositFile: options.fileName ?? 'facture.pdf', recipientSiret: fields.recipientSiret ?? '' } }, facturx: findings.facturx },
      profiles,
    );
    const aboutTheFile = asDeposited.verdicts.filter((verdict) => verdict.field === 'depositFile');
    result.verdicts = [...result.verdicts, ...aboutTheFile].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  }
  return { fields, unsure: unsureFormFields(pdf, options.unsure), result };
}
