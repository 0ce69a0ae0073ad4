import { FIELD_LABELS } from '../../utils/portal/pages.ts';
import { t, uiLocale } from '../../utils/i18n/index.ts';
import type { Severity, Verdict } from '../../utils/rules/types.ts';
import { FixChoices } from '../directory/FixChoices.tsx';
import { blockTitle, groupVerdicts } from './group.ts';
import './verdicts.css';

export interface VerdictListProps {
  verdicts: readonly Verdict[];
  /**
   * Called with the value to write when the user clicks a message's fix button (or one of its choices); without
   * it no fix button is shown.
   */
  onFix?: (verdict: Verdict, value: string) => void;
  /** Group by the portal's blocks (the panel) or a flat list (short lists). */
  grouped?: boolean;
  /** Shown when there is nothing to say. */
  emptyText?: string;
  /** Heading level of the block titles, to fit the page around (h3 by default). */
  headingLevel?: 2 | 3 | 4;
}

const SEVERITY_KEYS = {
  error: 'panel_severity_error',
  warning: 'panel_severity_warning',
  info: 'panel_severity_info',
} as const;

export function severityLabel(severity: Severity): string {
  return t(SEVERITY_KEYS[severity]);
}

function SeverityIcon({ severity }: { severity: Severity }) {
  // A shape as well as a colour, so that colour is never the only signal.
  const glyph = severity === 'error' ? '✕' : severity === 'warning' ? '!' : 'i';
  return (
    <span class={`ca-verdict__icon ca-verdict__icon--${severity}`} aria-hidden="true">
      {glyph}
    </span>
  );
}

/**
 * One message, marked as the contract says: data-ca-rule, data-ca-severity, and a fix button inside it (or, for a
 * fix with several values, a button per choice or a list and one button).
 */
export function VerdictItem({ verdict, onFix }: { verdict: Verdict; onFix?: (verdict: Verdict, value: string) => void }) {
  const fieldLabel = verdict.field === 'page' ? '' : FIELD_LABELS[verdict.field][uiLocale()];
  const fixLabel = verdict.fix ? (verdict.fix.value === '' ? t('panel_fix_empty') : t('panel_fix_value', verdict.fix.value)) : '';
  return (
    <li class={`ca-verdict ca-verdict--${verdict.severity}`} data-ca-rule={verdict.rule} data-ca-severity={verdict.severity} data-ca-for={verdict.field}>
      <SeverityIcon severity={verdict.severity} />
      <div class="ca-verdict__body">
        <p class="ca-verdict__head">
          <span class="ca-verdict__severity">{severityLabel(verdict.severity)}</span>
          {fieldLabel && <span class="ca-verdict__field"> · {fieldLabel}</span>}
        </p>
        <p class="ca-verdict__message">{verdict.message}</p>
        {verdict.fix && onFix && (verdict.fix.choices?.length ? (
          <FixChoices choices={verdict.fix.choices} fieldLabel={fieldLabel} onPick={(value) => onFix(verdict, value)} />
        ) : (
          <button
            type="button"
            class="ca-verdict__fix"
            data-ca-action="fix"
            aria-label={fieldLabel ? `${fixLabel} (${fieldLabel})` : fixLabel}
            onClick={() => onFix(verdict, verdict.fix!.value)}
          >
            {fixLabel}
          </button>
        ))}
      </div>
    </li>
  );
}

/**
 * A key per message: a check may say several things about one field (one message per attachment), so the n-th
 * message of a check about a field is told from the others by its rank.
 */
export function verdictKeys(verdicts: readonly Verdict[]): string[] {
  const seen = new Map<string, number>();
  return verdicts.map((verdict) => {
    const base = `${verdict.rule}|${verdict.field}`;
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return rank === 0 ? base : `${base}|${rank}`;
  });
}

/** The verdicts of a form, as the portal's panel shows them; reused by the support desk's guide page. */
export function VerdictList({ verdicts, onFix, grouped = true, emptyText, headingLevel = 3 }: VerdictListProps) {
  if (verdicts.length === 0) {
    return <p class="ca-verdicts__empty">{emptyText ?? t('panel_no_verdict')}</p>;
  }
  if (!grouped) {
    const keys = verdictKeys(verdicts);
    return (
      <ul class="ca-verdicts__list">
        {verdicts.map((verdict, index) => (
          <VerdictItem key={keys[index]} verdict={verdict} onFix={onFix} />
        ))}
      </ul>
    );
  }
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="ca-verdicts">
      {groupVerdicts(verdicts).map((group) => (
        <section class="ca-verdicts__group" key={group.block} aria-label={groupTitle(group.block)}>
          <Heading class="ca-verdicts__title">{groupTitle(group.block)}</Heading>
          <ul class="ca-verdicts__list">
            {verdictKeys(group.verdicts).map((key, index) => (
              <VerdictItem key={key} verdict={group.verdicts[index]!} onFix={onFix} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function groupTitle(block: string): string {
  if (block === 'page') return t('panel_block_page');
  if (block === 'other') return t('panel_block_other');
  return blockTitle(block);
}
