import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bytesFile } from '../../../utils/directory/zip.ts';
import { DirectoryError } from '../../../utils/directory/types.ts';
import {
  deleteDirectory, getDirectoryMeta, getStructureWithServices, GENERATION_PREFIX, lookupRecipient, searchDirectory,
} from '../../../utils/storage/directory.ts';
import { importDirectory } from '../../../utils/storage/directory-writer.ts';
import { HOSPITAL, INACTIVE, NOT_IN_DIRECTORY, SAINT_ETIENNE } from '../../directory/fixture-data.ts';
import { FIXTURES } from '../../directory/read-fixture.ts';

const fixture = (name: string) => bytesFile(new Uint8Array(readFileSync(join(FIXTURES, name))));
const generations = async () => (await indexedDB.databases()).map((info) => info.name).filter((name) => name?.startsWith(GENERATION_PREFIX));

describe('the directory in IndexedDB', () => {
  beforeEach(async () => {
    await deleteDirectory();
  });

  it('has nothing to say before an import', async () => {
    expect(await getDirectoryMeta()).toBeNull();
    expect(await lookupRecipient(SAINT_ETIENNE)).toBeNull();
    expect(await searchDirectory('saint')).toEqual([]);
  });

  it('keeps the date, the counts and the file of an import, and answers look-ups by SIRET', async () => {
    const meta = await importDirectory(fixture('annuaire.xlsx'), 'annuaire.xlsx');
    expect(await getDirectoryMeta()).toEqual(meta);
    expect(meta).toMatchObject({ date: '2026-11-20', dateSource: 'file-properties', fileName: 'annuaire.xlsx', counts: { structures: 11, services: 11 } });
    const hospital = await lookupRecipient(HOSPITAL);
    expect(hospital?.structure).toMatchObject({ name: "CENTRE HOSPITALIER DE MONTS-D'ESSAI", serviceRequired: true });
    expect(hospital?.services.map((service) => service.code).sort()).toEqual(['ANCIEN_SERV', 'PHARMA', 'TECHNIQUE', 'URGENCES']);
    expect(hospital?.date).toBe('2026-11-20');
    expect(await lookupRecipient(NOT_IN_DIRECTORY)).toEqual({ siret: NOT_IN_DIRECTORY, date: '2026-11-20', structure: null, services: [] });
  });

  it('searches by name, accent-insensitive, and by SIREN', async () => {
    await importDirectory(fixture('annuaire.xlsx'), 'annuaire.xlsx');
    expect((await searchDirectory('ile fictive')).map((structure) => structure.id)).toEqual([INACTIVE]);
    expect((await searchDirectory('214202186')).map((structure) => structure.name)).toEqual(['VILLE DE SAINT ETIENNE']);
    expect((await getStructureWithServices(SAINT_ETIENNE))?.services.map((service) => service.code)).toEqual(['FACTURES_PUBLIQUES']);
  });

  it('leaves the previous directory as it was when a file is not the directory, and nothing half-written', async () => {
    const first = await importDirectory(fixture('annuaire.xlsx'), 'annuaire.xlsx');
    for (const wrong of ['annuaire-colonne-manquante.xlsx', 'pas-un-annuaire.xlsx']) {
      await expect(importDirectory(fixture(wrong), wrong)).rejects.toBeInstanceOf(DirectoryError);
    }
    expect(await getDirectoryMeta()).toEqual(first);
    expect((await lookupRecipient(HOSPITAL))?.structure?.name).toBe("CENTRE HOSPITALIER DE MONTS-D'ESSAI");
    expect(await generations()).toEqual([first.database]);
  });

  it('replaces the previous directory by a new import, and deletes its records', async () => {
    const first = await importDirectory(fixture('annuaire.xlsx'), 'annuaire.xlsx');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await importDirectory(fixture('annuaire-feuilles-inversees.xlsx'), 'AIFE-Chorus-Pro-Annuaire_13112026.xlsx');
    expect(second.database).not.toBe(first.database);
    expect(await getDirectoryMeta()).toMatchObject({ date: '2026-11-13', dateSource: 'file-name' });
    expect((await lookupRecipient(HOSPITAL))?.date).toBe('2026-11-13');
    expect(await generations()).toEqual([second.database]);
  });

  it('« Supprimer l’annuaire » erases everything and the checks go silent', async () => {
    await importDirectory(fixture('annuaire.xlsx'), 'annuaire.xlsx');
    await deleteDirectory();
    expect(await getDirectoryMeta()).toBeNull();
    expect(await lookupRecipient(HOSPITAL)).toBeNull();
    expect(await generations()).toEqual([]);
  });
});
