// @vitest-environment happy-dom
/**
 * The autofill feature on the entry form: what the reader is unsure of reaches the preview and the checks (never
 * ticked, never a one-click fix), whether the PDF was imported in the panel or handed over from the deposit window;
 * and the panel's section starts afresh only for a PDF handed over, never for its own imports.
 */
import { describe, expect, it } from 'vitest';
import type { PendingPdf } from '../../../utils/autofill/pending-pdf-schema.ts';
import type { ReadPdf, ReadResult } from '../../../utils/pdf-reader/protocol.ts';
import { autofillFeature } from '../../../utils/portal/features/autofill.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { SAINT_ETIENNE_SIRET } from '../../../utils/rules/profiles.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => unknown, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached in ${timeoutMs} ms: ${condition}`);
    await settle(10);
  }
}

/** Read with confidence but for the engagement number and the total with VAT, which nothing corroborated. */
const READ: ReadResult = {
  ok: true,
  source: 'text',
  fields: { invoiceNumber: 'F-2026-0042', invoiceDate: '2026-03-02', engagementNumber: '2401234', totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00' },
  unsure: ['engagementNumber', 'totalTTC'],
  ms: 1,
};

function entryForm(options: { pending?: PendingPdf; reads?: Map<string, Promise<ReadResult>> } = {}) {
  const { document } = replicaDocument('cpp/saisie.html');
  const remembered: string[] = [];
  const feature = autofillFeature({
    reader: () => ({
      warmUp() {},
      read: (file) => options.reads?.get((file as File).name) ?? Promise.resolve(READ),
      dispose() {},
    }),
    remember: async (pdf) => void remembered.push(pdf.fileName),
    take: async () => options.pending ?? null,
    forget: async () => {},
    suggestionsOn: () => true,
  });
  const session = new PortalSession({ document, visibility: markupVisibility, features: [feature], quietMs: 5 });
  session.start();
  return { document, session, feature, remembered };
}

const verdictsOf = (session: PortalSession, rule: string) => session.getState()?.result.verdicts.filter((verdict) => verdict.rule === rule) ?? [];

describe('an unsure PDF value on the entry form', () => {
  it('is proposed « à vérifier », never ticked; the confirmed values are ticked', async () => {
    const { session, feature } = entryForm();
    await until(() => session.getState());
    const controller = feature.controller(session)!;
    const rows = controller.planFor(READ.ok ? READ.fields : {}, READ.ok ? READ.unsure : undefined);
    const row = (field: string) => rows.find((candidate) => candidate.field === field)!;
    expect(row('engagementNumber')).toMatchObject({ unsure: true, checked: false, proposed: '2401234' });
    expect(row('totalTTC')).toMatchObject({ unsure: true, checked: false });
    expect(row('totalHT')).toMatchObject({ unsure: false, checked: true, proposed: '1000,00' });
    expect(row('invoiceDate')).toMatchObject({ unsure: false, checked: true, proposed: '02/03/2026' });
    session.stop();
  });

  it('is never a one-click fix: the mismatch is an info to check, the missing engagement names the number', async () => {
    const { session, feature } = entryForm();
    await until(() => session.getState());
    session.write('recipientSiret', SAINT_ETIENNE_SIRET);
    session.write('totalTTC', '1 100,00');
    session.write('totalHT', '900,00');
    feature.controller(session)!.onPdf({ fileName: 'facture.pdf', result: READ });
    await until(() => verdictsOf(session, 'cpp/pdf-mismatch').length === 2);
    const [ht, ttc] = ['totalHT', 'totalTTC'].map((field) => verdictsOf(session, 'cpp/pdf-mismatch').find((verdict) => verdict.field === field)!);
    // The confirmed total keeps its fix; the unsure one is a hint to look at the invoice.
    expect(ht).toMatchObject({ severity: 'warning', fix: { value: '1000,00' } });
    expect(ttc!.severity).toBe('info');
    expect(ttc!.fix).toBeUndefined();
    expect(ttc!.message).toMatch(/incertaine/);
    const [engagement] = verdictsOf(session, 'se/engagement-required');
    expect(engagement!.fix).toBeUndefined();
    expect(engagement!.message).toContain('« 2401234 »');
    session.stop();
  });

  it('handed over from the deposit window, it stays unsure: no fix from it', async () => {
    const pending: PendingPdf = { fileName: 'depot.pdf', result: READ, savedAt: Date.now() };
    const { session, feature } = entryForm({ pending });
    await until(() => feature.controller(session)?.latest);
    session.write('recipientSiret', SAINT_ETIENNE_SIRET);
    await until(() => verdictsOf(session, 'se/engagement-required').length === 1);
    expect(verdictsOf(session, 'se/engagement-required')[0]!.fix).toBeUndefined();
    session.write('totalTTC', '1 100,00');
    await until(() => verdictsOf(session, 'cpp/pdf-mismatch').length === 1);
    expect(verdictsOf(session, 'cpp/pdf-mismatch')[0]).toMatchObject({ field: 'totalTTC', severity: 'info' });
    expect(verdictsOf(session, 'cpp/pdf-mismatch')[0]!.fix).toBeUndefined();
    session.stop();
  });

  it('once the PDF is forgotten, nothing is left of its doubts either', async () => {
    const { session, feature } = entryForm();
    await until(() => session.getState());
    const controller = feature.controller(session)!;
    controller.onPdf({ fileName: 'facture.pdf', result: READ });
    controller.onPdf(undefined);
    session.write('totalTTC', '1 100,00');
    expect(verdictsOf(session, 'cpp/pdf-mismatch')).toEqual([]);
    session.stop();
  });
});

describe('the panel’s section and the PDFs of the page', () => {
  const failed: ReadPdf = { fileName: 'protegee.pdf', result: { ok: false, error: { code: 'encrypted', message: '…' }, ms: 1 } };

  it('its own imports, good or failed, keep it; a PDF handed over from the deposit window starts it afresh', async () => {
    const pending: PendingPdf = { fileName: 'depot.pdf', result: READ, savedAt: Date.now() };
    const { session, feature } = entryForm({ pending });
    const handedOver = () => feature.controller(session)!.handedOver;
    await until(() => feature.controller(session)?.latest);
    const afterHandOver = handedOver();
    expect(afterHandOver).toBeGreaterThan(0);
    const controller = feature.controller(session)!;
    controller.onPdf({ fileName: 'bonne.pdf', result: READ });
    expect(handedOver()).toBe(afterHandOver);
    // A failed import after a good one: the page forgets the PDF, the section stays to say why.
    controller.onPdf(failed.result.ok ? failed : undefined);
    expect(feature.controller(session)!.latest).toBeUndefined();
    expect(handedOver()).toBe(afterHandOver);
    session.stop();
  });

  it('of two reads that overlap, only the last one started is kept for the entry form that follows', async () => {
    let finishSlow!: (result: ReadResult) => void;
    const reads = new Map<string, Promise<ReadResult>>([
      ['lente.pdf', new Promise<ReadResult>((resolve) => (finishSlow = resolve))],
      ['rapide.pdf', Promise.resolve(READ)],
    ]);
    const { session, feature, remembered } = entryForm({ reads });
    await until(() => session.getState());
    const controller = feature.controller(session)!;
    const slow = controller.readPdf(new File(['%PDF-'], 'lente.pdf'));
    await controller.readPdf(new File(['%PDF-'], 'rapide.pdf'));
    finishSlow(READ);
    await slow;
    expect(remembered).toEqual(['rapide.pdf']);
    session.stop();
  });
});
