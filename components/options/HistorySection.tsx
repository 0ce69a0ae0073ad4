import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import type { SentInvoice } from '../../utils/model/sent-invoice.ts';
import { historyToCsv } from '../../utils/storage/history.ts';
import type { OptionsStore } from './OptionsApp.tsx';
import { downloadText } from './download.ts';

function formatSentAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(document.documentElement.lang || 'fr');
}

/** The invoices sent from this browser: the duplicate-number warning relies on them. */
export function HistorySection({ store }: { store: Pick<OptionsStore, 'loadSentInvoices' | 'deleteSentInvoice' | 'clearSentInvoices'> }) {
  const [entries, setEntries] = useState<SentInvoice[] | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');

  const reload = async () => setEntries(await store.loadSentInvoices());
  useEffect(() => {
    void reload();
  }, []);

  const remove = async (entry: SentInvoice) => {
    await store.deleteSentInvoice(entry.sentAt, entry.invoiceNumber);
    await reload();
    setStatus(t('options_history_deleted', entry.invoiceNumber));
  };
  const clear = async () => {
    await store.clearSentInvoices();
    setConfirmClear(false);
    await reload();
    setStatus(t('options_history_cleared'));
  };

  if (!entries) return null;
  // Newest first: the desk usually asks about the last sending.
  const shown = [...entries].reverse();
  return (
    <section aria-labelledby="history-title" class="options-section">
      <h2 id="history-title">{t('options_history_title')}</h2>
      <p class="options-help">{t('options_history_help')}</p>
      {shown.length === 0 ? (
        <p class="ca-notice" data-ca-history="empty">{t('options_history_empty')}</p>
      ) : (
        <table class="options-table" data-ca-history="list">
          <caption class="ca-visually-hidden">{t('options_history_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_history_number')}</th>
              <th scope="col">{t('options_history_recipient')}</th>
              <th scope="col">{t('options_history_date')}</th>
              <th scope="col">{t('options_history_amount')}</th>
              <th scope="col">{t('options_history_sent_at')}</th>
              <th scope="col"><span class="ca-visually-hidden">{t('options_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={`${entry.sentAt}|${entry.invoiceNumber}`} data-ca-history-entry={entry.invoiceNumber}>
                <th scope="row">{entry.invoiceNumber}</th>
                <td>{entry.recipientName ? `${entry.recipientName} (${entry.recipientSiret})` : entry.recipientSiret}</td>
                <td>{entry.date ?? ''}</td>
                <td>{entry.amount ?? ''}</td>
                <td>{formatSentAt(entry.sentAt)}</td>
                <td>
                  <button
                    type="button"
                    class="ca-button ca-button--danger"
                    data-ca-action="delete-history-entry"
                    aria-label={t('options_history_delete_one', entry.invoiceNumber)}
                    onClick={() => void remove(entry)}
                  >
                    {t('options_delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="options-actions">
        <button
          type="button"
          class="ca-button"
          data-ca-action="export-history"
          disabled={shown.length === 0}
          onClick={() => downloadText('factures-envoyees.csv', historyToCsv(entries))}
        >
          {t('options_history_export')}
        </button>
        {!confirmClear ? (
          <button type="button" class="ca-button ca-button--danger" data-ca-action="clear-history" disabled={shown.length === 0} onClick={() => setConfirmClear(true)}>
            {t('options_history_clear')}
          </button>
        ) : (
          <div class="options-confirm" role="group" aria-labelledby="clear-confirm-text">
            <p id="clear-confirm-text">{t('options_history_clear_confirm', entries.length)}</p>
            <button type="button" class="ca-button ca-button--danger" data-ca-action="confirm-clear-history" onClick={() => void clear()}>
              {t('options_history_clear_yes')}
            </button>
            <button type="button" class="ca-button" data-ca-action="cancel-clear-history" onClick={() => setConfirmClear(false)}>
              {t('options_cancel')}
            </button>
          </div>
        )}
      </div>
      <p role="status" class="options-status">
        {status}
      </p>
    </section>
  );
}
