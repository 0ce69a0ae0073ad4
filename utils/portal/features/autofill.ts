import type { PendingPdf } from '../../autofill/pending-pdf-schema.ts';
import { planAutofill, type AutofillRow } from '../../autofill/plan.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../../model/extracted.ts';
import type { FieldKey } from '../../model/fields.ts';
import type { PdfReaderClient } from '../../pdf-reader/client.ts';
import type { ReadPdf, ReadResult } from '../../pdf-reader/protocol.ts';
import type { CheckInput } from '../../rules/types.ts';
import { RECEIPT_WORDS } from '../pages.ts';
import { onDepositFileChosen } from './deposit-window.ts';
import type { PortalFeature, PortalSession } from '../session.ts';

export interface AutofillDependencies {
  /** The local PDF reader (created on first use: its frame lives in the assistant's shadow root). */
  reader(): PdfReaderClient;
  remember(pdf: PendingPdf): Promise<void>;
  take(): Promise<PendingPdf | null>;
  forget(): Promise<void>;
  /** The "suggestions de remplissage" setting. */
  suggestionsOn(): boolean;
}

/** What the panel's PDF section needs, bound to the current page. */
export interface AutofillController {
  /** The PDF already read for this invoice (in the deposit window or earlier on this page), if any. */
  latest: ReadPdf | undefined;
  /**
   * Counts the PDFs the page received from elsewhere than the panel's own import (the file chosen in the deposit
   * window, the one the background kept for the entry form): each one starts the panel's section afresh. The
   * section's own reads do not count: it shows their outcome itself, a failed one included.
   */
  handedOver: number;
  offerAutofill: boolean;
  readPdf(file: File): Promise<ReadResult>;
  /** The autofill plan of the read values; `unsure` lists those the reader could not confirm (never ticked). */
  planFor(pdf: ExtractedFields, unsure?: readonly ExtractedFieldKey[]): AutofillRow[];
  write(field: FieldKey, value: string): boolean;
  onPdf(read: ReadPdf | undefined): void;
}

export interface AutofillFeature extends PortalFeature {
  controller(session: PortalSession): AutofillController | null;
  /** Starts the local reader ahead of the first file (once). */
  warmUp(): void;
}

/**
 * What the PDF read tells the checks beyond its fields: its Factur-X facts, its text, its 2026 mentions
 * (docs/rules.md, « Inputs »). In the deposit window they speak about the file chosen there: a read of another
 * file (one imported in the panel while the window holds another, or a file replaced since) says nothing, and
 * its fields are not cross-checked either.
 */
export function withPdfFacts(input: CheckInput, read: ReadPdf | undefined): CheckInput {
  const chosen = input.snapshot.page === 'depot' ? input.snapshot.fields.depositFile : undefined;
  const speaksForThePage = read?.result.ok && (!chosen || chosen === read.fileName);
  if (!speaksForThePage || !read.result.ok) return chosen && input.pdf ? { ...input, pdf: undefined, pdfUnsure: undefined } : input;
  const { facturx, pdfText, pdfMentions } = read.result;
  return { ...input, ...(facturx ? { facturx } : {}), ...(pdfText !== undefined ? { pdfText } : {}), ...(pdfMentions ? { pdfMentions } : {}) };
}

/**
 * The invoice PDF, read locally: from the panel's import, or the file chosen in CPP's own deposit window (kept for
 * the entry form that follows). Its values are cross-checked with the form and offered as an autofill that the user
 * confirms; fields the user typed are remembered so that they are never ticked for replacement.
 */
export function autofillFeature(dependencies: AutofillDependencies): AutofillFeature {
  let latest: ReadPdf | undefined;
  let handedOver = 0;
  let typed = new Set<FieldKey>();
  let depositFileRead: { name: string; result: ReadResult } | undefined;
  /** The read of the file chosen in the deposit window (not of one imported in the panel). */
  let windowRead: ReadPdf | undefined;
  let warmedUp = false;

  const refineDepositFile = (input: CheckInput): CheckInput => {
    // The reader knows better than a byte scan whether the file has text or a password.
    const info = input.snapshot.depositFile;
    if (!depositFileRead || !info || info.name !== depositFileRead.name) return input;
    const result = depositFileRead.result;
    const refined = {
      ...info,
      ...(result.ok ? { hasTextLayer: true, encrypted: false } : {}),
      ...(!result.ok && result.error.code === 'no-text' ? { hasTextLayer: false } : {}),
      ...(!result.ok && result.error.code === 'encrypted' ? { encrypted: true } : {}),
    };
    return { ...input, snapshot: { ...input.snapshot, depositFile: refined } };
  };

  const share = (session: PortalSession, read: ReadPdf | undefined) => {
    latest = read;
    // The values travel with the reader's doubts: a check never offers an unsure value as a fix.
    session.setPdf(read?.result.ok ? read.result.fields : undefined, read?.result.ok ? read.result.unsure : undefined);
  };
  const handOver = (session: PortalSession, read: ReadPdf | undefined) => {
    handedOver++;
    share(session, read);
  };

  /** Numbers the reads: when two overlap, only the last one started is kept for the entry form that follows. */
  let lastRead = 0;
  const readAndRemember = async (file: File): Promise<ReadResult> => {
    const number = ++lastRead;
    const result = await dependencies.reader().read(file);
    if (result.ok && number === lastRead) await dependencies.remember({ fileName: file.name, result, savedAt: Date.now() }).catch(() => {});
    return result;
  };

  return {
    id: 'autofill',
    pages: 'all',
    start(session, signal) {
      typed = new Set();
      depositFileRead = undefined;
      windowRead = undefined;
      const page = session.page;
      if (session.shows(RECEIPT_WORDS)) {
        // Sent: what was read for this invoice is no longer needed.
        latest = undefined;
        void dependencies.forget().catch(() => {});
        return;
      }
      if (page !== 'saisie' && page !== 'depot') return;
      if (page === 'saisie' && !latest) {
        dependencies
          .take()
          .then((pending) => {
            if (signal.aborted || !pending || latest) return;
            handOver(session, { fileName: pending.fileName, result: pending.result });
          })
          .catch(() => {});
      }
      // Only what a person types counts as typed: the portal's and the assistant's own writes are not trusted events.
      const onEdit = (event: Event) => {
        if (!event.isTrusted) return;
        const key = session.fieldFor(event.target)?.key;
        if (key) typed.add(key);
      };
      session.document.addEventListener('input', onEdit, { capture: true, signal });
      session.document.addEventListener('change', onEdit, { capture: true, signal });

      if (page === 'depot') {
        onDepositFileChosen(session, signal, (file, isStillChosen) => {
          if (!file) {
            // The window's file was removed: what was read in it no longer speaks for the deposit.
            if (latest && latest === windowRead) handOver(session, undefined);
            return;
          }
          // One read per chosen file: its fields, Factur-X facts and text serve the checks and the autofill alike.
          void readAndRemember(file).then((result) => {
            if (!isStillChosen()) return;
            depositFileRead = { name: file.name, result };
            windowRead = { fileName: file.name, result };
            handOver(session, windowRead);
          });
        });
      }
    },
    prepare(input) {
      return withPdfFacts(refineDepositFile(input), latest);
    },
    warmUp() {
      if (warmedUp) return;
      warmedUp = true;
      dependencies.reader().warmUp();
    },
    controller(session) {
      const page = session.page;
      if (page !== 'saisie' && page !== 'depot') return null;
      return {
        latest,
        handedOver,
        offerAutofill: page === 'saisie' && dependencies.suggestionsOn(),
        readPdf: (file) => readAndRemember(file),
        planFor(pdf, unsure) {
          const profile = session.getState()?.profile;
          const ignore = (profile?.rules['cpp/pdf-mismatch']?.ignore as FieldKey[] | undefined) ?? [];
          const guided = new Set<FieldKey>();
          for (const field of session.fields()) {
            const control = field.controls[0] as HTMLInputElement | undefined;
            if (field.kind === 'readonly' || !control || control.readOnly || control.disabled) guided.add(field.key);
          }
          return planAutofill({
            fields: session.snapshot()?.fields ?? {},
            pdf,
            recognised: new Set(session.recognisedByCpp()),
            typed,
            guided,
            ignore,
            unsure,
          });
        },
        write: (field, value) => session.write(field, value),
        onPdf: (read) => share(session, read),
      };
    },
  };
}
