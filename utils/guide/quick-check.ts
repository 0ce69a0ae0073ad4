import type { FieldKey } from '../model/fields.ts';
import { FIELD_LABELS } from '../portal/pages.ts';
import { t, uiLocale } from '../i18n/index.ts';
import { severityLabel } from '../diagnostic/build-diagnostic.ts';
import { runChecks, type CheckResult } from '../rules/engine.ts';
import { BUILT_IN_PROFILES, SAINT_ETIENNE_SIRET, type Profile } from '../rules/profiles.ts';
import type { Locale, SentInvoiceHistory, Verdict } from '../rules/types.ts';
import type { DirectoryEntry } from '../directory/entry.ts';

/**
 * The quick check of the guide page: the fields a supplier reads out on the phone, checked by the same engine
 * as on the portal (page "saisie"), so the desk and the supplier see the same messages.
 */
export const QUICK_CHECK_FIELDS = [
  'engagementNumber', 'serviceCode', 'recipientSiret', 'invoiceNumber', 'invoiceDate', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer',
] as const satisfies readonly FieldKey[];
export type QuickCheckField = (typeof QUICK_CHECK_FIELDS)[number];

export type QuickCheckValues = Record<QuickCheckField, string>;

export const EMPTY_QUICK_CHECK: QuickCheckValues = Object.fromEntries(QUICK_CHECK_FIELDS.map((key) => [key, ''])) as QuickCheckValues;

/** Nothing typed yet: no message at all rather than a wall of "obligatoire". */
export function isUntouched(values: QuickCheckValues): boolean {
  return QUICK_CHECK_FIELDS.every((key) => values[key].trim() === '');
}

export interface QuickCheckOptions {
  locale?: Locale;
  history?: SentInvoiceHistory;
  profiles?: readonly Profile[];
  today?: { year: number; month: number; day: number };
  /** The imported directory's entry of the recipient SIRET typed, for its five checks. */
  directory?: DirectoryEntry;
}

/**
 * The guide is the Ville de Saint-Étienne's desk page: until a recipient SIRET is typed, the city's profile
 * applies (recipient hint), so its rules speak from the first field typed.
 */
export function runQuickCheck(values: QuickCheckValues, options: QuickCheckOptions = {}): CheckResult {
  return runChecks(
    {
      snapshot: { page: 'saisie', fields: { ...values } },
      recipientHint: SAINT_ETIENNE_SIRET,
      locale: options.locale,
      history: options.history,
      today: options.today,
      directory: options.directory,
    },
    options.profiles ?? BUILT_IN_PROFILES,
  );
}

/** A fix applies to the quick-check input of its field; verdicts about other fields have nothing to write. */
export function applyQuickCheckFix(values: QuickCheckValues, field: string, value: string): QuickCheckValues {
  if (!(QUICK_CHECK_FIELDS as readonly string[]).includes(field)) return values;
  return { ...values, [field]: value };
}

/**
 * The quick check as plain text for an e-mail to the supplier: the values typed, in the portal's words,
 * then the messages, worst first.
 */
export function quickCheckAsText(values: QuickCheckValues, verdicts: readonly Verdict[]): string {
  const locale = uiLocale();
  const typed = QUICK_CHECK_FIELDS.filter((field) => values[field].trim() !== '');
  const lines = [t('guide_quick_text_intro'), ...typed.map((field) => `  ${FIELD_LABELS[field][locale]} : ${values[field].trim()}`), ''];
  if (verdicts.length === 0) lines.push(t('common_no_message'));
  for (const verdict of verdicts) {
    const where = verdict.field === 'page' ? '' : ` ${FIELD_LABELS[verdict.field][locale]}`;
    lines.push(`- [${severityLabel(verdict.severity)}]${where} : ${verdict.message}${verdict.fix ? ` (${fixText(verdict.fix.value)})` : ''}`);
  }
  return lines.join('\n');
}

function fixText(value: string): string {
  return value === '' ? t('common_fix_empty') : t('common_fix_value', value);
}
