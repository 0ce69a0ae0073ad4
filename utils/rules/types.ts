import type { FieldKey, PageKind } from '../model/fields.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'fr' | 'en';

export const SEVERITY_RANK: Record<Severity | 'ok', number> = { ok: 0, info: 1, warning: 2, error: 3 };

/** A value the user can write in one click. An empty value means "vider le champ". */
export interface Fix {
  value: string;
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

/** A past sending, recorded on this browser. */
export interface SentInvoice {
  invoiceNumber: string;
  recipientSiret: string;
  date?: string;
  amount?: string;
  sentAt?: string;
}

/** Read access to the sent-invoice history; storage lives elsewhere. */
export interface SentInvoiceHistory {
  wasSent(invoiceNumber: string, recipientSiret: string): SentInvoice | undefined;
}

export interface CheckInput {
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
}

/** Everything a rule may look at, computed once per check. */
export interface RuleContext<P = Record<string, unknown>> {
  snapshot: FormSnapshot;
  fields: Partial<Record<FieldKey, string>>;
  pdf: ExtractedFields | undefined;
  /** PDF values to check on the invoice before use: a rule shows them, never as a one-click fix. */
  pdfUnsure: ReadonlySet<ExtractedFieldKey>;
  history: SentInvoiceHistory | undefined;
  today: { year: number; month: number; day: number };
  locale: Locale;
  params: P;
  /** Message in the user's language; `{name}` placeholders come from `values`. */
  say(message: Messages, values?: Record<string, string | number>): string;
  /** The portal's label for a field, in the user's language. */
  label(field: FieldKey): string;
}

export interface Messages {
  fr: string;
  en: string;
}

export type RuleFinding = Omit<Verdict, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule<P = Record<string, unknown>> {
  id: string;
  /** The fields this rule looks at ("page" for a page-level rule). */
  fields: readonly (FieldKey | 'page')[];
  /** Pages where it runs; all pages when absent. */
  pages?: readonly PageKind[];
  severity: Severity;
  check(context: RuleContext<P>): RuleFinding[];
}
