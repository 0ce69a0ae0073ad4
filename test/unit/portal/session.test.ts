import { describe, expect, it } from 'vitest';
import { inspectDepositFile } from '../../../utils/portal/features/deposit-window.ts';
import { isSendButton, sentEntryFrom } from '../../../utils/portal/features/send-guard.ts';
import { isBluish } from '../../../utils/portal/read.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { groupVerdicts } from '../../../components/verdicts/group.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

describe('PortalSession', () => {
  it('marks the page, the fields and their worst verdict; re-checks on input; stops cleanly', () => {
    const { document, window } = replicaDocument('cpp/saisieReconnue.html');
    const session = new PortalSession({ document, visibility: markupVisibility });
    session.start();
    // Fields, their state and the page come together, in the same task as the page is read.
    expect(document.querySelectorAll('[data-ca-field]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-ca-field]:not([data-ca-state])')).toHaveLength(0);
    expect(document.documentElement.getAttribute('data-ca-page')).toBe('saisie');
    const engagement = document.querySelector('[data-ca-field="engagementNumber"]') as HTMLInputElement;
    expect(engagement.getAttribute('data-ca-state')).toBe('error');
    expect(session.getState()!.result.profile).toBe('saint-etienne');
    engagement.value = '2401234';
    engagement.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    expect(engagement.getAttribute('data-ca-state')).toBe('ok');
    expect(session.recognisedByCpp()).toContain('invoiceNumber');
    expect(session.recognisedByCpp()).not.toContain('serviceCode');
    session.stop();
    expect(document.querySelector('[data-ca-field]')).toBeNull();
    expect(document.documentElement.hasAttribute('data-ca-page')).toBe(false);
  });

  it('another recipient turns the city rules off', () => {
    const { document } = replicaDocument('cpp/saisieReconnue.html');
    const session = new PortalSession({ document, visibility: markupVisibility });
    session.start();
    expect(session.write('recipientSiret', '11000201100044')).toBe(true);
    expect(session.getState()!.result.profile).toBe('chorus-pro');
    expect(document.querySelector('[data-ca-field="engagementNumber"]')!.getAttribute('data-ca-state')).toBe('ok');
    session.stop();
  });
});

describe('PortalSession on a page it does not know', () => {
  it('has no page kind and no snapshot, and marks nothing', () => {
    const { document } = replicaDocument('cpp/accueil.html');
    document.body.textContent = 'Bonjour';
    const session = new PortalSession({ document, visibility: markupVisibility });
    session.start();
    expect(session.page).toBeUndefined();
    expect(session.snapshot()).toBeUndefined();
    expect(session.getState()?.result.verdicts ?? []).toEqual([]);
    expect(document.documentElement.hasAttribute('data-ca-page')).toBe(false);
    session.stop();
  });

  it('tells which field an event hit, and none for the rest of the page', () => {
    const { document } = replicaDocument('cpp/saisieReconnue.html');
    const session = new PortalSession({ document, visibility: markupVisibility });
    session.start();
    const engagement = document.getElementById('GFE_SaisieFacture_References_NumeroEngagement');
    expect(session.fieldFor(engagement)?.key).toBe('engagementNumber');
    expect(session.fieldFor(document.body)).toBeUndefined();
    expect(session.fieldFor(null)).toBeUndefined();
    session.stop();
  });
});

describe('deposit file', () => {
  const file = (text: string, name = 'facture.pdf') => Object.assign(new Blob([text]), { name });
  it('tells a PDF, a protected PDF, an image-only PDF and another file', async () => {
    expect(await inspectDepositFile(file('%PDF-1.7\n1 0 obj << /Type /Font >> endobj'))).toMatchObject({ isPdf: true, encrypted: false, hasTextLayer: true });
    expect(await inspectDepositFile(file('%PDF-1.4\ntrailer << /Encrypt 5 0 R >>'))).toMatchObject({ isPdf: true, encrypted: true });
    expect(await inspectDepositFile(file('%PDF-1.4\n1 0 obj << /Subtype /Image >> endobj'))).toMatchObject({ isPdf: true, hasTextLayer: false });
    expect(await inspectDepositFile(file('PK\u0003\u0004', 'facture.docx'))).toMatchObject({ isPdf: false, name: 'facture.docx' });
  });
});

describe('small pieces', () => {
  it('the send button by its words', () => {
    const { document } = replicaDocument('cpp/saisie.html');
    expect(isSendButton(document.getElementById('GFE_SaisieFacture_Actions_BoutonValiderEnvoyer')!)).toBe(true);
    expect(isSendButton(document.getElementById('GFE_SaisieFacture_Actions_BoutonEnregistrer')!)).toBe(false);
  });

  it('what a sending records', () => {
    const entry = sentEntryFrom({ page: 'saisie', fields: { invoiceNumber: ' FA 1 ', recipientSiret: '214 202 186 00018', invoiceDate: '01/02/2024', totalTTC: '12,00' } }, new Date('2024-02-02T10:00:00Z'));
    expect(entry).toEqual({ invoiceNumber: 'FA 1', recipientSiret: '21420218600018', date: '01/02/2024', amount: '12,00', sentAt: '2024-02-02T10:00:00.000Z' });
    expect(sentEntryFrom({ page: 'saisie', fields: { invoiceNumber: '' } })).toBeUndefined();
  });

  it("CPP's blue, not white or grey", () => {
    expect(isBluish('rgb(207, 226, 255)')).toBe(true);
    expect(isBluish('rgb(255, 255, 255)')).toBe(false);
    expect(isBluish('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isBluish('rgb(240, 240, 240)')).toBe(false);
  });

  it('verdicts grouped by the portal blocks, worst group first', () => {
    const groups = groupVerdicts([
      { rule: 'cpp/currency', field: 'currency', severity: 'info', message: '' },
      { rule: 'cpp/required', field: 'netAPayer', severity: 'error', message: '' },
      { rule: 'se/billing-frame', field: 'billingFrame', severity: 'warning', message: '' },
      { rule: 'se/engagement-format', field: 'engagementNumber', severity: 'error', message: '' },
    ]);
    expect(groups.map((group) => group.block)).toEqual(['RÉFÉRENCES', 'MONTANTS TOTAUX', 'CADRE DE FACTURATION']);
    expect(groups[0]!.verdicts.map((verdict) => verdict.rule)).toEqual(['se/engagement-format', 'cpp/currency']);
  });
});
