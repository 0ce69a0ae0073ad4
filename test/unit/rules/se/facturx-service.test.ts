import { describe, expect, it } from 'vitest';
import { GOOD_SE_FORM, OTHER_SIRET, verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'se/facturx-service';
const inWindow = (buyerReference: string | null | undefined) =>
  verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ buyerReference }) } });

describe(RULE, () => {
  it('refuses a BuyerReference other than FACTURES_PUBLIQUES in the XML, for the Ville', () => {
    const [verdict, ...others] = inWindow('SERVEXEC');
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositFile', severity: 'error' });
    expect(verdict!.message).toContain('le code service (BuyerReference) est « SERVEXEC »');
    expect(verdict!.message).toContain('FACTURES_PUBLIQUES');
    expect(verdict!.message).toContain('Retirez ce code service');
    expect(verdict!.message).toContain('déposez un PDF sans données Factur-X');
  });

  it('accepts no BuyerReference, an empty one, or FACTURES_PUBLIQUES', () => {
    expect(inWindow(null)).toEqual([]);
    expect(inWindow('')).toEqual([]);
    expect(inWindow('FACTURES_PUBLIQUES')).toEqual([]);
    expect(inWindow(undefined)).toEqual([]);
  });

  it('does not apply to another recipient', () => {
    const fields = { ...GOOD_SE_FORM, recipientSiret: OTHER_SIRET };
    expect(verdictsOf(RULE, fields, { beyond: { facturx: facturx({ buyerReference: 'SERVEXEC', buyerSiret: OTHER_SIRET }) } })).toEqual([]);
  });
});
