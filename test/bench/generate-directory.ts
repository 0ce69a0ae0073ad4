// A deterministic Chorus Pro directory of any size, with the real columns, for the benchmark:
//   node --experimental-strip-types test/bench/generate-directory.ts [FILE] [STRUCTURES] [SERVICES]
// Defaults: .tmp/bench/annuaire-200000.xlsx, 200 000 structures, 80 000 services (never committed: .tmp/ is ignored).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SERVICE_HEADER, STRUCTURE_HEADER } from '../directory/fixture-data.ts';
import { siretWithKey, XlsxWriter, type Cell } from '../directory/xlsx-writer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_BENCH_FILE = resolve(ROOT, '.tmp/bench/annuaire-200000.xlsx');

/** Small fast PRNG with a seed: the same file every time. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  'COMMUNE DE', 'MAIRIE DE', "CENTRE COMMUNAL D'ACTION SOCIALE DE", 'COLLEGE PUBLIC DE', 'LYCEE POLYVALENT DE', 'SYNDICAT INTERCOMMUNAL DES EAUX DE',
  'CENTRE HOSPITALIER DE', 'COMMUNAUTE DE COMMUNES DE', 'ECOLE PRIMAIRE PUBLIQUE DE', 'EHPAD PUBLIC DE', 'OFFICE PUBLIC DE L HABITAT DE',
  'SERVICE DEPARTEMENTAL D INCENDIE DE', 'CAISSE DES ECOLES DE', 'REGIE DES TRANSPORTS DE', 'DIRECTION REGIONALE DES FINANCES PUBLIQUES DE',
];
const SYLLABLES = ['SAINT', 'MONT', 'VAL', 'BOURG', 'LA', 'FON', 'TAINE', 'VILLE', 'NEUF', 'CHA', 'TEAU', 'ROCHE', 'BEL', 'AIR', 'MAR', 'SUR', 'LOIRE', 'RHONE', 'PRE', 'BOIS', 'ÉTIENNE', 'ÉGLISE', 'CHÂTEL', 'ÎLE'];
const STREETS = ['RUE DE LA MAIRIE', 'PLACE DE L EGLISE', 'AVENUE DE LA REPUBLIQUE', 'BOULEVARD JEAN JAURES', 'RUE VICTOR HUGO', 'CHEMIN DES ECOLES', 'ROUTE NATIONALE'];
const SERVICE_NAMES = ['Direction des finances', 'Services techniques', 'Ressources humaines', 'Achats et marchés', 'Voirie', 'Espaces verts', 'Informatique', 'Restauration scolaire', 'Pharmacie', 'Urgences'];

export interface GenerateOptions {
  structures?: number;
  services?: number;
  seed?: number;
}

/** Writes the workbook, streamed; returns the SIRETs written (for look-ups) and the services' owners. */
export function generateDirectory(file: string = DEFAULT_BENCH_FILE, options: GenerateOptions = {}): { sirets: string[]; names: string[] } {
  const structureCount = options.structures ?? 200_000;
  const serviceCount = options.services ?? 80_000;
  const random = mulberry32(options.seed ?? 20261120);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const place = () => {
    const parts = 1 + Math.floor(random() * 3);
    const words = Array.from({ length: parts }, () => pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES).toLowerCase().toUpperCase() : ''));
    return words.join(random() < 0.6 ? '-' : ' ');
  };
  const flag = () => (random() < 0.5 ? 'true' : 'false');

  const sirets: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < structureCount; index++) {
    sirets.push(siretWithKey(String(2_000_000_000_000 + index * 1000 + Math.floor(random() * 1000))));
  }
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    const writer = new XlsxWriter((chunk) => writeSync(fd, chunk), { modified: '2026-11-20T05:30:00Z', level: 6 });
    function* structureRows(): Generator<Cell[]> {
      yield STRUCTURE_HEADER;
      for (let index = 0; index < structureCount; index++) {
        const city = place();
        const name = `${pick(KINDS)} ${city}`;
        names.push(name);
        const postalCode = String(1000 + Math.floor(random() * 94000)).padStart(5, '0');
        const engagement = random() < 0.3;
        const service = random() < 0.12;
        yield [
          'SIRET', random() < 0.2 ? { number: sirets[index]! } : sirets[index]!, name, flag(), flag(), flag(), engagement ? 'true' : 'false', service ? 'true' : 'false',
          random() < 0.05 ? 'true' : 'false', 'false', 'false', random() < 0.93 ? 'true' : 'false',
          `${1 + Math.floor(random() * 120)} ${pick(STREETS)}`, random() < 0.1 ? 'BATIMENT A' : null, null, postalCode, city,
          random() < 0.5 ? `0${Math.floor(100000000 + random() * 899999999)}` : null,
          random() < 0.6 ? `comptabilite.${index}@${city.toLowerCase().replace(/[^a-z]+/g, '-')}.fr` : null, 'FR', 'France',
        ];
      }
    }
    writer.sheet('Structures', structureRows());
    function* serviceRows(): Generator<Cell[]> {
      yield SERVICE_HEADER;
      // Services go to about one structure in eight, a few each, some to big bodies with dozens.
      let written = 0;
      let owner = 0;
      while (written < serviceCount) {
        owner = (owner + 1 + Math.floor(random() * 14)) % structureCount;
        const count = random() < 0.02 ? 20 + Math.floor(random() * 60) : 1 + Math.floor(random() * 5);
        for (let code = 0; code < count && written < serviceCount; code++, written++) {
          yield [
            sirets[owner]!, names[owner]!, `SERV${String(code + 1).padStart(3, '0')}`, `${pick(SERVICE_NAMES)} ${code + 1}`,
            random() < 0.2 ? 'true' : 'false', random() < 0.95 ? 'true' : 'false', null, null, null, null, null, null, null, 'FR', 'France',
          ];
        }
      }
    }
    writer.sheet('Services', serviceRows());
    writer.finish();
  } finally {
    closeSync(fd);
  }
  return { sirets, names };
}

if (import.meta.main) {
  const [file = DEFAULT_BENCH_FILE, structures = '200000', services = '80000'] = process.argv.slice(2);
  const started = performance.now();
  generateDirectory(resolve(file), { structures: Number(structures), services: Number(services) });
  console.log(`${file}: ${structures} structures, ${services} services, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
