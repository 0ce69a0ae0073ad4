import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DirectoryEntry } from '../../utils/directory/entry.ts';
import { readDirectory, type DirectorySink } from '../../utils/directory/read.ts';
import type { DirectoryService, DirectoryStructure, DirectorySummary } from '../../utils/directory/types.ts';
import { bytesFile } from '../../utils/directory/zip.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/directory');

export interface ReadFixture {
  summary: DirectorySummary;
  structures: Map<string, DirectoryStructure>;
  services: DirectoryService[];
  /** What the background or the CLI hands the checks for one SIRET. */
  entry(siret: string): DirectoryEntry;
}

/** Reads a directory file of test/fixtures/directory (or given bytes) into memory, through the extension's reader. */
export async function readFixture(nameOrBytes: string | Uint8Array, fileName = typeof nameOrBytes === 'string' ? nameOrBytes : 'annuaire.xlsx'): Promise<ReadFixture> {
  const bytes = typeof nameOrBytes === 'string' ? new Uint8Array(readFileSync(resolve(FIXTURES, nameOrBytes))) : nameOrBytes;
  const structures = new Map<string, DirectoryStructure>();
  const services: DirectoryService[] = [];
  const sink: DirectorySink = {
    structure: (record) => void structures.set(record.id, record),
    service: (record) => void services.push(record),
    flush: async () => {},
  };
  const summary = await readDirectory(bytesFile(bytes), sink, { fileName, now: new Date('2026-11-27T10:00:00Z') });
  return {
    summary,
    structures,
    services,
    entry: (siret) => ({ siret, date: summary.date, structure: structures.get(siret) ?? null, services: services.filter((service) => service.siret === siret) }),
  };
}
