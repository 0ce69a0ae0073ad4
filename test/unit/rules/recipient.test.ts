import { describe, expect, it } from 'vitest';
import { chooseProfile, chosenRecipientSiret } from '../../../utils/rules/engine.ts';
import { SAINT_ETIENNE_SIRET } from '../../../utils/rules/profiles.ts';
import { OTHER_SIRET } from './forms.ts';

const SUPPLIER_SIRET = '73282932000074';
const depot = (depositStructure: string) => ({ page: 'depot' as const, fields: { depositStructure } });

describe('the recipient as the page tells it', () => {
  it('is the SIRET typed on the entry form, spaces aside', () => {
    expect(chosenRecipientSiret({ page: 'saisie', fields: { recipientSiret: '110 002 011 00044' } })).toBe(OTHER_SIRET);
    expect(chosenRecipientSiret({ page: 'saisie', fields: { recipientSiret: '' } })).toBeUndefined();
  });

  it('is the deposit window’s « Structure » only when it is a known public body (it may be the supplier’s own structure)', () => {
    expect(chosenRecipientSiret(depot(SAINT_ETIENNE_SIRET))).toBe(SAINT_ETIENNE_SIRET);
    expect(chosenRecipientSiret(depot(SUPPLIER_SIRET))).toBeUndefined();
  });
});

describe('the profile in the deposit window', () => {
  it('follows a known body chosen as « Structure »', () => {
    expect(chooseProfile({ snapshot: depot(SAINT_ETIENNE_SIRET) }).id).toBe('saint-etienne');
  });

  it('keeps the city’s advice when « Structure » is an unknown SIRET and the PDF names the city', () => {
    expect(chooseProfile({ snapshot: depot(SUPPLIER_SIRET), pdf: { buyerSiret: SAINT_ETIENNE_SIRET } }).id).toBe('saint-etienne');
    expect(chooseProfile({ snapshot: depot(SUPPLIER_SIRET) }).id).toBe('chorus-pro');
  });

  it('on the entry form, the SIRET typed decides, even against the PDF', () => {
    expect(chooseProfile({ snapshot: { page: 'saisie', fields: { recipientSiret: OTHER_SIRET } }, pdf: { buyerSiret: SAINT_ETIENNE_SIRET } }).id).toBe('chorus-pro');
  });
});
