import { describe, expect, it } from 'vitest';
import { AGGLOMERATION, DEPARTMENT, HOSPITAL, LEADING_ZERO, SAINT_ETIENNE, SCHOOL } from '../../../directory/fixture-data.ts';
import { checkWithDirectory, directoryVerdicts, formFor } from '../directory-forms.ts';

const rule = 'cpp/engagement-required';

describe('cpp/engagement-required', () => {
  it('is an error when the structure requires an engagement and the field is empty', () => {
    const [verdict, ...rest] = directoryVerdicts(rule, formFor(LEADING_ZERO));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'engagementNumber', severity: 'error' });
    expect(verdict!.message).toBe(
      "Le N° d'engagement est obligatoire pour SYNDICAT DES EAUX DU VAL D'ESSAI (annuaire Chorus Pro du 20/11/2026) : sans lui, la facture est rejetée. Il figure sur le bon de commande ; à défaut, demandez-le à votre client.",
    );
    expect(directoryVerdicts(rule, formFor(DEPARTMENT, { serviceCode: 'ROUTES' }))).toHaveLength(1);
  });

  it('is an error when the chosen service requires one, though the structure does not', () => {
    const [verdict] = directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'PHARMA' }));
    expect(verdict!.message).toMatch(/^Le service PHARMA de CENTRE HOSPITALIER DE MONTS-D'ESSAI exige un N° d'engagement/);
    expect(directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'URGENCES' }))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(AGGLOMERATION, { serviceCode: 'VOIRIE' }))).toHaveLength(1);
    expect(directoryVerdicts(rule, formFor(AGGLOMERATION, { serviceCode: 'DIRFIN' }))).toEqual([]);
  });

  it('asks for one of the two when the structure wants the engagement or the service code', () => {
    const [verdict] = directoryVerdicts(rule, formFor(AGGLOMERATION));
    expect(verdict!.message).toMatch(/demande le N° d'engagement ou le Code service, au moins l'un des deux/);
  });

  it('offers the engagement number read in the PDF', () => {
    const [verdict] = directoryVerdicts(rule, formFor(LEADING_ZERO), { pdf: { engagementNumber: 'EJ-2026-0042' } });
    expect(verdict!.fix).toEqual({ value: 'EJ-2026-0042' });
  });

  it('is silent when the engagement is there, when nothing requires it, without a directory', () => {
    expect(directoryVerdicts(rule, formFor(LEADING_ZERO, { engagementNumber: '4500012345' }))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(SCHOOL))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(LEADING_ZERO), { entry: null })).toEqual([]);
  });

  it("leaves the Ville de Saint-Étienne to its own, stricter check: one message, not two", () => {
    const verdicts = checkWithDirectory(formFor(SAINT_ETIENNE)).verdicts.filter((verdict) => verdict.field === 'engagementNumber');
    expect(verdicts.map((verdict) => verdict.rule)).toEqual(['se/engagement-required']);
  });
});
