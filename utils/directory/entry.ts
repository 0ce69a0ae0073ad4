import { distance } from 'fastest-levenshtein';
import { foldName } from './search.ts';
import type { DirectoryService, DirectoryStructure } from './types.ts';

/**
 * What the checks know of the directory: the entry of the recipient SIRET typed on the page, looked up by whoever
 * runs the checks (the background from IndexedDB, the CLI from the file), for that SIRET only.
 */
export interface DirectoryEntry {
  /** The SIRET looked up (14 digits): the checks ignore an entry for another SIRET than the page's. */
  siret: string;
  /** The directory's date, YYYY-MM-DD. */
  date: string;
  /** Null: the SIRET is not in the directory. */
  structure: DirectoryStructure | null;
  /** The structure's services, active or not. */
  services: readonly DirectoryService[];
}

/** The service whose code is exactly the one typed (spaces around it ignored). */
export function findService(services: readonly DirectoryService[], typed: string): DirectoryService | undefined {
  const code = typed.trim();
  return services.find((service) => service.code === code);
}

/** Active services in a stable order for a list to pick from: by code. */
export function activeServices(services: readonly DirectoryService[]): DirectoryService[] {
  return services.filter((service) => service.active).sort((a, b) => a.code.localeCompare(b.code, 'fr'));
}

/**
 * The active services closest to what was typed: the same code in other case first, then a typed name that is the
 * service's, then codes a few keystrokes away.
 */
export function closestServices(services: readonly DirectoryService[], typed: string, count = 5): DirectoryService[] {
  const upper = typed.trim().toUpperCase();
  const folded = foldName(typed);
  const score = (service: DirectoryService) => {
    const code = service.code.toUpperCase();
    if (code === upper) return 0;
    const name = foldName(service.name);
    if (folded !== '' && name === folded) return 1;
    const codeDistance = distance(code, upper) / Math.max(code.length, upper.length, 1);
    const nameHit = folded.length >= 3 && name.includes(folded) ? 0.5 : 1;
    return 2 + Math.min(codeDistance, nameHit);
  };
  return activeServices(services)
    .map((service) => ({ service, score: score(service) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map(({ service }) => service);
}

/** "CODE — Nom du service", as a list shows a service. */
export function serviceLabel(service: DirectoryService): string {
  return service.name ? `${service.code} — ${service.name}` : service.code;
}
