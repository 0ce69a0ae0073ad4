import type { ReadPdf } from '../pdf-reader/protocol.ts';

/** Where the panel's PDF import stands. Each import ends in exactly one outcome: what was read, or its error. */
export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'read'; read: ReadPdf }
  | { kind: 'failed'; read: ReadPdf };

export interface ImportState {
  status: ImportStatus;
  /** The number of the last file chosen: only its answer counts, an earlier read still running is dropped. */
  ticket: number;
  /**
   * Counts the outcomes shown. The outcome's element is keyed by it, so that the same error shown again is a new
   * element of the live region, announced again by screen readers.
   */
  outcome: number;
}

export type ImportEvent = { type: 'chosen'; ticket: number; fileName: string } | { type: 'answered'; ticket: number; read: ReadPdf };

function outcomeOf(read: ReadPdf): ImportStatus {
  return read.result.ok ? { kind: 'read', read } : { kind: 'failed', read };
}

/** The section's first state: a PDF already read for this invoice (the deposit window's) shows as read. */
export function importStarted(initial: ReadPdf | undefined): ImportState {
  return { status: initial ? outcomeOf(initial) : { kind: 'idle' }, ticket: 0, outcome: initial ? 1 : 0 };
}

export function importReducer(state: ImportState, event: ImportEvent): ImportState {
  if (event.type === 'chosen') return { ...state, status: { kind: 'reading', fileName: event.fileName }, ticket: event.ticket };
  // The answer for a file chosen before the last one: the user has moved on.
  if (event.ticket !== state.ticket) return state;
  return { ...state, status: outcomeOf(event.read), outcome: state.outcome + 1 };
}
