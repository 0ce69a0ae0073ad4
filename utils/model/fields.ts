/**
 * The canonical field keys of the portal's forms (docs/portal.md). Rules, the CLI, the page readers and the UI
 * all speak in these keys; the words the portal shows for them are in utils/portal/pages.ts.
 */
export const PAGE_KINDS = ['connexion', 'accueil', 'factures-emises', 'depot', 'analyse', 'saisie', 'travaux'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const SAISIE_FIELDS = [
  'supplierDesignation', 'supplierService', 'supplierBank', 'billingFrame', 'recipientIsState', 'recipientSiret',
  'recipientName', 'serviceCode', 'serviceName', 'invoiceNumber', 'invoiceDate', 'depositFormatRef', 'currency',
  'documentType', 'engagementNumber', 'marketNumber', 'vatType', 'vatExemptionReason', 'paymentMode', 'totalHT',
  'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer', 'attachments',
] as const;
export const DEPOT_FIELDS = ['depositFile', 'depositFormat', 'depositFrame', 'depositStructure', 'depositService'] as const;
export const CONNEXION_FIELDS = ['registrationEmail', 'registrationSiret'] as const;
/**
 * Entry-form fields the page shows only with some choice: « Motif d'exonération » with « Exonération ». The page
 * readers locate them only while they are shown; a key absent from a snapshot is a field not shown.
 */
export const SAISIE_CONDITIONAL_FIELDS = ['vatExemptionReason'] as const satisfies readonly (typeof SAISIE_FIELDS)[number][];

export const FIELD_KEYS = [...SAISIE_FIELDS, ...DEPOT_FIELDS, ...CONNEXION_FIELDS] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

export const AMOUNT_FIELDS = ['totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer'] as const satisfies readonly FieldKey[];
export type AmountField = (typeof AMOUNT_FIELDS)[number];
