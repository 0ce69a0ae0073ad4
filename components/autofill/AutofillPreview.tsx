import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { AutofillRow, UndoEntry } from '../../utils/autofill/plan.ts';
import { UNSURE_NOTE } from '../../utils/autofill/plan.ts';
import { t, uiLocale } from '../../utils/i18n/index.ts';
import { FIELD_LABELS } from '../../utils/portal/pages.ts';

export interface AutofillPreviewProps {
  rows: AutofillRow[];
  /** What the last apply wrote, while it can still be undone. */
  applied: UndoEntry[] | undefined;
  onApply(rows: AutofillRow[]): void;
  onUndo(): void;
}

const REASON_KEYS = {
  empty: 'autofill_reason_empty',
  recognised: 'autofill_reason_recognised',
  typed: 'autofill_reason_typed',
  different: 'autofill_reason_different',
} as const;

/** Field by field: what the form holds now → what the PDF says; the user ticks what to write. */
export function AutofillPreview({ rows, applied, onApply, onUndo }: AutofillPreviewProps): JSX.Element {
  const [ticked, setTicked] = useState(() => new Set(rows.filter((row) => row.checked).map((row) => row.field)));
  const writable = rows.filter((row) => !row.guided);
  const guided = rows.filter((row) => row.guided);

  if (applied) {
    return (
      <div class="ca-autofill__done">
        <p role="status">{t('autofill_applied', applied.length)}</p>
        <button type="button" class="ca-button" data-ca-action="undo-autofill" onClick={onUndo}>
          {t('autofill_undo')}
        </button>
      </div>
    );
  }
  if (rows.length === 0) return <p class="ca-autofill__same">{t('autofill_nothing')}</p>;

  const toggle = (row: AutofillRow) => {
    const next = new Set(ticked);
    if (next.has(row.field)) next.delete(row.field);
    else next.add(row.field);
    setTicked(next);
  };
  const label = (row: AutofillRow) => FIELD_LABELS[row.field][uiLocale()];
  const unsureNote = UNSURE_NOTE[uiLocale()];
  const describedBy = (row: AutofillRow) =>
    [row.unsure ? `ca-autofill-unsure-${row.field}` : '', `ca-autofill-change-${row.field}`, `ca-autofill-reason-${row.field}`].filter(Boolean).join(' ');

  return (
    <div class="ca-autofill__preview">
      {writable.length > 0 && (
        <fieldset class="ca-autofill__rows">
          <legend>{t('autofill_preview_caption')}</legend>
          {writable.some((row) => row.unsure) && <p class="ca-autofill__unsure-intro">{t('autofill_unsure_intro')}</p>}
          <ul>
            {writable.map((row) => (
              <li
                key={row.field}
                data-ca-autofill-field={row.field}
                data-ca-unsure={row.unsure ? 'true' : undefined}
                class={row.reason === 'typed' ? 'ca-autofill__row--typed' : undefined}
              >
                <input
                  type="checkbox"
                  id={`ca-autofill-${row.field}`}
                  checked={ticked.has(row.field)}
                  onChange={() => toggle(row)}
                  aria-describedby={describedBy(row)}
                />
                <div class="ca-autofill__row-body">
                  <label for={`ca-autofill-${row.field}`}>{label(row)}</label>
                  <p class="ca-autofill__change" id={`ca-autofill-change-${row.field}`}>
                    <span class="ca-autofill__value">{row.current || t('autofill_empty_value')}</span>
                    <span aria-hidden="true"> → </span>
                    <span class="ca-visually-hidden"> {t('autofill_becomes')} </span>
                    <span class="ca-autofill__value ca-autofill__value--pdf">{row.proposed}</span>
                  </p>
                  {row.unsure && (
                    <p class="ca-autofill__unsure" id={`ca-autofill-unsure-${row.field}`}>
                      {unsureNote}
                    </p>
                  )}
                  <p class="ca-autofill__reason" id={`ca-autofill-reason-${row.field}`}>
                    {t(REASON_KEYS[row.reason])}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {guided.map((row) => (
        <p class="ca-autofill__guided" key={row.field} data-ca-autofill-field={row.field} data-ca-unsure={row.unsure ? 'true' : undefined}>
          {t('autofill_guided', label(row))} <strong class="ca-autofill__copy">{row.proposed}</strong>
          {row.unsure && <span class="ca-autofill__unsure-inline"> ({unsureNote})</span>}
          <button type="button" class="ca-button ca-button--quiet" onClick={() => void navigator.clipboard?.writeText(row.proposed)}>
            {t('autofill_copy')}
          </button>
        </p>
      ))}
      {writable.length > 0 && (
        <button
          type="button"
          class="ca-button ca-button--primary"
          data-ca-action="apply-autofill"
          disabled={ticked.size === 0}
          onClick={() => onApply(rows.map((row) => ({ ...row, checked: ticked.has(row.field) })))}
        >
          {t('autofill_apply', ticked.size)}
        </button>
      )}
    </div>
  );
}
