import { describe, expect, it } from 'vitest';
import { SAINT_ETIENNE_SIRET } from '../../../../utils/rules/profiles.ts';
import { GOOD_SE_FORM, OTHER_SIRET, verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'cpp/facturx-recipient';
const SUPPLIER_SIRET = '73282932000074';

describe(RULE, () => {
  it('refuses, in the deposit window, XML addressed to another SIRET than the structure chosen', () => {
    const [verdict, ...others] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: OTHER_SIRET }) } });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositFile', severity: 'error' });
    expect(verdict!.message).toContain(`au SIRET ${OTHER_SIRET}, mais la structure choisie est ${SAINT_ETIENNE_SIRET}`);
    expect(verdict!.message).toContain('déposez un PDF sans données Factur-X');
  });

  it('stays silent on the entry form, where Chorus Pro records the form, not the XML of a PDF imported in the panel', () => {
    const fields = { ...GOOD_SE_FORM, recipientSiret: OTHER_SIRET };
    expect(verdictsOf(RULE, fields, { beyond: { facturx: facturx({ buyerSiret: SAINT_ETIENNE_SIRET }) } })).toEqual([]);
  });

  it('compares with a SIRET typed as the recipient when one is given (the guide’s PDF check)', () => {
    const fields = { depositFile: 'facture.pdf', recipientSiret: OTHER_SIRET };
    expect(verdictsOf(RULE, fields, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: SAINT_ETIENNE_SIRET }) } })).toHaveLength(1);
  });

  it('compares a SIREN alone with the start of the SIRET chosen', () => {
    const sirenOnly = (buyerSiren: string) => facturx({ buyerSiret: null, buyerSiren });
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: sirenOnly('214202186') } })).toEqual([]);
    const [verdict] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: sirenOnly('110002011') } });
    expect(verdict!.message).toContain('au SIREN 110002011');
  });

  it('refuses XML that names no buyer at all', () => {
    const [verdict] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: null, buyerSiren: null }) } });
    expect(verdict!.message).toContain('ne donnent pas le SIRET du destinataire');
  });

  it('stays silent when the « Structure » of the deposit window may be the supplier’s own (not a known public body)', () => {
    const window = { ...SE_DEPOSIT_WINDOW, depositStructure: SUPPLIER_SIRET };
    expect(verdictsOf(RULE, window, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: OTHER_SIRET }) } })).toEqual([]);
  });

  it('stays silent with no recipient chosen, and when the XML was not looked at for the buyer', () => {
    const window = { ...SE_DEPOSIT_WINDOW, depositStructure: '' };
    expect(verdictsOf(RULE, window, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: OTHER_SIRET }) } })).toEqual([]);
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ buyerSiret: undefined }) } })).toEqual([]);
  });
});
