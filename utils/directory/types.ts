/**
 * The Chorus Pro directory of public structures (« Annuaire des structures publiques »), as the assistant keeps
 * it: one compact record per structure and per service. Flags are read from the weekly spreadsheet.
 */
export interface DirectoryStructure {
  /** The identifier as Chorus Pro knows it: a 14-digit SIRET for French bodies, otherwise as written. */
  id: string;
  /** TypeIdentifiant as written (SIRET, HORS_UE, RIDET…), '' when the column is absent. */
  idType: string;
  name: string;
  active: boolean;
  /** GestionEngagement: an engagement number is required on every invoice. */
  engagementRequired: boolean;
  /** GestionService: a service code is required. */
  serviceRequired: boolean;
  /** GestionServiceEngagement: the engagement number or the service code, at least one of them, is required. */
  engagementOrServiceRequired: boolean;
  /** GestionStatutMiseEnPaiement: the structure reports the payment status back to Chorus Pro. */
  paymentStatusReported: boolean;
  address?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface DirectoryService {
  /** The structure's identifier (its SIRET). */
  siret: string;
  code: string;
  name: string;
  active: boolean;
  /** GestionEGMT: invoices to this service need an engagement number. */
  engagementRequired: boolean;
}

export interface DirectoryCounts {
  structures: number;
  activeStructures: number;
  services: number;
  activeServices: number;
  engagementRequired: number;
  serviceRequired: number;
}

/** Where the directory's date comes from: the file's own properties, its name, or (failing both) the day of import. */
export type DirectoryDateSource = 'file-properties' | 'file-name' | 'import';

export type DirectoryProblemCode =
  | 'optional-column-missing'
  | 'empty-identifier'
  | 'invalid-siret'
  | 'duplicate-structure'
  | 'empty-service-code'
  | 'duplicate-service'
  | 'service-without-structure'
  | 'unreadable-flag';

/** Something odd in an otherwise readable directory: counted, with a few examples, never fatal. */
export interface DirectoryProblem {
  code: DirectoryProblemCode;
  /** French, for a person. */
  message: string;
  count: number;
  /** Up to a few places, e.g. « Structures, ligne 12 : 2142021860001 ». */
  examples: string[];
}

/** What an import or a read of the file tells about the directory as a whole. */
export interface DirectorySummary {
  /** YYYY-MM-DD. */
  date: string;
  dateSource: DirectoryDateSource;
  fileName: string;
  sheets: { structures: string[]; services: string[] };
  counts: DirectoryCounts;
  problems: DirectoryProblem[];
}

export type DirectoryErrorCode = 'not-xlsx' | 'damaged' | 'too-large' | 'not-directory' | 'missing-column' | 'no-services-sheet';

/** The file cannot be used as the directory. The message is French and says what to do. */
export class DirectoryError extends Error {
  readonly code: DirectoryErrorCode;
  constructor(code: DirectoryErrorCode, message: string) {
    super(message);
    this.name = 'DirectoryError';
    this.code = code;
  }
}
