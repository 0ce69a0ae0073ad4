import type { PageKind } from '../model/fields.ts';
import { isFieldKey } from '../model/fields.ts';
import { FIELD_LABELS } from '../portal/pages.ts';
import type { Locale, Severity } from '../rules/types.ts';
import { t, uiLocale } from '../i18n/index.ts';

/**
 * "Copier le diagnostic": a short text a supplier pastes into an e-mail to the support desk. It says where the
 * supplier is and what the assistant found, and no more personal data than needed: no field values beyond what
 * the messages quote, e-mail addresses and IBANs masked, no URL query, no invoice PDF content.
 */
export interface DiagnosticVerdict {
  rule: string;
  field: string;
  severity: Severity;
  message: string;
}

export interface DiagnosticInput {
  /** The page kind recognised, or null when the page is not recognised. */
  page: PageKind | null;
  /** The profile applied (e.g. "saint-etienne"). */
  profile: string;
  verdicts: readonly DiagnosticVerdict[];
  /** Extension version (browser.runtime.getManifest().version). */
  extensionVersion?: string;
  /** Browser name and version as the user agent gives it, shortened by the caller if wished. */
  browser?: string;
  /** Defaults to now; fixed in tests. */
  now?: Date;
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// IBAN: two letters, two digits, then 10 to 30 letters/digits, possibly grouped by spaces.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

/** Masks what is personal and useless to the desk. Public SIRETs (the city's) stay: they help. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, `[${t('common_masked_email')}]`).replace(IBAN, `[${t('common_masked_iban')}]`);
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function fieldLabel(field: string, locale: Locale): string {
  return isFieldKey(field) ? FIELD_LABELS[field][locale] : t('common_field_page');
}

function pad(value: number): string {
  return value.toString().padStart(2, '0');
}

function stamp(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function pageKindLabel(page: PageKind | null): string {
  switch (page) {
    case 'connexion': return t('common_page_connexion');
    case 'accueil': return t('common_page_accueil');
    case 'factures-emises': return t('common_page_factures_emises');
    case 'depot': return t('common_page_depot');
    case 'analyse': return t('common_page_analyse');
    case 'saisie': return t('common_page_saisie');
    case 'travaux': return t('common_page_travaux');
    default: return t('common_page_unknown');
  }
}

export function severityLabel(severity: Severity): string {
  return severity === 'error' ? t('common_severity_error') : severity === 'warning' ? t('common_severity_warning') : t('common_severity_info');
}

/** The diagnostic text, in the user's language, messages worst first. */
export function buildDiagnostic(input: DiagnosticInput): string {
  const locale = uiLocale();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const verdict of input.verdicts) counts[verdict.severity]++;
  const sorted = [...input.verdicts].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const lines = [
    t('common_diag_title'),
    `${t('common_diag_date')} : ${stamp(input.now ?? new Date())}`,
    `${t('common_diag_page')} : ${pageKindLabel(input.page)}`,
    `${t('common_diag_profile')} : ${input.profile}`,
    `${t('common_diag_counts')} : ${t('common_counts', counts.error, counts.warning, counts.info)}`,
  ];
  if (input.extensionVersion || input.browser) {
    lines.push(`${t('common_diag_version')} : ${[input.extensionVersion, input.browser].filter(Boolean).join(' — ')}`);
  }
  lines.push('');
  if (sorted.length === 0) lines.push(t('common_diag_nothing'));
  for (const verdict of sorted) {
    lines.push(`- [${severityLabel(verdict.severity)}] ${fieldLabel(verdict.field, locale)} (${verdict.rule}) : ${maskPersonalData(verdict.message)}`);
  }
  return lines.join('\n');
}
