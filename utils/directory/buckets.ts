import type { DirectoryService, DirectoryStructure } from './types.ts';

/**
 * The directory as it is stored: 200 000 structures and 80 000 services spread over a few thousand buckets by a
 * hash of the structure's identifier, a structure and its services in the same bucket. An import then writes a
 * few thousand records instead of 280 000 (IndexedDB's cost is per record), and a look-up reads one bucket of a
 * few kilobytes. Each record is a line of JSON: a structure `["S", id, idType, name, flags, address, postalCode,
 * city, country]`, a service `["V", siret, code, name, flags]`.
 */

export const BUCKET_COUNT = 4096;

/** FNV-1a of the identifier, folded to a bucket. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKET_COUNT;
}

const ACTIVE = 1;
const ENGAGEMENT = 2;
const SERVICE = 4;
const EITHER = 8;
const PAYMENT = 16;

export function encodeStructure(structure: DirectoryStructure): string {
  const flags =
    (structure.active ? ACTIVE : 0) |
    (structure.engagementRequired ? ENGAGEMENT : 0) |
    (structure.serviceRequired ? SERVICE : 0) |
    (structure.engagementOrServiceRequired ? EITHER : 0) |
    (structure.paymentStatusReported ? PAYMENT : 0);
  return JSON.stringify(['S', structure.id, structure.idType, structure.name, flags, structure.address ?? null, structure.postalCode ?? null, structure.city ?? null, structure.country ?? null]);
}

export function encodeService(service: DirectoryService): string {
  return JSON.stringify(['V', service.siret, service.code, service.name, (service.active ? ACTIVE : 0) | (service.engagementRequired ? ENGAGEMENT : 0)]);
}

type StructureTuple = ['S', string, string, string, number, string | null, string | null, string | null, string | null];
type ServiceTuple = ['V', string, string, string, number];

function decodeStructure(line: string): DirectoryStructure {
  const [, id, idType, name, flags, address, postalCode, city, country] = JSON.parse(line) as StructureTuple;
  const structure: DirectoryStructure = {
    id,
    idType,
    name,
    active: (flags & ACTIVE) !== 0,
    engagementRequired: (flags & ENGAGEMENT) !== 0,
    serviceRequired: (flags & SERVICE) !== 0,
    engagementOrServiceRequired: (flags & EITHER) !== 0,
    paymentStatusReported: (flags & PAYMENT) !== 0,
  };
  if (address !== null) structure.address = address;
  if (postalCode !== null) structure.postalCode = postalCode;
  if (city !== null) structure.city = city;
  if (country !== null) structure.country = country;
  return structure;
}

function decodeService(line: string): DirectoryService {
  const [, siret, code, name, flags] = JSON.parse(line) as ServiceTuple;
  return { siret, code, name, active: (flags & ACTIVE) !== 0, engagementRequired: (flags & ENGAGEMENT) !== 0 };
}

/** A structure and its services (sorted by code) out of its bucket's text; null when the bucket has no such structure. */
export function readBucket(bucket: string | undefined, id: string): { structure: DirectoryStructure | null; services: DirectoryService[] } {
  if (!bucket) return { structure: null, services: [] };
  const key = JSON.stringify(id);
  let structure: DirectoryStructure | null = null;
  const services: DirectoryService[] = [];
  for (const prefix of ['["S",', '["V",']) {
    const needle = `\n${prefix}${key},`;
    for (let at = bucket.indexOf(needle); at >= 0; at = bucket.indexOf(needle, at + 1)) {
      const end = bucket.indexOf('\n', at + 1);
      const line = bucket.slice(at + 1, end < 0 ? bucket.length : end);
      if (prefix === '["S",') structure ??= decodeStructure(line);
      else services.push(decodeService(line));
    }
  }
  services.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { structure, services };
}

/** Collects the records of an import in their buckets, as text, until they are written. */
export class BucketBuilder {
  private readonly lines: string[][] = Array.from({ length: BUCKET_COUNT }, () => []);

  addStructure(structure: DirectoryStructure): void {
    this.lines[bucketOf(structure.id)]!.push(encodeStructure(structure));
  }

  addService(service: DirectoryService): void {
    this.lines[bucketOf(service.siret)]!.push(encodeService(service));
  }

  /** Each bucket's text: every record on its own line, a line break first so each can be found by "\n[". */
  *buckets(): Generator<[number, string]> {
    for (let index = 0; index < BUCKET_COUNT; index++) {
      const lines = this.lines[index]!;
      if (lines.length) yield [index, `\n${lines.join('\n')}`];
      this.lines[index] = [];
    }
  }
}
