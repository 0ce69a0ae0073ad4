import { describe, expect, it } from 'vitest';
import { GOOD_SE_FORM, OTHER_SIRET, verdictsOf } from '../forms.ts';
import { SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'se/facturx-engagement';
const inWindow = (changes: Parameters<typeof facturx>[0], fields = SE_DEPOSIT_WINDOW) =>
  verdictsOf(RULE, fields, { page: 'depot', beyond: { facturx: facturx(changes) } });

describe(RULE, () => {
  it('refuses, in the deposit window, a Factur-X XML without BuyerOrderReferencedDocument for the Ville', () => {
    const [verdict, ...others] = inWindow({ buyerOrderReference: null });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositFile', severity: 'error' });
    expect(verdict!.message).toContain("ne contiennent pas de N° d'engagement (BuyerOrderReferencedDocument)");
    expect(verdict!.message).toContain('la Ville de Saint-Étienne rejettera la facture');
    expect(verdict!.message).toContain('7 chiffres');
    // The way out: the invoicing software, or a PDF without XML.
    expect(verdict!.message).toContain('logiciel de facturation');
    expect(verdict!.message).toContain('déposez un PDF sans données Factur-X');
  });

  it.each(['EJ 2401234', '24 01 234', '240123', '24012345', 'PO201925478'])('refuses an engagement written « %s » in the XML, quoting it', (written) => {
    const [verdict] = inWindow({ buyerOrderReference: written });
    expect(verdict?.severity).toBe('error');
    expect(verdict!.message).toContain(`« ${written} »`);
    expect(verdict!.message).toContain('exactement 7 chiffres');
  });

  it('accepts exactly 7 digits', () => {
    expect(inWindow({ buyerOrderReference: '2401234' })).toEqual([]);
    expect(inWindow({ buyerOrderReference: ' 2401234 ' })).toEqual([]);
  });

  it('is the Ville’s rule only: another recipient chosen on the entry form does not get it', () => {
    const fields = { ...GOOD_SE_FORM, recipientSiret: OTHER_SIRET };
    expect(verdictsOf(RULE, fields, { beyond: { facturx: facturx({ buyerOrderReference: null, buyerSiret: OTHER_SIRET }) } })).toEqual([]);
  });

  it('stays silent on the entry form (the form counts there) and when the XML was not looked at for it', () => {
    expect(verdictsOf(RULE, GOOD_SE_FORM, { beyond: { facturx: facturx({ buyerOrderReference: null }) } })).toEqual([]);
    expect(inWindow({ buyerOrderReference: undefined })).toEqual([]);
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot' })).toEqual([]);
  });
});
