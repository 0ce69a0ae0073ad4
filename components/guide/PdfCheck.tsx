import { useEffect, useRef, useState } from 'preact/hooks';
import { VerdictList } from '../verdicts/index.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { UNSURE_NOTE } from '../../utils/autofill/plan.ts';
import { t, uiLocale, type MessageKey } from '../../utils/i18n/index.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../../utils/model/extracted.ts';
import { extractErrorMessage } from '../../utils/pdf/errors.ts';
import { BUILT_IN_PROFILES, type Profile } from '../../utils/rules/profiles.ts';
import type { SentInvoiceHistory } from '../../utils/rules/types.ts';
import { runPdfCheck, type PdfCheck as PdfCheckResult } from '../../utils/guide/pdf-check.ts';
import { buildTypeWhere, typeWhereAsText, type TypeWhereRow } from '../../utils/guide/type-where.ts';
import { TypeWhereTable } from './TypeWhereTable.tsx';
import { readInvoicePdf } from './read-pdf.ts';

const READ_LABELS: Record<ExtractedFieldKey, MessageKey> = {
  supplierSiret: 'guide_read_supplierSiret',
  supplierSiren: 'guide_read_supplierSiren',
  buyerSiret: 'guide_read_buyerSiret',
  buyerSiren: 'guide_read_buyerSiren',
  invoiceNumber: 'guide_read_invoiceNumber',
  invoiceDate: 'guide_read_invoiceDate',
  documentType: 'guide_read_documentType',
  currency: 'guide_read_currency',
  engagementNumber: 'guide_read_engagementNumber',
  serviceCode: 'guide_read_serviceCode',
  marketNumber: 'guide_read_marketNumber',
  totalHT: 'guide_read_totalHT',
  totalTVA: 'guide_read_totalTVA',
  totalTTC: 'guide_read_totalTTC',
  netAPayer: 'guide_read_netAPayer',
  iban: 'guide_read_iban',
};

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; name: string; code: string; message: string }
  | { kind: 'read'; name: string; source: string; pdf: ExtractedFields; unsure: readonly ExtractedFieldKey[]; check: PdfCheckResult; rows: TypeWhereRow[] };

export interface PdfCheckProps {
  history?: SentInvoiceHistory;
  profiles?: readonly Profile[];
}

/**
 * The supplier sends the invoice by e-mail; the desk drops it here, sees what the assistant reads in it, the
 * verdicts, and what to type where on the portal, and can send that back as text.
 */
export function PdfCheck({ history, profiles }: PdfCheckProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // A file dropped beside the zone must not make the browser leave the page to show the PDF.
    const stop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  // Numbers the files chosen: when one is chosen while another is read, the last one chosen wins.
  const lastChosen = useRef(0);
  async function read(file: File | undefined) {
    if (!file) return;
    const chosen = ++lastChosen.current;
    setState({ kind: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await readInvoicePdf(bytes);
      if (chosen !== lastChosen.current) return;
      if (!result.ok) {
        setState({ kind: 'failed', name: file.name, code: result.error.code, message: extractErrorMessage(result.error.code, uiLocale()) });
        return;
      }
      const unsure = result.unsure ?? [];
      const check = runPdfCheck(result.fields, { locale: uiLocale(), history, profiles, findings: result, fileName: file.name, unsure });
      const rows = buildTypeWhere(check.fields, check.result, profiles, check.unsure);
      setState({ kind: 'read', name: file.name, source: result.source, pdf: result.fields, unsure, check, rows });
    } catch {
      if (chosen !== lastChosen.current) return;
      setState({ kind: 'failed', name: file.name, code: 'corrupt', message: t('guide_pdf_unexpected') });
    }
  }

  return (
    <section class="guide-pdf" aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('guide_pdf_title')}</h2>
      <p class="guide-intro ca-no-print">{t('guide_pdf_intro')}</p>
      <div
        class={`guide-drop ca-no-print${dragging ? ' guide-drop--over' : ''}`}
        data-ca-drop="pdf"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void read(event.dataTransfer?.files[0]);
        }}
      >
        <label for="pdf-input">{t('guide_pdf_drop')}</label>
        <input
          id="pdf-input"
          type="file"
          accept="application/pdf,.pdf"
          data-ca-action="import-pdf"
          onChange={(event) => {
            void read(event.currentTarget.files?.[0]);
            // Choosing the same file again (after a fix on the supplier's side) reads it again.
            event.currentTarget.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite" class="guide-pdf__status" data-ca-pdf-state={state.kind}>
        {state.kind === 'reading' && <p>{t('guide_pdf_reading', state.name)}</p>}
        {state.kind === 'failed' && (
          <p class="ca-notice ca-notice--error" data-ca-error={state.code}>
            {state.message}
          </p>
        )}
        {state.kind === 'read' && <p>{t(state.source === 'facturx' ? 'guide_pdf_read_facturx' : 'guide_pdf_read_text', state.name)}</p>}
      </div>
      {state.kind === 'read' && <PdfResult state={state} profiles={profiles} />}
    </section>
  );
}

function profileName(id: string, profiles: readonly Profile[] = BUILT_IN_PROFILES): string {
  return profiles.find((profile) => profile.id === id)?.name ?? id;
}

function PdfResult({ state, profiles }: { state: Extract<State, { kind: 'read' }>; profiles?: readonly Profile[] }) {
  const read = (Object.keys(READ_LABELS) as ExtractedFieldKey[]).filter((key) => state.pdf[key] !== undefined);
  const text = typeWhereAsText(state.rows);
  return (
    <div class="guide-pdf__result">
      <div class="guide-pdf__details">
        <p class="guide-pdf__profile" data-ca-profile={state.check.result.profile}>
          {t('guide_pdf_profile', profileName(state.check.result.profile, profiles))}
        </p>
        <h3>{t('guide_pdf_read_title')}</h3>
        {read.length === 0 ? (
          <p>{t('guide_pdf_nothing_read')}</p>
        ) : (
          <dl class="guide-read" data-ca-read="pdf">
            {read.map((key) => (
              <div key={key} data-ca-read-field={key} data-ca-unsure={state.unsure.includes(key) ? 'true' : undefined}>
                <dt>{t(READ_LABELS[key])}</dt>
                <dd>
                  <span class="guide-read__value">{state.pdf[key]}</span>
                  {state.unsure.includes(key) && (
                    <>
                      {' '}
                      <span class="guide-unsure">{UNSURE_NOTE[uiLocale()]}</span>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        <h3>{t('guide_verdicts_title')}</h3>
        <VerdictList verdicts={state.check.result.verdicts} grouped={false} emptyText={t('common_no_message')} />
      </div>
      <h3>{t('guide_table_title')}</h3>
      <TypeWhereTable rows={state.rows} />
      <div class="guide-copy ca-no-print">
        <CopyButton text={text} label={t('guide_copy_table')} action="copy-type-where" />
        <details>
          <summary>{t('guide_show_text')}</summary>
          <textarea class="guide-copy__text" readOnly rows={14} aria-label={t('guide_text_label')} data-ca-text="type-where" value={text} />
        </details>
      </div>
    </div>
  );
}
