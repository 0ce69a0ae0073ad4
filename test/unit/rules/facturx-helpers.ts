import type { FacturxFacts } from '../../../utils/model/facturx-facts.ts';
import type { FieldKey } from '../../../utils/model/fields.ts';
import { SAINT_ETIENNE_SIRET } from '../../../utils/rules/profiles.ts';

/** The deposit window with a file chosen, addressed to the Ville de Saint-Étienne. */
export const SE_DEPOSIT_WINDOW: Partial<Record<FieldKey, string>> = {
  depositFile: 'facture-F-2026-0042.pdf',
  depositFormat: 'PDF non signé',
  depositFrame: "A1: Dépôt par un fournisseur d'une facture",
  depositStructure: SAINT_ETIENNE_SIRET,
};

/** What a complete Factur-X invoice to the Ville says: nothing to reject. */
export const GOOD_SE_FACTURX: FacturxFacts = {
  profile: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
  paymentMeansCode: '30',
  buyerReference: null,
  buyerOrderReference: '2401234',
  buyerSiret: SAINT_ETIENNE_SIRET,
  buyerSiren: null,
  disagreements: [],
  differences: [],
};

export function facturx(changes: Partial<FacturxFacts>): FacturxFacts {
  return { ...GOOD_SE_FACTURX, ...changes };
}
