import type { ExtractedFieldKey } from './extracted.ts';

/**
 * What the checks need to know about a PDF's embedded Factur-X XML, beyond the invoice fields: Chorus Pro takes
 * such a PDF deposited through « Dépôt factures » as a structured flow and reads the XML, not the form, so what the
 * XML lacks or says differently is what gets the invoice rejected later (« Suivi des flux »).
 *
 * Convention: a key set to `null` means "read in the XML, and not there"; an absent key means "not known" (the
 * checks that need it stay silent).
 */
export interface FacturxFacts {
  /** The guideline id as written in the XML (`GuidelineSpecifiedDocumentContextParameter/ID`), "" when absent. */
  profile: string;
  /** `SpecifiedTradeSettlementPaymentMeans/TypeCode` (e.g. "30", "58"). */
  paymentMeansCode: string | null;
  /** `BuyerReference`, where Chorus Pro reads the code service. */
  buyerReference?: string | null;
  /** `BuyerOrderReferencedDocument/IssuerAssignedID`, where Chorus Pro reads the engagement number, as written. */
  buyerOrderReference?: string | null;
  /** The buyer's SIRET (14 digits) in the XML. */
  buyerSiret?: string | null;
  /** The buyer's SIREN (9 digits), when the XML gives no SIRET. */
  buyerSiren?: string | null;
  /** Fields whose visible text says something else than the XML; empty when they agree or the text was not read. */
  disagreements: ExtractedFieldKey[];
  /** For each disagreement, both values (contract formats), so that a message can show them. */
  differences?: FacturxDifference[];
}

export interface FacturxDifference {
  field: ExtractedFieldKey;
  xml: string;
  text: string;
}

/** The fields compared between the XML and the visible text of the same PDF. */
export const COMPARED_FIELDS = ['invoiceNumber', 'invoiceDate', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer'] as const satisfies readonly ExtractedFieldKey[];

/** The `facturx` object of `extract`'s output (contract): these three keys, nothing else. */
export interface FacturxContract {
  profile: string;
  paymentMeansCode: string | null;
  disagreements: ExtractedFieldKey[];
}

export function facturxForContract(facts: FacturxFacts): FacturxContract {
  return { profile: facts.profile, paymentMeansCode: facts.paymentMeansCode, disagreements: [...facts.disagreements] };
}

/** A guideline id → the profile's usual name ("BASIC", "EN 16931"…), or the id itself when it is not a known one. */
export function facturxProfileName(guideline: string): string {
  const id = guideline.trim().toLowerCase();
  if (id === '') return '';
  if (/xrechnung/.test(id)) return 'XRechnung';
  const named = /(?:factur-x\.eu:1p0|zugferd\.de:2p\d):(minimum|basicwl|basic|extended)\b/.exec(id)?.[1];
  if (named) return { minimum: 'MINIMUM', basicwl: 'BASIC WL', basic: 'BASIC', extended: 'EXTENDED' }[named]!;
  if (/^urn:cen\.eu:en16931:2017$/.test(id)) return 'EN 16931';
  return guideline.trim();
}
