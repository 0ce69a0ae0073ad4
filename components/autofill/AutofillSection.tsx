import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { AutofillRow, UndoEntry } from '../../utils/autofill/plan.ts';
import { applyAutofill, undoAutofill } from '../../utils/autofill/plan.ts';
import { t, uiLocale } from '../../utils/i18n/index.ts';
import type { ExtractedFields } from '../../utils/model/extracted.ts';
import type { FieldKey } from '../../utils/model/fields.ts';
import { extractErrorMessage } from '../../utils/pdf/errors.ts';
import type { ReadPdf, ReadResult } from '../../utils/pdf-reader/protocol.ts';
import { AutofillPreview } from './AutofillPreview.tsx';
import { PdfDropZone } from './PdfDropZone.tsx';
import './autofill.css';

export interface AutofillSectionProps {
  /** Reads a PDF locally (the reader frame). */
  readPdf(file: File): Promise<ReadResult>;
  /** What the PDF would change in the form now (the plan is made when the PDF is read and after each undo). */
  planFor(pdf: ExtractedFields): AutofillRow[];
  /** Writes one field like a user would; false when the page refused. */
  write(field: FieldKey, value: string): boolean;
  /** Tells the page what the PDF says, for the cross-checks, or that it was forgotten. */
  onPdf(read: ReadPdf | undefined): void;
  /** A PDF already read and shared with the page (e.g. the one chosen in Chorus Pro's deposit window). */
  initial?: ReadPdf;
  /** False where there is no form to fill (deposit window) or when suggestions are off in the settings. */
  offerAutofill: boolean;
  /** The panel gives the section its own heading; an extension page may want this one. */
  showTitle?: boolean;
}

type Status = { kind: 'idle' } | { kind: 'reading'; fileName: string } | { kind: 'read'; read: ReadPdf } | { kind: 'failed'; read: ReadPdf };

function statusOf(read: ReadPdf | undefined): Status {
  if (!read) return { kind: 'idle' };
  return read.result.ok ? { kind: 'read', read } : { kind: 'failed', read };
}

/** The PDF import of the panel: pick or drop a PDF, see what was read, preview and confirm the autofill, undo. */
export function AutofillSection({ readPdf, planFor, write, onPdf, initial, offerAutofill, showTitle = true }: AutofillSectionProps): JSX.Element {
  const [status, setStatus] = useState<Status>(() => statusOf(initial));
  const [rows, setRows] = useState<AutofillRow[]>(() => (initial?.result.ok && offerAutofill ? planFor(initial.result.fields) : []));
  const [undo, setUndo] = useState<UndoEntry[] | undefined>();
  const reading = useRef(0);

  const read = async (file: File) => {
    const ticket = ++reading.current;
    setStatus({ kind: 'reading', fileName: file.name });
    setUndo(undefined);
    const result = await readPdf(file);
    if (ticket !== reading.current) return;
    const done: ReadPdf = { fileName: file.name, result };
    // The page learns the PDF first: it may change the recipient's profile, which the plan follows.
    onPdf(result.ok ? done : undefined);
    setStatus(statusOf(done));
    setRows(result.ok && offerAutofill ? planFor(result.fields) : []);
  };

  const apply = (chosen: AutofillRow[]) => {
    const entries = applyAutofill(chosen, write);
    setUndo(entries);
  };

  const revert = () => {
    if (!undo) return;
    undoAutofill(undo, write);
    setUndo(undefined);
    if (status.kind === 'read' && status.read.result.ok) setRows(planFor(status.read.result.fields));
  };

  return (
    <div class="ca-autofill">
      {showTitle && <h2 class="ca-autofill__title">{t('autofill_title')}</h2>}
      <PdfDropZone onFile={read} busy={status.kind === 'reading'} />
      <p class="ca-autofill__status" role="status" aria-live="polite">
        {status.kind === 'reading' && t('autofill_reading', status.fileName)}
        {status.kind === 'read' && status.read.result.ok && readSummary(status.read)}
      </p>
      {status.kind === 'failed' && !status.read.result.ok && (
        <p class="ca-autofill__error" role="alert">
          <strong>{status.read.fileName}</strong> : {extractErrorMessage(status.read.result.error.code, uiLocale())}
        </p>
      )}
      {status.kind === 'read' && offerAutofill && (
        <AutofillPreview key={rows.map((row) => `${row.field}=${row.current}`).join('|')} rows={rows} applied={undo} onApply={apply} onUndo={revert} />
      )}
    </div>
  );
}

function readSummary(read: ReadPdf): string {
  if (!read.result.ok) return '';
  const count = Object.keys(read.result.fields).length;
  return read.result.source === 'facturx'
    ? t('autofill_read_facturx', read.fileName, count)
    : t('autofill_read_text', read.fileName, count);
}
