import type { FieldKey, PageKind } from '../model/fields.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';
import type { FacturxFacts } from '../model/facturx-facts.ts';
import type { PdfMentions } from '../model/pdf-text.ts';
import type { PastSending } from '../model/sent-invoice.ts';
import type { DirectoryEntry } from '../directory/entry.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'fr' | 'en';

export const SEVERITY_RANK: Record<Severity | 'ok', number> = { ok: 0, info: 1, warning: 2, error: 3 };

/** A value the user can write in one click. An empty value means "vider le champ". */
export interface Fix {
  value: string;
  /**
   * Several values to pick from (a structure's services, the codes closest to a typo), best first: a list shows
   * each label and writes the chosen value. `value` is the first choice, for a client that offers only one.
   */
  choices?: FixChoice[];
}

export interface FixChoice {
  value: string;
  label: string;
}

/** What the user reads about one field. `field` is "page" for verdicts about the page itself. */
export interface Verdict {
  rule: string;
  field: FieldKey | 'page';
  severity: Severity;
  message: string;
  fix?: Fix;
}

/** What is known about the file chosen in the deposit window, beyond its name. */
export interface DepositFileInfo {
  name: string;
  sizeBytes?: number;
  isPdf?: boolean;
  encrypted?: boolean;
  hasTextLayer?: boolean;
}

/**
 * The form as a person sees it. A key that is absent is a field that is not on the page
 * (or was not found): it is not checked. A key with "" is an empty field.
 */
export interface FormSnapshot {
  page: PageKind;
  fields: Partial<Record<FieldKey, string>>;
  /** Fields whose label carries a star on this page; defaults to what portal.md lists. */
  starred?: readonly FieldKey[];
  depositFile?: DepositFileInfo;
}

export type { PastSending } from '../model/sent-invoice.ts';

/** Read access to the sent-invoice history; storage lives elsewhere. */
export interface SentInvoiceHistory {
  wasSent(invoiceNumber: string, recipientSiret: string): PastSending | undefined;
}

/** A file added in « Pièces jointes » on the entry form; its size when known (the file input gives it, a table row may not). */
export interface AttachmentInfo {
  name: string;
  sizeBytes?: number;
}

/**
 * What some checks need beyond the form: facts of the PDF read (in the deposit window, the panel or the guide page)
 * and the files added as attachments. Each is optional; without it, the checks that need it say nothing.
 * docs/rules.md (« Inputs ») says which check needs which, and who provides it.
 */
export interface BeyondFormInputs {
  /** The Factur-X facts of the PDF read (`ExtractSuccess.facturx`), when it carries Factur-X XML. */
  facturx?: FacturxFacts;
  /** The PDF's visible text, compacted (`ExtractSuccess.pdfText`, see compactPdfText). */
  pdfText?: string;
  /** The 2026 mentions found in the PDF's visible text (`ExtractSuccess.pdfMentions`). */
  pdfMentions?: PdfMentions;
  /** Every file added in « Pièces jointes » (empty list: none added). */
  attachments?: readonly AttachmentInfo[];
}

export interface CheckInput extends BeyondFormInputs {
  snapshot: FormSnapshot;
  pdf?: ExtractedFields;
  /** The PDF values the reader gave without corroboration (`unsure` of the extract result): never offered as a fix. */
  pdfUnsure?: readonly ExtractedFieldKey[];
  history?: SentInvoiceHistory;
  /** Defaults to today in France. */
  today?: { year: number; month: number; day: number };
  locale?: Locale;
  /** A recipient SIRET known from elsewhere (last sending, settings), used only when the page shows none. */
  recipientHint?: string;
  /** The Chorus Pro directory's entry for the recipient SIRET typed, when a directory is imported (utils/directory). */
  directory?: DirectoryEntry;
}

/** Everything a rule may look at, computed once per check. */
export interface RuleContext<P = Record<string, unknown>> extends BeyondFormInputs {
  snapshot: FormSnapshot;
  fields: Partial<Record<FieldKey, string>>;
  pdf: ExtractedFields | undefined;
  /** PDF values to check on the invoice before use: a rule shows them, never as a one-click fix. */
  pdfUnsure: ReadonlySet<ExtractedFieldKey>;
  history: SentInvoiceHistory | undefined;
  directory: DirectoryEntry | undefined;
  today: { year: number; month: number; day: number };
  locale: Locale;
  params: P;
  /** Message in the user's language; `{name}` placeholders come from `values`. */
  say(message: Messages, values?: Record<string, string | number>): string;
  /** The portal's label for a field, in the user's language. */
  label(field: FieldKey): string;
  /**
   * The recipient's SIRET as the page tells it: the entry form's SIRET, or in the deposit window the « Structure »
   * when it is a known public body's (that field may also be the supplier's own structure).
   */
  chosenRecipientSiret: string | undefined;
}

export interface Messages {
  fr: string;
  en: string;
}

export type RuleFinding = Omit<Verdict, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule<P = Record<string, unknown>> {
  id: string;
  /** The fields this rule looks at ("page" for a page-level rule); every verdict it gives is about one of them. */
  fields: readonly (FieldKey | 'page')[];
  /** Pages where it runs; all pages when absent. */
  pages?: readonly PageKind[];
  severity: Severity;
  check(context: RuleContext<P>): RuleFinding[];
}
