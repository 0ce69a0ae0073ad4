import { describe, expect, it } from 'vitest';
import { foldName, SearchIndex, searchLine, sortSearchLines } from '../../../utils/directory/search.ts';
import { closestServices } from '../../../utils/directory/entry.ts';
import { HOSPITAL, LYCEE, SAINT_ETIENNE, SCHOOL } from '../../directory/fixture-data.ts';
import { readFixture } from '../../directory/read-fixture.ts';

const { structures, entry } = await readFixture('annuaire.xlsx');
const index = new SearchIndex(sortSearchLines([...structures.values()].map((structure) => searchLine(structure.id, structure.name))));
const names = (ids: string[]) => ids.map((id) => structures.get(id)?.name);

describe('folding names', () => {
  it('drops accents, case, punctuation and ligatures', () => {
    expect(foldName("Communauté d'Agglomération — Saint-Étienne (Œuvres)")).toBe('communaute d agglomeration saint etienne oeuvres');
  });
});

describe('searching the directory', () => {
  it('finds by name whatever the accents and the case, every word at a word start', () => {
    expect(names(index.search('ecole etudes'))).toEqual(["ÉCOLE NATIONALE D'ÉTUDES FICTIVES"]);
    expect(names(index.search('ÉCOLE NATIONALE'))).toEqual(["ÉCOLE NATIONALE D'ÉTUDES FICTIVES"]);
    expect(index.search('cole')).toEqual([]);
  });

  it('puts the names that start with the query first, then the shortest names with every word', () => {
    expect(index.search('saint etienne')).toEqual([SAINT_ETIENNE, LYCEE]);
    expect(index.search('ville saint')).toEqual([SAINT_ETIENNE]);
    expect(names(index.search('lycee'))).toEqual(['LYCEE GENERAL SAINT-ETIENNE-DU-BOIS']);
    // "de": the name that starts with it, then the shortest names with a word starting with it.
    expect(names(index.search('de')).slice(0, 3)).toEqual(['DEPARTEMENT DE LA LOIRE-TEST', 'VILLE DE SAINT ETIENNE', 'COMMUNE DE BOURG-LES-TESTS']);
  });

  it('finds by SIRET, and by SIREN all the SIRETs of a body', () => {
    expect(index.search('214 202 186 00018')).toEqual([SAINT_ETIENNE]);
    expect(index.search(SCHOOL.slice(0, 9))).toEqual([SCHOOL]);
    expect(index.search('1900000')).toEqual([SCHOOL, LYCEE]);
  });

  it('answers nothing to a query too short or unknown', () => {
    expect(index.search('a')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('closest services', () => {
  const services = entry(HOSPITAL).services;
  it('offers the same code in other case first, then near codes, only active ones', () => {
    expect(closestServices(services, 'urgences').map((service) => service.code)[0]).toBe('URGENCES');
    expect(closestServices(services, 'URGENSES').map((service) => service.code)[0]).toBe('URGENCES');
    expect(closestServices(services, 'PHARAM').map((service) => service.code)[0]).toBe('PHARMA');
    expect(closestServices(services, 'ANCIEN_SERV').map((service) => service.code)).not.toContain('ANCIEN_SERV');
  });
  it('recognises a service typed by its name', () => {
    expect(closestServices(services, 'pharmacie centrale')[0]?.code).toBe('PHARMA');
  });
});
