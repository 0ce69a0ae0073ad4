import { siretWithKey, type Cell } from './xlsx-writer.ts';

/**
 * The small directory of the tests: a dozen fictional structures (and the Ville de Saint-Étienne) with the real
 * column names, and the edge cases the reader and the checks must handle. Flags are written every way the files
 * and spreadsheet programs write them.
 */
export const SAINT_ETIENNE = '21420218600018';
/** Inactive structure (flags Oui/Non). */
export const INACTIVE = siretWithKey('2000000010000');
/** Service code required; services with and without engagement, one inactive (flags as numbers 1/0). */
export const HOSPITAL = siretWithKey('2600000020000');
/** SIRET stored as a number that lost its leading zero; engagement required (spreadsheet booleans). */
export const LEADING_ZERO = siretWithKey('0300000030000');
/** SIRET written in scientific notation; nothing required (flags VRAI/FAUX). */
export const SCIENTIFIC = siretWithKey('2100000040000');
/** Engagement number or service code, one of the two (inline strings). */
export const AGGLOMERATION = siretWithKey('2400000050000');
/** Active, nothing required, no service at all. */
export const SCHOOL = siretWithKey('1900000060000');
export const LYCEE = siretWithKey('1900000070000');
export const DEPARTMENT = siretWithKey('2290000080000');
/** A structure with an unreadable flag. */
export const ODD_FLAG = siretWithKey('2000000090000');
/** A SIRET the directory does not have (valid key). */
export const NOT_IN_DIRECTORY = siretWithKey('2000000990000');
/** Services name this SIRET, but the structures sheet does not. */
export const ORPHAN_SERVICES = siretWithKey('2000000980000');

export const FIXTURE_DATE = '2026-11-20';

export const STRUCTURE_HEADER = [
  'TypeIdentifiant', 'Identifiant', 'RaisonSociale', 'EmetteurEdi', 'RecepteurEdi', 'GestionStatutMiseEnPaiement',
  'GestionEngagement', 'GestionService', 'GestionServiceEngagement', 'EstMOA', 'EstMOAUniquement', 'StructureActive',
  'Adresse', 'ComplementAdresse1', 'ComplementAdresse2', 'CodePostal', 'Ville', 'NumTelephone', 'Courriel', 'CodePays', 'LibellePays',
];

export const SERVICE_HEADER = [
  'Identifiant', 'RaisonSociale', 'Code', 'Nom', 'GestionEGMT', 'ServiceActif', 'Adresse', 'ComplementAdresse1',
  'ComplementAdresse2', 'CodePostal', 'Ville', 'NumTelephone', 'Courriel', 'CodePays', 'LibellePays',
];

type Flag = Cell;
const text = (value: boolean): Flag => (value ? 'true' : 'false');
const ouiNon = (value: boolean): Flag => (value ? 'Oui' : 'Non');
const digit = (value: boolean): Flag => ({ number: value ? 1 : 0 });
const bool = (value: boolean): Flag => ({ bool: value });
const vraiFaux = (value: boolean): Flag => (value ? 'VRAI' : 'FAUX');

interface StructureRow {
  type?: Cell;
  id: Cell;
  name: Cell;
  payment: Flag;
  engagement: Flag;
  service: Flag;
  either: Flag;
  active: Flag;
  address?: string;
  postalCode?: string;
  city?: string;
}

function structureRow(row: StructureRow): Cell[] {
  return [
    row.type ?? 'SIRET', row.id, row.name, 'false', 'false', row.payment, row.engagement, row.service, row.either, 'false', 'false', row.active,
    row.address ?? null, null, null, row.postalCode ?? null, row.city ?? null, null, null, 'FR', 'France',
  ];
}

export const STRUCTURE_ROWS: Cell[][] = [
  STRUCTURE_HEADER,
  structureRow({ id: SAINT_ETIENNE, name: 'VILLE DE SAINT ETIENNE', payment: text(true), engagement: text(true), service: text(false), either: text(false), active: text(true), address: 'Hôtel de Ville, Place de l’Hôtel de Ville', postalCode: '42000', city: 'SAINT-ETIENNE' }),
  structureRow({ id: INACTIVE, name: "MAIRIE DE L'ÎLE-FICTIVE", payment: ouiNon(false), engagement: ouiNon(false), service: ouiNon(false), either: ouiNon(false), active: ouiNon(false), postalCode: '29990', city: "L'ÎLE-FICTIVE" }),
  structureRow({ id: { number: HOSPITAL }, name: "CENTRE HOSPITALIER DE MONTS-D'ESSAI", payment: digit(true), engagement: digit(false), service: digit(true), either: digit(false), active: digit(true), postalCode: '63999', city: "MONTS-D'ESSAI" }),
  structureRow({ id: { number: Number(LEADING_ZERO) }, name: "SYNDICAT DES EAUX DU VAL D'ESSAI", payment: bool(false), engagement: bool(true), service: bool(false), either: bool(false), active: bool(true) }),
  structureRow({ id: { number: Number(SCIENTIFIC).toExponential() }, name: 'COMMUNE DE BOURG-LES-TESTS', payment: vraiFaux(false), engagement: vraiFaux(false), service: vraiFaux(false), either: vraiFaux(false), active: vraiFaux(true) }),
  structureRow({ id: { inline: AGGLOMERATION }, name: { inline: "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS-TEST" }, payment: text(false), engagement: text(false), service: text(false), either: text(true), active: text(true) }),
  structureRow({ id: SCHOOL, name: "ÉCOLE NATIONALE D'ÉTUDES FICTIVES", payment: text(false), engagement: text(false), service: text(false), either: text(false), active: text(true) }),
  structureRow({ id: LYCEE, name: 'LYCEE GENERAL SAINT-ETIENNE-DU-BOIS', payment: text(false), engagement: text(false), service: text(false), either: text(false), active: text(true) }),
  structureRow({ id: DEPARTMENT, name: 'DEPARTEMENT DE LA LOIRE-TEST', payment: text(true), engagement: text(true), service: text(true), either: text(false), active: text(true) }),
  structureRow({ id: ODD_FLAG, name: 'OFFICE DU TOURISME DES ESSAIS', payment: text(false), engagement: 'peut-être', service: text(false), either: text(false), active: text(true) }),
  structureRow({ type: 'HORS_UE', id: 'GB123456789', name: 'EMBASSY OF TESTLAND', payment: text(false), engagement: text(false), service: text(false), either: text(false), active: text(true) }),
];

interface ServiceRow {
  siret: Cell;
  code: string;
  name: string;
  engagement: Flag;
  active: Flag;
}

function serviceRow(row: ServiceRow): Cell[] {
  return [row.siret, null, row.code, row.name, row.engagement, row.active, null, null, null, null, null, null, null, 'FR', 'France'];
}

export const SERVICE_ROWS: Cell[][] = [
  SERVICE_HEADER,
  serviceRow({ siret: SAINT_ETIENNE, code: 'FACTURES_PUBLIQUES', name: 'Factures publiques', engagement: text(false), active: text(true) }),
  serviceRow({ siret: HOSPITAL, code: 'URGENCES', name: 'Service des urgences', engagement: digit(false), active: digit(true) }),
  serviceRow({ siret: HOSPITAL, code: 'PHARMA', name: 'Pharmacie centrale', engagement: digit(true), active: digit(true) }),
  serviceRow({ siret: HOSPITAL, code: 'TECHNIQUE', name: 'Services techniques', engagement: digit(false), active: digit(true) }),
  serviceRow({ siret: HOSPITAL, code: 'ANCIEN_SERV', name: 'Ancien service économique', engagement: digit(false), active: digit(false) }),
  serviceRow({ siret: { number: Number(LEADING_ZERO) }, code: 'ABONNES', name: 'Service abonnés', engagement: bool(true), active: bool(true) }),
  serviceRow({ siret: AGGLOMERATION, code: 'DIRFIN', name: 'Direction des finances', engagement: ouiNon(false), active: ouiNon(true) }),
  serviceRow({ siret: AGGLOMERATION, code: 'VOIRIE', name: 'Voirie et réseaux', engagement: ouiNon(true), active: ouiNon(true) }),
  serviceRow({ siret: DEPARTMENT, code: 'COLLEGES', name: 'Direction des collèges', engagement: text(false), active: text(true) }),
  serviceRow({ siret: DEPARTMENT, code: 'ROUTES', name: 'Direction des routes', engagement: text(false), active: text(true) }),
  serviceRow({ siret: ORPHAN_SERVICES, code: 'SERVICE_ORPHELIN', name: 'Service sans structure', engagement: text(false), active: text(true) }),
];
