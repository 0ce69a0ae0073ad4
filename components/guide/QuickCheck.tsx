import { useEffect, useMemo, useState } from 'preact/hooks';
import { VerdictList } from '../verdicts/index.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { FIELD_LABELS } from '../../utils/portal/pages.ts';
import { t, uiLocale, type MessageKey } from '../../utils/i18n/index.ts';
import { onlyDigits } from '../../utils/model/siret.ts';
import { worstByField } from '../../utils/rules/engine.ts';
import type { Profile } from '../../utils/rules/profiles.ts';
import type { SentInvoiceHistory, Verdict } from '../../utils/rules/types.ts';
import {
  applyQuickCheckFix,
  EMPTY_QUICK_CHECK,
  isUntouched,
  QUICK_CHECK_FIELDS,
  quickCheckAsText,
  runQuickCheck,
  type QuickCheckField,
  type QuickCheckValues,
} from '../../utils/guide/quick-check.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { useDirectoryEntry } from '../directory/use-directory-meta.ts';

const HINTS: Record<QuickCheckField, MessageKey> = {
  engagementNumber: 'guide_hint_engagement',
  serviceCode: 'guide_hint_service_code',
  recipientSiret: 'guide_hint_recipient_siret',
  invoiceNumber: 'guide_hint_invoice_number',
  invoiceDate: 'guide_hint_invoice_date',
  totalHT: 'guide_hint_amount',
  totalTVA: 'guide_hint_amount',
  totalTTC: 'guide_hint_amount',
  netAPayer: 'guide_hint_amount',
};

const count = (verdicts: readonly Verdict[], severity: Verdict['severity']) => verdicts.filter((verdict) => verdict.severity === severity).length;

export interface QuickCheckProps {
  history?: SentInvoiceHistory;
  profiles?: readonly Profile[];
  /** The imported Chorus Pro directory: the SIRET typed is looked up in it, for the same checks as on the portal. */
  directory?: DirectoryStore;
}

/**
 * What the supplier reads out on the phone, checked as the portal's panel would check it: same engine,
 * same messages, same marks (data-ca-field on the inputs, data-ca-rule / data-ca-severity on the messages).
 */
export function QuickCheck({ history, profiles, directory }: QuickCheckProps) {
  const [values, setValues] = useState<QuickCheckValues>(EMPTY_QUICK_CHECK);
  const [focusField, setFocusField] = useState<QuickCheckField | null>(null);
  // Fields the staff has typed in. Every verdict of the portal shows (same engine, same messages), but on the
  // phone one field comes at a time: the typed fields' messages come first, the others below as what to ask next.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const entry = useDirectoryEntry(directory, onlyDigits(values.recipientSiret));
  const result = useMemo(() => runQuickCheck(values, { locale: uiLocale(), history, profiles, directory: entry }), [values, history, profiles, entry]);
  const untouched = isUntouched(values);
  const shown = untouched ? [] : result.verdicts;
  const isTyped = (verdict: Verdict) => verdict.field === 'page' || touched.has(verdict.field);
  const typedVerdicts = shown.filter(isTyped);
  const nextVerdicts = shown.filter((verdict) => !isTyped(verdict));
  const worst = worstByField(shown);

  useEffect(() => {
    // After a fix, the keyboard user lands on the field that changed.
    if (focusField) document.getElementById(`qc-${focusField}`)?.focus();
  }, [focusField, values]);

  const onFix = (verdict: Verdict, value: string) => {
    if (!verdict.fix) return;
    setValues((current) => applyQuickCheckFix(current, verdict.field, value));
    setTouched((current) => new Set(current).add(verdict.field));
    if ((QUICK_CHECK_FIELDS as readonly string[]).includes(verdict.field)) setFocusField(verdict.field as QuickCheckField);
  };

  return (
    <section class="guide-quick ca-no-print" aria-labelledby="quick-title">
      <h2 id="quick-title">{t('guide_quick_title')}</h2>
      <p class="guide-intro">{t('guide_quick_intro')}</p>
      <form class="guide-quick__form" onSubmit={(event) => event.preventDefault()} data-ca-profile={untouched ? undefined : result.profile}>
        {QUICK_CHECK_FIELDS.map((field) => (
          <div class="guide-quick__field" key={field}>
            <label for={`qc-${field}`}>{FIELD_LABELS[field][uiLocale()]}</label>
            <input
              id={`qc-${field}`}
              class="ca-input"
              type="text"
              autocomplete="off"
              spellcheck={false}
              data-ca-field={field}
              data-ca-state={untouched ? undefined : (worst.get(field) ?? 'ok')}
              data-ca-typed={touched.has(field) ? '' : undefined}
              aria-invalid={worst.get(field) === 'error' ? 'true' : undefined}
              aria-describedby={`qc-${field}-hint`}
              value={values[field]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setFocusField(null);
                setTouched((current) => new Set(current).add(field));
                setValues((current) => ({ ...current, [field]: value }));
              }}
            />
            <span id={`qc-${field}-hint`} class="guide-hint">
              {t(HINTS[field])}
            </span>
          </div>
        ))}
      </form>
      <div class="guide-quick__verdicts">
        <h3 class="ca-visually-hidden">{t('guide_verdicts_title')}</h3>
        {/* A short live summary rather than the whole list: a screen reader is not flooded at each key. */}
        <p class="ca-visually-hidden" role="status">
          {untouched ? '' : t('common_counts', count(shown, 'error'), count(shown, 'warning'), count(shown, 'info'))}
        </p>
        {untouched ? (
          <p class="ca-notice">{t('guide_quick_empty')}</p>
        ) : (
          <>
            <VerdictList verdicts={[...typedVerdicts, ...nextVerdicts.filter((verdict) => verdict.severity === 'info')]} onFix={onFix} grouped={false} emptyText={t('guide_quick_typed_ok')} />
            {nextVerdicts.some((verdict) => verdict.severity !== 'info') && (
              <>
                <h4 class="guide-quick__next">{t('guide_quick_next_title')}</h4>
                <VerdictList verdicts={nextVerdicts.filter((verdict) => verdict.severity !== 'info')} onFix={onFix} grouped={false} />
              </>
            )}
          </>
        )}
      </div>
      <div class="guide-quick__actions">
        {!untouched && <CopyButton text={quickCheckAsText(values, shown)} label={t('guide_quick_copy')} action="copy-quick-check" />}
        <button
          type="button"
          class="ca-button"
          data-ca-action="clear-quick-check"
          onClick={() => {
            setValues(EMPTY_QUICK_CHECK);
            setTouched(new Set());
          }}
        >
          {t('guide_quick_clear')}
        </button>
      </div>
    </section>
  );
}
