import { parseAmountCents } from '../model/amount.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';
import type { FieldKey } from '../model/fields.ts';
import { PDF_TO_FORM } from '../model/pdf-to-form.ts';
import { isBlank, normalizeSpaces } from '../model/text.ts';
import { vatRegime } from '../rules/cpp/vat-type.ts';

/** Why a row is ticked or not: the user decides, these only set the default. */
export type AutofillReason = 'empty' | 'recognised' | 'typed' | 'different';

export interface AutofillRow {
  field: FieldKey;
  /** What the field shows now. */
  current: string;
  /** The PDF's value, written as the portal expects it. */
  proposed: string;
  reason: AutofillReason;
  /** Ticked by default only where nothing the user typed would be lost, and never for an unsure value. */
  checked: boolean;
  /**
   * The reader could not confirm this value (contract: `unsure`): proposed, never ticked by default, shown with
   * UNSURE_NOTE so that the user checks it on the invoice first.
   */
  unsure: boolean;
  /** The portal fills this field through its own search window: the assistant guides instead of writing. */
  guided: boolean;
}

export interface AutofillInput {
  /** The form as read from the page (absent key = field not on the page). */
  fields: Partial<Record<FieldKey, string>>;
  pdf: ExtractedFields;
  /** Fields whose value came from Chorus Pro's own recognition (shown in blue). */
  recognised?: ReadonlySet<FieldKey>;
  /** Fields the user typed in or changed by hand. */
  typed?: ReadonlySet<FieldKey>;
  /** Fields that cannot be written as a plain value (e.g. the recipient SIRET behind "Rechercher une structure"). */
  guided?: ReadonlySet<FieldKey>;
  /** Fields the recipient's profile does not want filled from the PDF (Saint-Étienne: the service code). */
  ignore?: readonly FieldKey[];
  /** The PDF values the reader gave without corroboration (`unsure` of the extract result). */
  unsure?: readonly ExtractedFieldKey[];
}

/** What an unsure row shows beside its value. */
export const UNSURE_NOTE = { fr: 'à vérifier sur la facture', en: 'check it on the invoice' } as const;

const NO_VAT_CAPTION = 'Sans TVA';

/**
 * What the PDF would change in the form, field by field. A field already holding the same value is left out;
 * a value the user typed, or one the reader is not sure of, is proposed but never ticked.
 */
export function planAutofill(input: AutofillInput): AutofillRow[] {
  const ignored = new Set(input.ignore ?? []);
  const unsure = new Set(input.unsure ?? []);
  const rows: AutofillRow[] = [];
  const row = (field: FieldKey, proposed: string, doubtful: boolean) => {
    const current = input.fields[field];
    if (current === undefined || ignored.has(field) || rows.some((existing) => existing.field === field)) return;
    const reason: AutofillReason = input.typed?.has(field)
      ? 'typed'
      : isBlank(current)
        ? 'empty'
        : input.recognised?.has(field)
          ? 'recognised'
          : 'different';
    const guided = input.guided?.has(field) ?? false;
    rows.push({ field, current: normalizeSpaces(current), proposed, reason, guided, unsure: doubtful, checked: !guided && !doubtful && (reason === 'empty' || reason === 'recognised') });
  };

  for (const key of Object.keys(PDF_TO_FORM) as (keyof ExtractedFields)[]) {
    const mapping = PDF_TO_FORM[key]!;
    const current = input.fields[mapping.field];
    if (input.pdf[key] === undefined || current === undefined) continue;
    if (!isBlank(current) && mapping.same(current, input.pdf)) continue;
    const proposed = mapping.toForm(input.pdf);
    if (proposed !== null) row(mapping.field, proposed, unsure.has(key));
  }

  // An invoice without VAT (micro-entrepreneur, art. 293 B du CGI) needs "Sans TVA" as its VAT type.
  const vatCurrent = input.fields.vatType;
  const regime = vatRegime(vatCurrent ?? '');
  if (vatCurrent !== undefined && parseAmountCents(input.pdf.totalTVA) === 0 && regime !== 'sans-tva' && regime !== 'exoneration') {
    row('vatType', NO_VAT_CAPTION, unsure.has('totalTVA'));
  }
  return rows;
}

/** A field's value before the autofill wrote it, to put it back exactly. */
export interface UndoEntry {
  field: FieldKey;
  previous: string;
}

/**
 * Writes the ticked rows through `write` (which behaves like a user: value, then input and change events)
 * and returns what undo needs. Rows that could not be written are left out of the undo.
 */
export function applyAutofill(rows: readonly AutofillRow[], write: (field: FieldKey, value: string) => boolean): UndoEntry[] {
  const undo: UndoEntry[] = [];
  for (const row of rows) {
    if (!row.checked || row.guided) continue;
    if (write(row.field, row.proposed)) undo.push({ field: row.field, previous: row.current });
  }
  return undo;
}

export function undoAutofill(undo: readonly UndoEntry[], write: (field: FieldKey, value: string) => boolean): void {
  for (const entry of [...undo].reverse()) write(entry.field, entry.previous);
}
