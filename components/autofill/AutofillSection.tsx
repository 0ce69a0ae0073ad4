import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { importReducer, importStarted } from '../../utils/autofill/import-state.ts';
import type { AutofillRow, UndoEntry } from '../../utils/autofill/plan.ts';
import { applyAutofill, undoAutofill } from '../../utils/autofill/plan.ts';
import { t, uiLocale } from '../../utils/i18n/index.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../../utils/model/extracted.ts';
import type { FieldKey } from '../../utils/model/fields.ts';
import { extractErrorMessage } from '../../utils/pdf/errors.ts';
import type { ReadPdf, ReadResult } from '../../utils/pdf-reader/protocol.ts';
import { AutofillPreview } from './AutofillPreview.tsx';
import { PdfDropZone } from './PdfDropZone.tsx';
import './autofill.css';

export interface AutofillSectionProps {
  /** Reads a PDF locally (the reader frame). */
  readPdf(file: File): Promise<ReadResult>;
  /**
   * What the PDF would change in the form now (the plan is made when the PDF is read and after each undo); `unsure`
   * lists the values the reader could not confirm: proposed « à vérifier sur la facture », never ticked.
   */
  planFor(pdf: ExtractedFields, unsure: readonly ExtractedFieldKey[] | undefined): AutofillRow[];
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

/** The PDF import of the panel: pick or drop a PDF, see what was read, preview and confirm the autofill, undo. */
export function AutofillSection({ readPdf, planFor, write, onPdf, initial, offerAutofill, showTitle = true }: AutofillSectionProps): JSX.Element {
  /** What the PDF read would write now; nothing where no autofill is offered or nothing was read. */
  const planOf = (done: ReadPdf | undefined): AutofillRow[] => (done?.result.ok && offerAutofill ? planFor(done.result.fields, done.result.unsure) : []);
  const [state, dispatch] = useReducer(importReducer, initial, importStarted);
  const [rows, setRows] = useState<AutofillRow[]>(() => planOf(initial));
  const [undo, setUndo] = useState<UndoEntry[] | undefined>();
  const lastTicket = useRef(state.ticket);
  // Gone from the panel (a PDF handed over from the deposit window starts a new section): a read still running
  // must not tell the page about its file any more.
  useEffect(() => () => void (lastTicket.current = Number.NaN), []);

  const read = async (file: File) => {
    const ticket = ++lastTicket.current;
    dispatch({ type: 'chosen', ticket, fileName: file.name });
    setUndo(undefined);
    const result = await readPdf(file);
    // Another file was chosen meanwhile: the last one chosen wins.
    if (ticket !== lastTicket.current) return;
    const done: ReadPdf = { fileName: file.name, result };
    // The page learns the PDF first: it may change the recipient's profile, which the plan follows.
    onPdf(result.ok ? done : undefined);
    setRows(planOf(done));
    dispatch({ type: 'answered', ticket, read: done });
  };

  const apply = (chosen: AutofillRow[]) => {
    const entries = applyAutofill(chosen, write);
    setUndo(entries);
  };

  const { status } = state;
  const revert = () => {
    if (!undo) return;
    undoAutofill(undo, write);
    setUndo(undefined);
    if (status.kind === 'read') setRows(planOf(status.read));
  };

  return (
    <div class="ca-autofill" data-ca-import={status.kind} aria-busy={status.kind === 'reading'}>
      {showTitle && <h2 class="ca-autofill__title">{t('autofill_title')}</h2>}
      <PdfDropZone onFile={read} />
      <p class="ca-autofill__status" role="status" aria-live="polite">
        {status.kind === 'reading' && t('autofill_reading', status.fileName)}
        {status.kind === 'read' && status.read.result.ok && <span key={state.outcome}>{readSummary(status.read)}</span>}
      </p>
      {/* Always in the page, so that each error put in it is announced, the same one again included. */}
      <div class="ca-autofill__alert" role="alert">
        {status.kind === 'failed' && !status.read.result.ok && (
          <p class="ca-autofill__error" key={state.outcome}>
            <strong>{status.read.fileName}</strong> : {extractErrorMessage(status.read.result.error.code, uiLocale())}
          </p>
        )}
      </div>
      {status.kind === 'read' && offerAutofill && (
        <AutofillPreview key={`${state.outcome}|${rows.map((row) => `${row.field}=${row.current}`).join('|')}`} rows={rows} applied={undo} onApply={apply} onUndo={revert} />
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
