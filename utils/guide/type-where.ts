import type { FieldKey } from '../model/fields.ts';
import { FIELD_BLOCKS, FIELD_LABELS } from '../portal/pages.ts';
import type { CheckResult } from '../rules/engine.ts';
import { BUILT_IN_PROFILES, type Profile } from '../rules/profiles.ts';
import { SEVERITY_RANK, type Severity, type Verdict } from '../rules/types.ts';
import { t, uiLocale } from '../i18n/index.ts';
import { UNSURE_NOTE } from '../autofill/plan.ts';

/**
 * "What to type where": for each field of the portal, in the portal's own words (block › label), the value to
 * type in the portal's own formats (dd/mm/yyyy, decimal comma). The portal is French, so its words stay French;
 * an English page adds the translation beside them.
 */
export interface TypeWhereRow {
  block: string;
  field: FieldKey;
  label: string;
  /** What to type; "" means: leave the field empty. */
  value: string;
  /** The value comes from a PDF value the reader could not confirm: to check on the invoice before typing it. */
  unsure?: true;
  note?: string;
  /** The worst verdict left on this field once the value above is typed. */
  severity?: Severity;
}

const DEPOSIT_BLOCK = "DÉPÔT D'UNE NOUVELLE FACTURE";

function blockOf(field: FieldKey): string {
  for (const [block, fields] of Object.entries(FIELD_BLOCKS)) if (fields.includes(field)) return block;
  return '';
}

function portalLabel(field: FieldKey): string {
  const { fr, en } = FIELD_LABELS[field];
  return uiLocale() === 'en' && en !== fr ? `${fr} (${en})` : fr;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Values a profile fixes whatever the invoice says (A1, unsigned PDF, "NON" to "is it the State?"). */
function profileConstants(profile: Profile | undefined): Partial<Record<FieldKey, string>> {
  const params = profile?.params ?? {};
  const constants: Partial<Record<FieldKey, string>> = {};
  const format = asString(params.depositFormat);
  const frame = asString(params.billingFrameCaption) ?? asString(params.billingFrame);
  const siret = asString(params.recipientSiret);
  if (format) constants.depositFormat = format;
  if (frame) {
    constants.depositFrame = frame;
    constants.billingFrame = frame;
  }
  if (siret) {
    constants.depositStructure = siret;
    constants.recipientIsState = 'NON';
    constants.recipientSiret = siret;
  }
  return constants;
}

const ORDER: readonly FieldKey[] = [
  'depositFormat', 'depositFrame', 'depositStructure',
  ...Object.entries(FIELD_BLOCKS).filter(([block]) => block !== DEPOSIT_BLOCK && block !== 'INSCRIPTION').flatMap(([, fields]) => fields),
];

/**
 * Rows from the form values (as read from the PDF), corrected by the verdicts' fixes, completed by the
 * profile's constants. A field with an error and no fix keeps its value and says what is wrong. A value from a PDF
 * value the reader is unsure of (`unsure`, form fields) is marked, unless a profile's constant replaced it.
 */
export function buildTypeWhere(
  fields: Partial<Record<FieldKey, string>>,
  check: CheckResult,
  profiles: readonly Profile[] = BUILT_IN_PROFILES,
  unsure: readonly FieldKey[] = [],
): TypeWhereRow[] {
  const profile = profiles.find((candidate) => candidate.id === check.profile);
  const constants = profileConstants(profile);
  const values: Partial<Record<FieldKey, string>> = { ...fields, ...constants };
  const byField = new Map<FieldKey, Verdict[]>();
  for (const verdict of check.verdicts) {
    if (verdict.field === 'page') continue;
    byField.set(verdict.field, [...(byField.get(verdict.field) ?? []), verdict]);
  }

  const rows: TypeWhereRow[] = [];
  for (const field of ORDER) {
    if (!(field in values)) continue;
    const verdicts = byField.get(field) ?? [];
    const fix = verdicts.find((verdict) => verdict.fix && verdict.rule !== 'cpp/pdf-mismatch')?.fix;
    const value = fix ? fix.value : (values[field] ?? '');
    // Once the fix is typed, its own verdict is gone; what remains is what the staff must still resolve.
    const remaining = verdicts.filter((verdict) => !verdict.fix || verdict.fix.value !== value);
    const worst = remaining.reduce<Verdict | undefined>(
      (current, verdict) => (!current || SEVERITY_RANK[verdict.severity] > SEVERITY_RANK[current.severity] ? verdict : current),
      undefined,
    );
    let note: string | undefined;
    if (worst && worst.severity !== 'info') note = worst.message;
    // « Structure » may ask for the depositor's own structure rather than the recipient (not settled).
    else if (field === 'depositStructure') note = t('guide_table_structure_note');
    else if (value === '' && (field === 'serviceCode' || field === 'marketNumber' || field === 'serviceName')) note = t('guide_table_leave_empty');
    else if (value === '') note = t('guide_table_not_read');
    rows.push({
      block: field.startsWith('deposit') ? DEPOSIT_BLOCK : blockOf(field),
      field,
      label: portalLabel(field),
      value,
      ...(value !== '' && unsure.includes(field) && !(field in constants) ? { unsure: true as const } : {}),
      ...(note ? { note } : {}),
      ...(worst ? { severity: worst.severity } : {}),
    });
  }
  return rows;
}

/** The table as plain text for an e-mail: one line per field, then what is still to check. */
export function typeWhereAsText(rows: readonly TypeWhereRow[]): string {
  const lines = [t('guide_table_text_intro'), ''];
  let block = '';
  for (const row of rows) {
    if (row.block !== block) {
      if (block) lines.push('');
      block = row.block;
      lines.push(block);
    }
    const value = row.value === '' ? t('guide_table_empty_value') : row.value;
    const unsure = row.unsure ? ` (${UNSURE_NOTE[uiLocale()]})` : '';
    lines.push(`  ${row.label} : ${value}${unsure}${row.note ? `  (${row.note})` : ''}`);
  }
  return lines.join('\n');
}
