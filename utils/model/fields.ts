/**
 * The canonical field keys of the portal's forms (docs/portal.md). Rules, the CLI, the page readers and the UI
 * all speak in these keys; the words the portal shows for them are in utils/portal/pages.ts.
 */
export const PAGE_KINDS = ['connexion', 'accueil', 'factures-emises', 'depot', 'analyse', 'saisie', 'travaux'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const SAISIE_FIELDS = [
  'supplierDesignation', 'supplierService', 'supplierBank', 'billingFrame', 'recipientIsState', 'recipientSiret',
  'recipientName', 'serviceCode', 'serviceName', 'invoiceNumber', 'invoiceDate', 'depositFormatRef', 'currency',
  'documentType', 'engagementNumber', 'marketNumber', 'vatType', 'paymentMode', 'totalHT', 'totalTVA',
  'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer',
] as const;
export const DEPOT_FIELDS = ['depositFile', 'depositFormat', 'depositFrame', 'depositStructure', 'depositService'] as const;
export const CONNEXION_FIELDS = ['registrationEmail', 'registrationSiret'] as const;
/**
 * Entry-form fields the page readers do not locate yet: « Motif d'exonération » (shown with « Exonération ») and
 * the « PIÈCES JOINTES » table (the files themselves reach the checks as `CheckInput.attachments`).
 */
export const SAISIE_LATER_FIELDS = ['vatExemptionReason', 'attachments'] as const;

export const FIELD_KEYS = [...SAISIE_FIELDS, ...DEPOT_FIELDS, ...CONNEXION_FIELDS, ...SAISIE_LATER_FIELDS] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

export const AMOUNT_FIELDS = ['totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer'] as const satisfies readonly FieldKey[];
export type AmountField = (typeof AMOUNT_FIELDS)[number];
