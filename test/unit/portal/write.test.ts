import { describe, expect, it } from 'vitest';
import { locateFields, type LocatedField } from '../../../utils/portal/locate.ts';
import { readField } from '../../../utils/portal/read.ts';
import { writeField } from '../../../utils/portal/write.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

function setup(file = 'cpp/saisieReconnue.html') {
  const { document } = replicaDocument(file, { scripts: true });
  const fields = new Map(locateFields(document, 'saisie', markupVisibility).map((field) => [field.key, field]));
  const events: string[] = [];
  for (const type of ['input', 'change']) document.addEventListener(type, (event) => events.push(`${type}:${(event.target as Element).id}`));
  return { document, field: (key: string) => fields.get(key as never) as LocatedField, events };
}

describe('writeField writes like a user', () => {
  it('a text: value, then bubbling input and change', () => {
    const { field, events } = setup();
    expect(writeField(field('engagementNumber'), '2401234')).toBe(true);
    expect(readField(field('engagementNumber'))).toBe('2401234');
    expect(events).toEqual(['input:GFE_SaisieFacture_References_NumeroEngagement', 'change:GFE_SaisieFacture_References_NumeroEngagement']);
  });

  it('"" empties the field', () => {
    const { field } = setup();
    writeField(field('invoiceNumber'), '');
    expect(readField(field('invoiceNumber'))).toBe('');
  });

  it('a select by code: "A1" is A1, never A12; the select2 caption follows', () => {
    const { document, field } = setup();
    const frame = field('billingFrame');
    writeField(frame, 'A12');
    expect(readField(frame)).toBe("A12: Dépôt par un cotraitant d'une facture");
    writeField(frame, 'A1');
    expect(readField(frame)).toBe("A1: Dépôt par un fournisseur d'une facture");
    expect(document.getElementById(`select2-${frame.controls[0]!.id}-container`)!.textContent).toBe("A1: Dépôt par un fournisseur d'une facture");
  });

  it('a select by caption prefix or value', () => {
    const { field } = setup();
    writeField(field('vatType'), 'Sans TVA');
    expect(readField(field('vatType'))).toBe('Sans TVA');
    writeField(field('paymentMode'), 'CHEQUE');
    expect(readField(field('paymentMode'))).toBe('Chèque');
    expect(writeField(field('paymentMode'), 'Bitcoin')).toBe(false);
  });

  it('radios by their words', () => {
    const { field } = setup('cpp/saisieTableauReconnue.html');
    writeField(field('recipientIsState'), 'OUI');
    expect(readField(field('recipientIsState'))).toBe('OUI');
    writeField(field('recipientIsState'), 'NON');
    expect(readField(field('recipientIsState'))).toBe('NON');
    writeField(field('documentType'), 'Avoir');
    expect(readField(field('documentType'))).toBe('Avoir');
  });

  it('never a read-only field', () => {
    const { field } = setup();
    expect(writeField(field('depositFormatRef'), 'X')).toBe(false);
  });
});
