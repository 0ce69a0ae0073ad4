import { describe, expect, it } from 'vitest';
import { verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'cpp/facturx-text';

describe(RULE, () => {
  it('warns for each value the XML and the visible text give differently, showing both as a person reads them', () => {
    const facts = facturx({
      disagreements: ['totalTTC', 'invoiceDate'],
      differences: [
        { field: 'totalTTC', xml: '1250.00', text: '1200.00' },
        { field: 'invoiceDate', xml: '2026-08-15', text: '2026-08-16' },
      ],
    });
    const verdicts = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facts } });
    expect(verdicts).toHaveLength(2);
    expect(verdicts.every((verdict) => verdict.field === 'depositFile' && verdict.severity === 'warning')).toBe(true);
    expect(verdicts[0]!.message).toContain('« Montant TTC après remise » : les données Factur-X de ce PDF indiquent 1\u202f250,00\u00a0€, mais la page affiche 1\u202f200,00\u00a0€.');
    expect(verdicts[0]!.message).toContain("Chorus Pro lit les données Factur-X, l'acheteur lit la page");
    expect(verdicts[1]!.message).toContain('indiquent 15/08/2026, mais la page affiche 16/08/2026');
  });

  it('names the field when only the list of disagreements is known (as extract prints it)', () => {
    const [verdict] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ disagreements: ['invoiceNumber'], differences: undefined }) } });
    expect(verdict!.message).toMatch(/^« Numéro » : les données Factur-X de ce PDF ne disent pas la même chose que la page\./);
  });

  it('says nothing when they agree', () => {
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({}) } })).toEqual([]);
  });
});
