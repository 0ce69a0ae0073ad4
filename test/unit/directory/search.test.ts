import { describe, expect, it } from 'vitest';
import { foldName, searchIndex, searchLine } from '../../../utils/directory/search.ts';
import { closestServices } from '../../../utils/directory/entry.ts';
import { HOSPITAL, LYCEE, SAINT_ETIENNE, SCHOOL } from '../../directory/fixture-data.ts';
import { readFixture } from '../../directory/read-fixture.ts';

const { structures, entry } = await readFixture('annuaire.xlsx');
const index = [...structures.values()].map((structure) => searchLine(structure.id, structure.name)).join('');
const names = (ids: string[]) => ids.map((id) => structures.get(id)?.name);

describe('folding names', () => {
  it('drops accents, case, punctuation and ligatures', () => {
    expect(foldName("Communauté d'Agglomération — Saint-Étienne (Œuvres)")).toBe('communaute d agglomeration saint etienne oeuvres');
  });
});

describe('searching the directory', () => {
  it('finds by name whatever the accents and the case, every word at a word start', () => {
    expect(names(searchIndex(index, 'ecole etudes'))).toEqual(["ÉCOLE NATIONALE D'ÉTUDES FICTIVES"]);
    expect(names(searchIndex(index, 'ÉCOLE NATIONALE'))).toEqual(["ÉCOLE NATIONALE D'ÉTUDES FICTIVES"]);
    expect(searchIndex(index, 'cole')).toEqual([]);
  });

  it('puts the names that start with the query first', () => {
    expect(searchIndex(index, 'saint etienne').slice(0, 2)).toEqual([SAINT_ETIENNE, LYCEE]);
    expect(searchIndex(index, 'ville saint')).toEqual([SAINT_ETIENNE]);
  });

  it('finds by SIRET, and by SIREN all the SIRETs of a body', () => {
    expect(searchIndex(index, '214 202 186 00018')).toEqual([SAINT_ETIENNE]);
    expect(searchIndex(index, SCHOOL.slice(0, 9))).toEqual([SCHOOL]);
    expect(searchIndex(index, '1900000')).toEqual([SCHOOL, LYCEE]);
  });

  it('answers nothing to a query too short or unknown', () => {
    expect(searchIndex(index, 'a')).toEqual([]);
    expect(searchIndex(index, '  ')).toEqual([]);
    expect(searchIndex(index, 'zzzz')).toEqual([]);
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
