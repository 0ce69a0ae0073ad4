import { describe, expect, it } from 'vitest';
import { DEPARTMENT, HOSPITAL, SCHOOL } from '../../../directory/fixture-data.ts';
import { directory, directoryVerdicts, formFor } from '../directory-forms.ts';
import { MAX_SERVICE_CHOICES } from '../../../../utils/rules/cpp/service-required.ts';

const rule = 'cpp/service-required';

describe('cpp/service-required', () => {
  it('is an error whose fix lists the active services to pick from (code — name)', () => {
    const [verdict, ...rest] = directoryVerdicts(rule, formFor(HOSPITAL));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'serviceCode', severity: 'error' });
    expect(verdict!.message).toMatch(/^Le Code service est obligatoire pour CENTRE HOSPITALIER DE MONTS-D'ESSAI \(annuaire Chorus Pro du 20\/11\/2026\)/);
    expect(verdict!.message).toMatch(/\(3 services actifs\)/);
    expect(verdict!.fix).toEqual({
      value: 'PHARMA',
      choices: [
        { value: 'PHARMA', label: 'PHARMA — Pharmacie centrale' },
        { value: 'TECHNIQUE', label: 'TECHNIQUE — Services techniques' },
        { value: 'URGENCES', label: 'URGENCES — Service des urgences' },
      ],
    });
  });

  it("puts the PDF's service code first when it is one of the structure's", () => {
    const [verdict] = directoryVerdicts(rule, formFor(DEPARTMENT), { pdf: { serviceCode: 'ROUTES' } });
    expect(verdict!.fix?.choices?.map((choice) => choice.value)).toEqual(['ROUTES', 'COLLEGES']);
    expect(verdict!.fix?.value).toBe('ROUTES');
  });

  it('offers the first ones, and says so, for a structure with very many services', () => {
    const entry = directory.entry(HOSPITAL);
    const many = Array.from({ length: 120 }, (_, index) => ({ siret: HOSPITAL, code: `S${String(index).padStart(3, '0')}`, name: `Service ${index}`, active: true, engagementRequired: false }));
    const [verdict] = directoryVerdicts(rule, formFor(HOSPITAL), { entry: { ...entry, services: many } });
    expect(verdict!.fix?.choices).toHaveLength(MAX_SERVICE_CHOICES);
    expect(verdict!.message).toMatch(/120 services actifs ; les 50 premiers sont proposés/);
  });

  it('says to ask the customer when the directory knows no active service', () => {
    const entry = directory.entry(HOSPITAL);
    const [verdict] = directoryVerdicts(rule, formFor(HOSPITAL), { entry: { ...entry, services: entry.services.map((service) => ({ ...service, active: false })) } });
    expect(verdict!.message).toMatch(/aucun service actif : demandez à votre client/);
    expect(verdict!.fix).toBeUndefined();
  });

  it('is silent when a code is typed, when the structure does not require one, without a directory', () => {
    expect(directoryVerdicts(rule, formFor(HOSPITAL, { serviceCode: 'URGENCES' }))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(SCHOOL))).toEqual([]);
    expect(directoryVerdicts(rule, formFor(HOSPITAL), { entry: null })).toEqual([]);
  });
});
