import type { FieldKey } from '../model/fields.ts';
import { FIELD_LABELS } from '../portal/pages.ts';
import { todayInFrance } from '../model/date.ts';
import { onlyDigits } from '../model/siret.ts';
import { isBlank } from '../model/text.ts';
import { BUILT_IN_PROFILES, CHORUS_PRO_PROFILE, profileForSiret, resolveProfileRules, type Profile } from './profiles.ts';
import { RULES } from './registry.ts';
import { quoteForMessage } from '../safety/quote.ts';
import { SEVERITY_RANK, type BeyondFormInputs, type CheckInput, type FormSnapshot, type Messages, type RuleContext, type Verdict } from './types.ts';

export interface CheckResult {
  profile: string;
  verdicts: Verdict[];
}

/**
 * The recipient the invoice is addressed to: the page's SIRET when one is typed, otherwise
 * (before a recipient is chosen) the buyer named by the PDF, otherwise a hint from elsewhere.
 */
export function chooseProfile(input: CheckInput, profiles: readonly Profile[] = BUILT_IN_PROFILES): Profile {
  const fields = input.snapshot.fields;
  if (!isBlank(fields.recipientSiret)) return profileForSiret(fields.recipientSiret!, profiles) ?? fallback(profiles);
  // The deposit window's « Structure » may be the supplier's own: only a known public body's SIRET decides.
  const structure = profileForSiret(fields.depositStructure ?? '', profiles);
  if (structure) return structure;
  const pdfSiret = input.pdf?.buyerSiret;
  if (pdfSiret) return profileForSiret(pdfSiret, profiles) ?? fallback(profiles);
  const pdfSiren = input.pdf?.buyerSiren;
  if (pdfSiren) {
    const bySiren = profiles.find((profile) => profile.recipientSirets.some((siret) => siret.startsWith(pdfSiren)));
    if (bySiren) return bySiren;
    return fallback(profiles);
  }
  if (input.recipientHint) return profileForSiret(input.recipientHint, profiles) ?? fallback(profiles);
  return fallback(profiles);
}

/**
 * The recipient's SIRET as the page tells it. In the deposit window « Structure » may be the supplier's own
 * structure: it counts only when it is a known public body's.
 */
export function chosenRecipientSiret(snapshot: FormSnapshot, profiles: readonly Profile[] = BUILT_IN_PROFILES): string | undefined {
  const typed = onlyDigits(snapshot.fields.recipientSiret ?? '');
  if (typed.length === 14) return typed;
  const structure = onlyDigits(snapshot.fields.depositStructure ?? '');
  return structure.length === 14 && profileForSiret(structure, profiles) ? structure : undefined;
}

const beyondForm = ({ facturx, pdfText, pdfMentions, attachments }: BeyondFormInputs): BeyondFormInputs => ({ facturx, pdfText, pdfMentions, attachments });

function fallback(profiles: readonly Profile[]): Profile {
  return profiles.find((profile) => profile.id === CHORUS_PRO_PROFILE.id) ?? CHORUS_PRO_PROFILE;
}

function interpolate(template: string, values: Record<string, string | number> = {}): string {
  // Values are what the user typed (or the PDF said): quoted short, without invisible characters.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? (typeof values[name] === 'string' ? quoteForMessage(values[name]) : String(values[name])) : whole));
}

/** Runs the checks of the profile that applies; verdicts come worst first, then in rule order. */
export function runChecks(input: CheckInput, profiles: readonly Profile[] = BUILT_IN_PROFILES): CheckResult {
  const profile = chooseProfile(input, profiles);
  const locale = input.locale ?? 'fr';
  const today = input.today ?? todayInFrance();
  const verdicts: Verdict[] = [];
  const extras = { ...beyondForm(input), chosenRecipientSiret: chosenRecipientSiret(input.snapshot, profiles) };
  const pdfUnsure = new Set(input.pdfUnsure ?? []);
  for (const { id, params } of resolveProfileRules(profile, profiles)) {
    const rule = RULES.get(id);
    if (!rule) continue;
    if (rule.pages && !rule.pages.includes(input.snapshot.page)) continue;
    const context: RuleContext = {
      snapshot: input.snapshot,
      fields: input.snapshot.fields,
      pdf: input.pdf,
      pdfUnsure,
      history: input.history,
      directory: input.directory,
      today,
      locale,
      params,
      say: (message: Messages, values) => interpolate(message[locale], values),
      label: (field: FieldKey) => FIELD_LABELS[field][locale],
      ...extras,
    };
    for (const finding of rule.check(context)) {
      verdicts.push({
        rule: rule.id,
        field: finding.field,
        severity: finding.severity ?? rule.severity,
        message: finding.message,
        ...(finding.fix ? { fix: finding.fix } : {}),
      });
    }
  }
  verdicts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return { profile: profile.id, verdicts };
}

/** The worst severity per field, as the page marks show it. */
export function worstByField(verdicts: readonly Verdict[]): Map<FieldKey | 'page', Verdict['severity']> {
  const worst = new Map<FieldKey | 'page', Verdict['severity']>();
  for (const verdict of verdicts) {
    const current = worst.get(verdict.field);
    if (!current || SEVERITY_RANK[verdict.severity] > SEVERITY_RANK[current]) worst.set(verdict.field, verdict.severity);
  }
  return worst;
}
