import { UNSURE_NOTE } from '../../utils/autofill/plan.ts';
import { t, uiLocale } from '../../utils/i18n/index.ts';
import type { TypeWhereRow } from '../../utils/guide/type-where.ts';

/** "What to type where", in the portal's words: block, field label, the value to type, what to watch. */
export function TypeWhereTable({ rows }: { rows: readonly TypeWhereRow[] }) {
  return (
    <table class="guide-table" data-ca-table="type-where">
      <caption>{t('guide_table_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('guide_table_block')}</th>
          <th scope="col">{t('guide_table_field')}</th>
          <th scope="col">{t('guide_table_value')}</th>
          <th scope="col">{t('guide_table_note')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} data-ca-field={row.field} data-ca-severity={row.severity}>
            <td>{row.block}</td>
            <th scope="row">{row.label}</th>
            <td class="guide-table__value">
              {row.value === '' ? <em>{t('guide_table_empty_value')}</em> : row.value}
              {row.unsure && (
                <>
                  {' '}
                  <span class="guide-unsure" data-ca-unsure="true">
                    {UNSURE_NOTE[uiLocale()]}
                  </span>
                </>
              )}
            </td>
            <td class={row.severity ? `guide-table__note guide-table__note--${row.severity}` : 'guide-table__note'}>{row.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
