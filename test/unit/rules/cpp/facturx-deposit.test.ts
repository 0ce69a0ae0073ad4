import { describe, expect, it } from 'vitest';
import { facturxProfileName } from '../../../../utils/model/facturx-facts.ts';
import { GOOD_SE_FORM, verdictsOf } from '../forms.ts';
import { GOOD_SE_FACTURX, SE_DEPOSIT_WINDOW, facturx } from '../facturx-helpers.ts';

const RULE = 'cpp/facturx-deposit';

describe(RULE, () => {
  it('says plainly, in the deposit window, that a Factur-X PDF is read as a flow and the form is skipped', () => {
    const [verdict, ...others] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: GOOD_SE_FACTURX } });
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'depositFile', severity: 'info' });
    expect(verdict!.message).toContain('Ce PDF contient des données Factur-X (profil BASIC).');
    expect(verdict!.message).toContain('« Dépôt factures »');
    expect(verdict!.message).toContain('« Suivi des flux »');
    expect(verdict!.message).toMatch(/non le formulaire ni le cadre de facturation/);
  });

  it('says it too for a PDF imported in the panel of the entry form, in English when asked', () => {
    const [verdict] = verdictsOf(RULE, GOOD_SE_FORM, { beyond: { facturx: facturx({ profile: 'urn:cen.eu:en16931:2017' }) }, locale: 'en' });
    expect(verdict!.message).toMatch(/^This PDF carries Factur-X data \(profile EN 16931\)/);
  });

  it('on the entry form, says honestly that the form counts there and the data only matters through « Dépôt factures »', () => {
    const [verdict, ...others] = verdictsOf(RULE, GOOD_SE_FORM, { beyond: { facturx: GOOD_SE_FACTURX } });
    expect(others).toEqual([]);
    // No file field on that page: the message is about the page (the PDF imported in the panel).
    expect(verdict).toMatchObject({ field: 'page', severity: 'info' });
    expect(verdict!.message).toContain('Ce PDF contient des données Factur-X (profil BASIC).');
    expect(verdict!.message).toContain('Sur « Saisir facture », Chorus Pro enregistre ce que vous saisissez dans le formulaire : ces données ne sont pas lues ici.');
    expect(verdict!.message).toContain('Si vous déposez plutôt ce PDF par « Dépôt factures »');
    expect(verdict!.message).not.toMatch(/non le formulaire ni le cadre/);
  });

  it('leaves the profile out when the XML names none', () => {
    const [verdict] = verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot', beyond: { facturx: facturx({ profile: '' }) } });
    expect(verdict!.message).toMatch(/^Ce PDF contient des données Factur-X\. Déposé/);
  });

  it('says nothing for a PDF without Factur-X data, or before any PDF is read', () => {
    expect(verdictsOf(RULE, SE_DEPOSIT_WINDOW, { page: 'depot' })).toEqual([]);
  });
});

describe('facturxProfileName', () => {
  it.each([
    ['urn:factur-x.eu:1p0:minimum', 'MINIMUM'],
    ['urn:factur-x.eu:1p0:basicwl', 'BASIC WL'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017', 'EN 16931'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3', 'XRechnung'],
    ['urn:factur-x.eu:2p0:ultimate', 'urn:factur-x.eu:2p0:ultimate'],
    ['', ''],
  ])('%s → %s', (guideline, name) => {
    expect(facturxProfileName(guideline)).toBe(name);
  });
});
