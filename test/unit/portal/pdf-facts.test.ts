/**
 * What the PDF read tells beyond its fields (Factur-X facts, text, 2026 mentions) reaches the checks of the page
 * that read it: the deposit window's chosen file, the panel's import; and « Motif d'exonération » once shown.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import type { ReadPdf, ReadResult } from '../../../utils/pdf-reader/protocol.ts';
import { autofillFeature, withPdfFacts } from '../../../utils/portal/features/autofill.ts';
import { depositWindowFeature } from '../../../utils/portal/features/deposit-window.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import type { CheckInput } from '../../../utils/rules/types.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const pdfjs = await loadPdfjsForNode();
const FACTURX_DIR = resolve(import.meta.dirname, '../../fixtures/facturx');
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (bounded) for what the page does after a quiet time, or a read. */
async function until(condition: () => unknown, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached in ${timeoutMs} ms: ${condition}`);
    await settle(10);
  }
}

async function read(name: string): Promise<ReadResult> {
  const extracted = await extractInvoice(pdfjs, new Uint8Array(readFileSync(join(FACTURX_DIR, name))));
  return { ...extracted, ms: 1 };
}

describe('withPdfFacts', () => {
  const depot = (depositFile: string): CheckInput => ({ snapshot: { page: 'depot', fields: { depositFile } }, pdf: { invoiceNumber: 'F-1' } });

  it('passes the Factur-X facts, the text and the 2026 mentions of the read', async () => {
    const result = await read('ville-ecarts.pdf');
    const input = withPdfFacts({ snapshot: { page: 'saisie', fields: {} } }, { fileName: 'ville-ecarts.pdf', result });
    expect(input.facturx?.buyerReference).toBeTruthy();
    expect(input.pdfText).toMatch(/^[^ ]+$/);
    expect(input.pdfMentions).toBeDefined();
  });

  it('in the deposit window, only for the file chosen there (or before one is chosen); the fields of another file go too', async () => {
    const ecarts: ReadPdf = { fileName: 'ville-ecarts.pdf', result: await read('ville-ecarts.pdf') };
    expect(withPdfFacts(depot('ville-ecarts.pdf'), ecarts).facturx).toBeDefined();
    expect(withPdfFacts(depot(''), ecarts).facturx).toBeDefined();
    const other = withPdfFacts(depot('autre-facture.pdf'), ecarts);
    expect(other.facturx).toBeUndefined();
    expect(other.pdf).toBeUndefined();
  });

  it('says nothing for a failed read, or none', () => {
    const failed: ReadPdf = { fileName: 'f.pdf', result: { ok: false, error: { code: 'no-text', message: '…' }, ms: 1 } };
    expect(withPdfFacts({ snapshot: { page: 'saisie', fields: {} } }, failed)).toEqual({ snapshot: { page: 'saisie', fields: {} } });
    expect(withPdfFacts({ snapshot: { page: 'saisie', fields: {} } }, undefined).facturx).toBeUndefined();
  });
});

/** Chooses a fixture in a file input as the file chooser does. */
function choose(window: Window, input: HTMLInputElement, name: string, bytes: Uint8Array): File {
  const transfer = new window.DataTransfer();
  transfer.items.add(new window.File([bytes], name, { type: 'application/pdf' }));
  input.files = transfer.files as unknown as FileList;
  input.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
  return input.files[0]!;
}

describe('the deposit window with a Factur-X PDF', () => {
  it('reads the chosen file once and shows the XML’s missing engagement on the file, while the window is open', async () => {
    const { window, document } = replicaDocument('cpp/facturesEmises.html', { scripts: true });
    const reads: string[] = [];
    const autofill = autofillFeature({
      reader: () => ({
        warmUp() {},
        async read(file) {
          reads.push((file as File).name);
          return { ...(await extractInvoice(pdfjs, new Uint8Array(await file.arrayBuffer()))), ms: 1 };
        },
        dispose() {},
      }),
      remember: async () => {},
      take: async () => null,
      forget: async () => {},
      suggestionsOn: () => true,
    });
    const session = new PortalSession({ document, visibility: markupVisibility, features: [depositWindowFeature(), autofill], quietMs: 5 });
    session.start();
    (document.getElementById('GFE_Menu_DepotFactures') as HTMLElement).click();
    await until(() => document.querySelector('[data-ca-field="depositFile"]'));
    expect(session.page).toBe('depot');

    const input = document.querySelector<HTMLInputElement>('[data-ca-field="depositFile"]')!;
    choose(window, input, 'ville-sans-engagement.pdf', readFileSync(join(FACTURX_DIR, 'ville-sans-engagement.pdf')));
    const verdict = () => session.getState()!.result.verdicts.find((each) => each.rule === 'se/facturx-engagement');
    await until(verdict);
    expect(verdict()).toMatchObject({ field: 'depositFile', severity: 'error' });
    expect(verdict()!.message).toContain("ne contiennent pas de N° d'engagement (BuyerOrderReferencedDocument)");
    expect(session.getState()!.result.verdicts.find((each) => each.rule === 'cpp/facturx-deposit')).toMatchObject({ field: 'depositFile', severity: 'info' });
    expect(input.getAttribute('data-ca-state')).toBe('error');
    expect(reads).toEqual(['ville-sans-engagement.pdf']);

    // Another file chosen: until it is read, the first one's XML says nothing about it.
    choose(window, input, 'facture-simple.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Font >> endobj\n%%EOF\n'));
    expect(verdict()).toBeUndefined();
    session.stop();
  });
});

describe('« Motif d’exonération » on the entry form', () => {
  it('is checked once « Exonération » shows it: the reason is asked for', async () => {
    const { window, document } = replicaDocument('cpp/saisieReconnue.html', { scripts: true });
    const session = new PortalSession({ document, visibility: markupVisibility, quietMs: 5 });
    session.start();
    await settle();
    const vatType = document.querySelector<HTMLSelectElement>('[data-ca-field="vatType"]')!;
    vatType.value = 'EXONERATION';
    vatType.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    await until(() => document.querySelector('[data-ca-field="vatExemptionReason"]')?.getAttribute('data-ca-state'));
    const reason = document.querySelector('[data-ca-field="vatExemptionReason"]')!;
    expect(reason.id).toBe('GFE_SaisieFacture_References_MotifExoneration');
    expect(reason.getAttribute('data-ca-state')).toBe('error');
    const verdict = session.getState()!.result.verdicts.find((each) => each.rule === 'cpp/vat-exemption-reason')!;
    expect(verdict.message).toMatch(/^Le Type de TVA est « Exonération » : indiquez le « Motif d'exonération »/);
    session.stop();
  });
});
