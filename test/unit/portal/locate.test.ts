import { describe, expect, it } from 'vitest';
import { SAISIE_CONDITIONAL_FIELDS, SAISIE_FIELDS } from '../../../utils/model/fields.ts';
import { locateFields } from '../../../utils/portal/locate.ts';
import { snapshotOf } from '../../../utils/portal/read.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const RECOGNISED_VALUES = {
  supplierDesignation: 'MENUISERIE DUPONT SARL - 12345678200017',
  billingFrame: "A1: Dépôt par un fournisseur d'une facture",
  recipientIsState: 'NON',
  recipientSiret: '21420218600018',
  recipientName: 'VILLE DE SAINT ETIENNE',
  serviceCode: '',
  invoiceNumber: 'FA-2024-0312',
  invoiceDate: '12/03/2024',
  depositFormatRef: 'DEPOT_PDF_PORTAIL',
  currency: 'EUR - Euro européen',
  documentType: 'Facture',
  engagementNumber: 'BC 24 01 234',
  marketNumber: '',
  vatType: 'TVA sur les débits',
  paymentMode: 'Virement',
  totalHT: '1 250,00',
  netAPayer: '1 500,00',
};

describe('locateFields on the entry form', () => {
  it.each([['cpp/saisieReconnue.html'], ['cpp/saisieTableauReconnue.html']])('%s: every field found, values read as shown', (file) => {
    const { document } = replicaDocument(file);
    const fields = locateFields(document, 'saisie', markupVisibility);
    // « Motif d'exonération » is hidden while « Type de TVA » is not « Exonération »: not there for the person.
    const shown = SAISIE_FIELDS.filter((key) => !(SAISIE_CONDITIONAL_FIELDS as readonly string[]).includes(key));
    expect(fields.map((field) => field.key).sort()).toEqual([...shown].sort());
    const snapshot = snapshotOf('saisie', fields);
    expect(snapshot.fields).toMatchObject(RECOGNISED_VALUES);
    expect(snapshot.starred).toEqual(expect.arrayContaining(['invoiceNumber', 'recipientSiret', 'vatType', 'netAPayer']));
    expect(snapshot.starred).not.toContain('engagementNumber');
  });

  it('variant A: by label[for]; ids never needed', () => {
    const { document } = replicaDocument('cpp/saisieReconnue.html');
    const fields = locateFields(document, 'saisie', markupVisibility);
    expect(fields.find((field) => field.key === 'invoiceNumber')!.foundBy).toBe('label-for');
    expect(fields.find((field) => field.key === 'documentType')!.controls).toHaveLength(2);
    expect(fields.filter((field) => field.foundBy === 'id-hint')).toEqual([]);
  });

  it('variant B: label cells, aria-labelledby, the text before the input, a placeholder; opaque ids', () => {
    const { document } = replicaDocument('cpp/saisieTableau.html');
    const fields = new Map(locateFields(document, 'saisie', markupVisibility).map((field) => [field.key, field]));
    expect(fields.get('invoiceNumber')!.foundBy).toBe('table-row');
    expect(fields.get('serviceCode')!.foundBy).toBe('aria-labelledby');
    expect(fields.get('engagementNumber')!.foundBy).toBe('group');
    expect(fields.get('marketNumber')!.foundBy).toBe('attribute');
    expect(fields.get('depositFormatRef')!.textElement?.textContent).toBe('SAISIE_PORTAIL');
    expect([...fields.values()].filter((field) => field.foundBy === 'id-hint')).toEqual([]);
  });

  it('a select2 combobox is marked on what a person sees', () => {
    const { document } = replicaDocument('cpp/saisieReconnue.html', { scripts: true });
    const frame = locateFields(document, 'saisie', markupVisibility).find((field) => field.key === 'billingFrame')!;
    expect(frame.controls[0]!.tagName).toBe('SELECT');
    expect(frame.visual.matches('.select2-selection')).toBe(true);
  });

  it('when labels are missing, ids and names are the second signal', () => {
    const { document } = replicaDocument('cpp/saisie.html');
    for (const label of document.querySelectorAll('label')) label.remove();
    const fields = new Map(locateFields(document, 'saisie', markupVisibility).map((field) => [field.key, field]));
    expect(fields.get('engagementNumber')?.foundBy).toBe('id-hint');
    expect(fields.get('engagementNumber')?.controls[0]!.id).toBe('GFE_SaisieFacture_References_NumeroEngagement');
  });
});

describe('a field the page shows only with some choice', () => {
  it.each([['cpp/saisie.html'], ['cpp/saisieTableau.html']])('%s: « Motif d\'exonération » is located once « Exonération » shows it, and no longer once hidden', (file) => {
    const { window, document } = replicaDocument(file, { scripts: true });
    const reason = () => locateFields(document, 'saisie', markupVisibility).find((field) => field.key === 'vatExemptionReason');
    expect(reason()).toBeUndefined();
    const vatType = locateFields(document, 'saisie', markupVisibility).find((field) => field.key === 'vatType')!.controls[0] as HTMLSelectElement;
    const choose = (code: string) => {
      vatType.value = code;
      vatType.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    };
    choose('EXONERATION');
    const located = reason()!;
    expect(located.controls[0]!.getAttribute('name')).toMatch(file === 'cpp/saisie.html' ? /motifExoneration/ : /^formSaisie:/);
    expect(snapshotOf('saisie', locateFields(document, 'saisie', markupVisibility)).fields).toMatchObject({ vatType: 'Exonération', vatExemptionReason: '' });
    choose('SANS_TVA');
    expect(reason()).toBeUndefined();
  });

  it('is not taken by its id either while hidden', () => {
    const { document } = replicaDocument('cpp/saisie.html');
    for (const label of document.querySelectorAll('label')) label.remove();
    const keys = locateFields(document, 'saisie', markupVisibility).map((field) => field.key);
    expect(keys).toContain('engagementNumber');
    expect(keys).not.toContain('vatExemptionReason');
  });
});

describe('locateFields on other pages', () => {
  it('the sign-up fields, not the log-in ones', () => {
    const { document } = replicaDocument('index.html');
    const fields = locateFields(document, 'connexion', markupVisibility);
    expect(fields.map((field) => [field.key, field.controls[0]!.id])).toEqual([
      ['registrationEmail', 'GCU_Sauthentifier_VousEtesNouveau_Email'],
      ['registrationSiret', 'GCU_Sauthentifier_VousEtesNouveau_Siret'],
    ]);
  });

  it('the deposit window', () => {
    const { document } = replicaDocument('cpp/facturesEmises.html');
    document.getElementById('GFE_DepotFacture_Fenetre')!.classList.add('in');
    const fields = locateFields(document, 'depot', markupVisibility);
    expect(fields.map((field) => field.key)).toEqual(['depositFile', 'depositFormat', 'depositFrame', 'depositStructure', 'depositService']);
    expect(snapshotOf('depot', fields).fields).toMatchObject({ depositFile: '', depositFormat: 'Sélectionner', depositStructure: '' });
  });
});
