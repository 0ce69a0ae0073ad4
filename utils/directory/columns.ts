/**
 * The directory's columns, matched loosely: case, accents, spaces and underscores do not matter, nor the order
 * ("Gestion_Engagement", "gestion engagement" and "GestionEngagement" are one column).
 */

export type SheetKind = 'structures' | 'services';

interface ColumnSpec {
  /** The name Chorus Pro prints, used in messages. */
  label: string;
  /** Folded names accepted for it. */
  names: readonly string[];
  required: boolean;
}

export const STRUCTURE_COLUMNS = {
  idType: { label: 'TypeIdentifiant', names: ['typeidentifiant', 'typeidentifiantstructure'], required: false },
  id: { label: 'Identifiant', names: ['identifiant', 'identifiantstructure', 'siret'], required: true },
  name: { label: 'RaisonSociale', names: ['raisonsociale', 'raisonsocialestructure', 'designationstructure'], required: true },
  engagementRequired: { label: 'GestionEngagement', names: ['gestionengagement', 'gestionnumeroej', 'numeroejdoitetrerenseigne'], required: true },
  serviceRequired: { label: 'GestionService', names: ['gestionservice', 'codeservicedoitetrerenseigne'], required: true },
  engagementOrServiceRequired: {
    label: 'GestionServiceEngagement',
    names: ['gestionserviceengagement', 'gestionengagementservice', 'gestionnumeroejoucodeservice'],
    required: true,
  },
  paymentStatusReported: { label: 'GestionStatutMiseEnPaiement', names: ['gestionstatutmiseenpaiement'], required: false },
  active: { label: 'StructureActive', names: ['structureactive', 'active', 'actif'], required: true },
  address: { label: 'Adresse', names: ['adresse', 'adressestructure'], required: false },
  postalCode: { label: 'CodePostal', names: ['codepostal'], required: false },
  city: { label: 'Ville', names: ['ville', 'commune', 'localite'], required: false },
  country: { label: 'LibellePays', names: ['libellepays', 'pays'], required: false },
} as const satisfies Record<string, ColumnSpec>;

export const SERVICE_COLUMNS = {
  siret: { label: 'Identifiant', names: ['identifiant', 'identifiantstructure', 'siret'], required: true },
  code: { label: 'Code', names: ['code', 'codeservice'], required: true },
  name: { label: 'Nom', names: ['nom', 'nomservice', 'libelle', 'libelleservice'], required: true },
  engagementRequired: { label: 'GestionEGMT', names: ['gestionegmt', 'gestionengagement', 'gestionengagementservice'], required: true },
  active: { label: 'ServiceActif', names: ['serviceactif', 'actif', 'active'], required: true },
} as const satisfies Record<string, ColumnSpec>;

export type StructureColumn = keyof typeof STRUCTURE_COLUMNS;
export type ServiceColumn = keyof typeof SERVICE_COLUMNS;

/** Columns only one kind of sheet has: they tell the structures from the services. */
const DISTINCT: Record<SheetKind, readonly string[]> = {
  structures: [
    'typeidentifiant', 'gestionengagement', 'gestionservice', 'gestionserviceengagement', 'gestionstatutmiseenpaiement',
    'structureactive', 'emetteuredi', 'recepteuredi', 'estmoa', 'estmoauniquement',
  ],
  services: ['code', 'codeservice', 'nom', 'nomservice', 'gestionegmt', 'serviceactif'],
};

/** "Gestion_Statut Mise-en-Paiement" → "gestionstatutmiseenpaiement". */
export function foldColumnName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * What a header row looks like: the kind of sheet it opens (by the columns only that kind has), or null.
 * Two distinct columns are enough, so that a sheet missing one column is still recognised and the message
 * can name that column.
 */
export function classifyHeader(cells: readonly (string | undefined)[], sheetName = ''): SheetKind | null {
  const folded = new Set(cells.filter((cell): cell is string => !!cell).map(foldColumnName));
  const score = (kind: SheetKind) => DISTINCT[kind].filter((name) => folded.has(name)).length;
  const structures = score('structures');
  const services = score('services');
  if (Math.max(structures, services) < 2) return null;
  if (structures !== services) return structures > services ? 'structures' : 'services';
  const name = foldColumnName(sheetName);
  if (name.includes('service')) return 'services';
  if (name.includes('structure')) return 'structures';
  return null;
}

export type ColumnIndex<K extends string> = Partial<Record<K, number>>;

export interface ColumnMatch<K extends string> {
  index: ColumnIndex<K>;
  /** Labels of required columns not found. */
  missingRequired: string[];
  /** Labels of optional columns not found. */
  missingOptional: string[];
}

/** Finds each known column in a header row; the first cell that matches wins. */
export function matchColumns<K extends string>(cells: readonly (string | undefined)[], specs: Record<K, ColumnSpec>): ColumnMatch<K> {
  const folded = cells.map((cell) => (cell ? foldColumnName(cell) : ''));
  const index: ColumnIndex<K> = {};
  const missingRequired: string[] = [];
  const missingOptional: string[] = [];
  for (const key of Object.keys(specs) as K[]) {
    const spec = specs[key];
    const position = spec.names.map((name) => folded.indexOf(name)).find((found) => found >= 0);
    if (position !== undefined) index[key] = position;
    else (spec.required ? missingRequired : missingOptional).push(spec.label);
  }
  return { index, missingRequired, missingOptional };
}
