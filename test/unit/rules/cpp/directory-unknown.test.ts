import { describe, expect, it } from 'vitest';
import { HOSPITAL, NOT_IN_DIRECTORY } from '../../../directory/fixture-data.ts';
import { directoryVerdicts, formFor } from '../directory-forms.ts';

describe('cpp/directory-unknown', () => {
  it('warns, with the directory date, when the SIRET is not in the directory', () => {
    const [verdict, ...rest] = directoryVerdicts('cpp/directory-unknown', formFor(NOT_IN_DIRECTORY));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'recipientSiret', severity: 'warning' });
    expect(verdict!.message).toBe(
      `Le SIRET ${NOT_IN_DIRECTORY} n'est pas dans l'annuaire des structures publiques de Chorus Pro (annuaire du 20/11/2026) : une facture ne peut être adressée qu'à une structure de l'annuaire. Vérifiez le SIRET sur le bon de commande ; si votre client vient d'être créé, importez un annuaire plus récent.`,
    );
    expect(verdict!.fix).toBeUndefined();
  });

  it('says it in English too', () => {
    const [verdict] = directoryVerdicts('cpp/directory-unknown', formFor(NOT_IN_DIRECTORY), { locale: 'en' });
    expect(verdict!.message).toMatch(/^The SIRET \d{14} is not in the Chorus Pro directory of public structures \(directory of 20\/11\/2026\)/);
  });

  it('is silent for a structure of the directory, without a directory, or for an entry of another SIRET', () => {
    expect(directoryVerdicts('cpp/directory-unknown', formFor(HOSPITAL))).toEqual([]);
    expect(directoryVerdicts('cpp/directory-unknown', formFor(NOT_IN_DIRECTORY), { entry: null })).toEqual([]);
    const stale = { siret: HOSPITAL, date: '2026-11-20', structure: null, services: [] };
    expect(directoryVerdicts('cpp/directory-unknown', formFor(NOT_IN_DIRECTORY), { entry: stale })).toEqual([]);
  });

  it('leaves an invalid SIRET to cpp/siret', () => {
    const invalid = '21420218600019';
    expect(directoryVerdicts('cpp/directory-unknown', formFor(invalid), { entry: { siret: invalid, date: '2026-11-20', structure: null, services: [] } })).toEqual([]);
  });
});
