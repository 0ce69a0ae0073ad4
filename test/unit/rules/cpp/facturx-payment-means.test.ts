import { describe, expect, it } from 'vitest';
import { OTHER_SIRET, verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'cpp/facturx-payment-means';
const window = { ...SE_DEPOSIT_WINDOW, depositStructure: OTHER_SIRET };

describe(RULE, () => {
  it('refuses XML without SpecifiedTradeSettlementPaymentMeans/TypeCode, for any recipient', () => {
    const [verdict, ...others] = verdictsOf(RULE, window, { page: 'depot', beyond: { facturx: facturx({ paymentMeansCode: null, buyerSiret: OTHER_SIRET }) } });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositFile', severity: 'error' });
    expect(verdict!.message).toContain("n'indiquent pas de moyen de paiement (SpecifiedTradeSettlementPaymentMeans/TypeCode)");
    expect(verdict!.message).toContain('logiciel de facturation');
    expect(verdict!.message).toContain('déposez un PDF sans données Factur-X');
  });

  it('says that a MINIMUM profile cannot carry it, and what to export instead', () => {
    const [verdict] = verdictsOf(RULE, window, { page: 'depot', beyond: { facturx: facturx({ paymentMeansCode: null, profile: 'urn:factur-x.eu:1p0:minimum' }) } });
    expect(verdict!.message).toContain('profil MINIMUM');
    expect(verdict!.message).toContain('BASIC ou EN 16931');
  });

  it('accepts any payment means code, and asks none of a credit note', () => {
    expect(verdictsOf(RULE, window, { page: 'depot', beyond: { facturx: facturx({ paymentMeansCode: '30' }) } })).toEqual([]);
    expect(verdictsOf(RULE, window, { page: 'depot', pdf: { documentType: 'avoir' }, beyond: { facturx: facturx({ paymentMeansCode: null }) } })).toEqual([]);
  });
});
