import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/recipient-hint';
const cityPdf = { buyerSiret: '21420218600018' };

describe(RULE, () => {
  it('gives the city SIRET on the entry form while no recipient is chosen', () => {
    const [verdict] = verdictsOf(RULE, seForm({ recipientSiret: '' }), { pdf: cityPdf });
    expect(verdict).toMatchObject({ field: 'recipientSiret', severity: 'info', fix: { value: '21420218600018' } });
    expect(verdict!.message).toMatch(/Rechercher une structure/);
  });

  it('in the deposit window gives both readings of « Structure » and offers nothing to write into it', () => {
    const [verdict, ...others] = verdictsOf(RULE, { depositStructure: '', depositFrame: 'A1' }, { page: 'depot', pdf: cityPdf });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositStructure', severity: 'info' });
    expect(verdict!.fix).toBeUndefined();
    // The recipient reading (the city's SIRET) and the depositor's own structure reading.
    expect(verdict!.message).toContain('21420218600018');
    expect(verdict!.message).toMatch(/votre propre structure/);
    expect(verdict!.message).toMatch(/formulaire de saisie/);
  });

  it('counts a list still showing « Sélectionner » as nothing chosen', () => {
    expect(verdictsOf(RULE, { depositStructure: 'Sélectionner', depositFrame: 'A1' }, { page: 'depot', pdf: cityPdf })).toHaveLength(1);
    expect(verdictsOf(RULE, { depositStructure: '48253710900019 - MENUISERIE DUPONT', depositFrame: 'A1' }, { page: 'depot', pdf: cityPdf })).toEqual([]);
  });

  it('is silent once the recipient is chosen', () => {
    expect(verdictsOf(RULE, seForm({}), { pdf: cityPdf })).toEqual([]);
  });
});
