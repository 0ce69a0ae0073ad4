import { AMOUNT_FIELDS } from '../../model/fields.ts';
import type { SentInvoice } from '../../model/sent-invoice.ts';
import { isBlank, normalizeSpaces } from '../../model/text.ts';
import type { FormSnapshot, Verdict } from '../../rules/types.ts';
import type { PortalFeature, PortalSession } from '../session.ts';
import { SEND_BUTTON_WORDS } from '../pages.ts';
import { foldWords } from '../words.ts';


const SEND_WORDS = new Set(SEND_BUTTON_WORDS.map(foldWords));

/** "Valider et envoyer", whatever element carries it (button, submit input, link). */
export function isSendButton(element: Element): boolean {
  const caption = element.tagName === 'INPUT' ? (element as HTMLInputElement).value : (element.textContent ?? '');
  return SEND_WORDS.has(foldWords(caption));
}

/** What is kept of a sending for the duplicate check: number, recipient, date, amount. */
export function sentEntryFrom(snapshot: FormSnapshot, sentAt = new Date()): SentInvoice | undefined {
  const fields = snapshot.fields;
  if (isBlank(fields.invoiceNumber)) return undefined;
  const amount = ['totalTTC', 'netAPayer', ...AMOUNT_FIELDS].map((key) => fields[key as keyof typeof fields]).find((value) => !isBlank(value));
  return {
    invoiceNumber: normalizeSpaces(fields.invoiceNumber!),
    recipientSiret: (fields.recipientSiret ?? '').replace(/\s/g, ''),
    ...(isBlank(fields.recipientName) ? {} : { recipientName: normalizeSpaces(fields.recipientName!) }),
    ...(isBlank(fields.invoiceDate) ? {} : { date: normalizeSpaces(fields.invoiceDate!) }),
    ...(amount ? { amount: normalizeSpaces(amount) } : {}),
    sentAt: sentAt.toISOString(),
  };
}

/** The "Valider et envoyer" confirmation, while it is open. */
export interface SendConfirmation {
  errors: Verdict[];
  back(): void;
  sendAnyway(): void;
}

export interface SendGuard extends PortalFeature {
  /** The confirmation to show, while it is open. */
  confirmation(): SendConfirmation | undefined;
}

/**
 * Before "Valider et envoyer": with errors left, a confirmation lists them; the user may go back or send anyway
 * (the assistant advises, it does not forbid). Every sending is recorded on this browser first, then the click is
 * given back to the portal. `onConfirmationChange` is told when the confirmation opens or closes.
 */
export function sendGuardFeature(record: (entry: SentInvoice) => Promise<void>, onConfirmationChange: () => void = () => {}): SendGuard {
  let open: SendConfirmation | undefined;
  const setOpen = (next: SendConfirmation | undefined) => {
    if (open === next) return;
    open = next;
    onConfirmationChange();
  };
  return {
    id: 'send-guard',
    pages: ['saisie'],
    confirmation: () => open,
    start(session: PortalSession, signal) {
      // Another page, or the assistant stopped: a confirmation left open has nothing to send any more.
      signal.addEventListener('abort', () => setOpen(undefined));
      let letThrough: Element | null = null;
      const send = async (button: HTMLElement) => {
        const snapshot = session.snapshot();
        const entry = snapshot && sentEntryFrom(snapshot);
        try {
          if (entry) await record(entry);
        } catch {
          // The record is a convenience: sending must never depend on it.
        }
        if (signal.aborted) return;
        letThrough = button;
        button.click();
      };
      session.document.addEventListener(
        'click',
        (event) => {
          const button = (event.target as Element | null)?.closest?.('button, input[type=submit], input[type=button], a, [role=button]') as HTMLElement | null;
          if (!button || !isSendButton(button)) return;
          if (letThrough === button) {
            letThrough = null;
            return;
          }
          event.preventDefault();
          event.stopImmediatePropagation();
          session.check();
          const errors = session.getState()?.result.verdicts.filter((verdict) => verdict.severity === 'error') ?? [];
          if (errors.length === 0) {
            void send(button);
            return;
          }
          setOpen({
            errors,
            back: () => {
              setOpen(undefined);
              button.focus();
            },
            sendAnyway: () => {
              setOpen(undefined);
              void send(button);
            },
          });
        },
        { capture: true, signal },
      );
    },
  };
}
