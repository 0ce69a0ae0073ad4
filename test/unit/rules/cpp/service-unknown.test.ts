import { describe, expect, it } from 'vitest';
import { HOSPITAL, SAINT_ETIENNE, SCHOOL } from '../../../directory/fixture-data.ts';
import { checkWithDirectory, directoryVerdicts, formFor } from '../directory-forms.ts';

const rule = 'cpp/service-unknown';

describe('cpp/service-unknown', () => {
  it('is an error when the code is not one of the structure’s, offering the closest active codes', () => {
    const [verdict, ...rest] = directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'URGENSES' }));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'serviceCode', severity: 'error' });
    expect(verdict!.message).toBe(
      "Le Code service « URGENSES » n'existe pas pour CENTRE HOSPITALIER DE MONTS-D'ESSAI (annuaire Chorus Pro du 20/11/2026) : la facture serait rejetée. Les codes les plus proches sont proposés ; vérifiez-le sur le bon de commande.",
    );
    expect(verdict!.fix?.value).toBe('URGENCES');
    expect(verdict!.fix?.choices?.[0]).toEqual({ value: 'URGENCES', label: 'URGENCES — Service des urgences' });
    expect(verdict!.fix?.choices?.map((choice) => choice.value)).not.toContain('ANCIEN_SERV');
  });

  it('offers the exact spelling of a code typed in the wrong case', () => {
    const [verdict] = directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'pharma' }));
    expect(verdict!.fix?.value).toBe('PHARMA');
  });

  it('is an error when the service is inactive', () => {
    const [verdict] = directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'ANCIEN_SERV' }));
    expect(verdict!.message).toMatch(/^Le service ANCIEN_SERV de CENTRE HOSPITALIER DE MONTS-D'ESSAI est inactif/);
    expect(verdict!.fix?.choices?.length).toBeGreaterThan(0);
  });

  it('proposes to empty the field for a structure with no service', () => {
    const [verdict] = directoryVerdicts(rule, formFor(SCHOOL, { serviceCode: 'COMPTA' }));
    expect(verdict!.message).toMatch(/n'a aucun service actif/);
    expect(verdict!.fix).toEqual({ value: '' });
  });

  it('accepts an active code of the structure, spaces around it ignored', () => {
    expect(directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: ' URGENCES ' }))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: '' }))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'XX' }), { entry: null })).toEqual([]);
  });

  it("lets the Ville de Saint-Étienne's profile speak about its service code", () => {
    const verdicts = checkWithDirectory(formFor(SAINT_ETIENNE, { engagementNumber: '2401234', serviceCode: 'SERVEXEC' })).verdicts;
    expect(verdicts.filter((verdict) => verdict.field === 'serviceCode').map((verdict) => verdict.rule)).toEqual(['se/service-code']);
  });
});
