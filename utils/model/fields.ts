/**
 * The canonical field keys of the portal's forms (docs/portal.md) and the words the portal
 * shows for them. Rules, the CLI, the page readers and the UI all speak in these keys.
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

/** The label the portal prints, without its star: used in every message so the user finds the field. */
export const FIELD_LABELS: Record<FieldKey, { fr: string; en: string }> = {
  supplierDesignation: { fr: 'Désignation', en: 'Designation' },
  supplierService: { fr: 'Service', en: 'Service' },
  supplierBank: { fr: 'Références bancaires', en: 'Bank details' },
  billingFrame: { fr: 'Cadre de facturation', en: 'Billing frame' },
  recipientIsState: { fr: "Le destinataire est-il l'État ?", en: 'Is the recipient the State?' },
  recipientSiret: { fr: 'SIRET', en: 'SIRET' },
  recipientName: { fr: 'Raison sociale', en: 'Company name' },
  serviceCode: { fr: 'Code service', en: 'Service code' },
  serviceName: { fr: 'Libellé service', en: 'Service name' },
  invoiceNumber: { fr: 'Numéro', en: 'Number' },
  invoiceDate: { fr: 'Date', en: 'Date' },
  depositFormatRef: { fr: 'Format de dépôt', en: 'Deposit format' },
  currency: { fr: 'Devise', en: 'Currency' },
  documentType: { fr: 'Type', en: 'Type' },
  engagementNumber: { fr: "N° d'engagement", en: 'Commitment number' },
  marketNumber: { fr: 'Numéro du marché', en: 'Contract number' },
  vatType: { fr: 'Type de TVA', en: 'VAT type' },
  paymentMode: { fr: 'Mode de règlement', en: 'Payment method' },
  totalHT: { fr: 'Montant HT', en: 'Amount excl. VAT' },
  totalTVA: { fr: 'Montant TVA', en: 'VAT amount' },
  totalTTCBeforeDiscount: { fr: 'Montant TTC avant remise', en: 'Amount incl. VAT before discount' },
  globalDiscountTTC: { fr: 'Montant remise globale TTC', en: 'Overall discount incl. VAT' },
  totalTTC: { fr: 'Montant TTC après remise', en: 'Amount incl. VAT after discount' },
  netAPayer: { fr: 'Net à payer', en: 'Net payable' },
  vatExemptionReason: { fr: "Motif d'exonération", en: 'VAT exemption reason' },
  attachments: { fr: 'Pièces jointes', en: 'Attachments' },
  depositFile: { fr: 'Choix du fichier à importer', en: 'File to import' },
  depositFormat: { fr: 'Format de dépôt', en: 'Deposit format' },
  depositFrame: { fr: 'Cadre de facturation', en: 'Billing frame' },
  depositStructure: { fr: 'Structure', en: 'Structure' },
  depositService: { fr: 'Sélectionner un service', en: 'Select a service' },
  registrationEmail: { fr: 'Adresse électronique de connexion', en: 'Login e-mail address' },
  registrationSiret: { fr: 'Numéro de SIRET', en: 'SIRET number' },
};

/** The blocks of the entry form, in page order: the panel groups its messages the same way. */
export const FIELD_BLOCKS: Record<string, readonly FieldKey[]> = {
  'FOURNISSEUR DE LA FACTURE': ['supplierDesignation', 'supplierService', 'supplierBank'],
  'CADRE DE FACTURATION': ['billingFrame'],
  'DESTINATAIRE DE LA FACTURE': ['recipientIsState', 'recipientSiret', 'recipientName', 'serviceCode', 'serviceName'],
  RÉFÉRENCES: ['invoiceNumber', 'invoiceDate', 'depositFormatRef', 'currency', 'documentType', 'engagementNumber', 'marketNumber', 'vatType', 'vatExemptionReason', 'paymentMode'],
  'MONTANTS TOTAUX': ['totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer'],
  'PIÈCES JOINTES': ['attachments'],
  'DÉPÔT D\'UNE NOUVELLE FACTURE': DEPOT_FIELDS,
  INSCRIPTION: CONNEXION_FIELDS,
};

/** Fields whose label carries a star on each page (portal.md, seed). The live page may say more. */
export const STARRED_FIELDS: Partial<Record<PageKind, readonly FieldKey[]>> = {
  saisie: ['supplierDesignation', 'billingFrame', 'recipientSiret', 'invoiceNumber', 'currency', 'vatType', 'paymentMode', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer'],
  depot: ['depositFile', 'depositFormat', 'depositFrame', 'depositStructure'],
  connexion: ['registrationEmail', 'registrationSiret'],
};
