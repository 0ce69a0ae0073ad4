import { DEPOT_FIELDS, CONNEXION_FIELDS, type FieldKey, type PageKind } from '../model/fields.ts';

/**
 * What the assistant knows of the portal's words, kept as data in one place so that it is easy to correct when
 * the real portal turns out to differ: how pages are recognised, each field's label and synonyms, the blocks of
 * the entry form. The words come from the city's published deposit guide and docs/portal.md; each descriptor is
 * kept with the page it was seen on. Ids and names are only a second signal. Plain data: the rules, the guide
 * and the UI read it as well as the page readers.
 */

/** How a page is recognised: words that must be visible on it. Pages are tried in this order. */
export interface PageSign {
  kind: PageKind;
  /** Every one of these must be visible. */
  all?: readonly string[];
  /** At least `minAny` of these must be visible. */
  any?: readonly string[];
  minAny?: number;
  /** Words that must be in a visible heading or the active menu entry (not merely in a menu link). */
  heading?: readonly string[];
}

export const PAGE_SIGNS: readonly PageSign[] = [
  // The deposit window opens over "Factures émises" without a page load: it wins while it is shown.
  { kind: 'depot', all: ["Dépôt d'une nouvelle facture"], any: ['Choix du fichier à importer', 'Format de dépôt', 'Cadre de facturation', 'Continuer'], minAny: 2 },
  // The analysis step shows over the page it started from.
  { kind: 'analyse', all: ['Analyse en cours'] },
  {
    kind: 'saisie',
    any: ['FOURNISSEUR DE LA FACTURE', 'CADRE DE FACTURATION', 'DESTINATAIRE DE LA FACTURE', 'RÉFÉRENCES', 'MONTANTS TOTAUX', 'PIÈCES JOINTES', 'Valider et envoyer'],
    minAny: 4,
  },
  // "FACTURES DE TRAVAUX" is in the menu of every page: only a heading or the active menu entry counts.
  { kind: 'travaux', heading: ['FACTURES DE TRAVAUX'] },
  { kind: 'connexion', any: ['VOUS ÊTES NOUVEAU SUR CHORUS PRO ?', 'VOUS AVEZ DÉJÀ UN COMPTE ?'], minAny: 1 },
  { kind: 'factures-emises', any: ['Synthèse', 'Rechercher', 'Tableau de bord', 'Saisir facture', 'Dépôt factures', 'Liste fiscale', 'Archives'], minAny: 4 },
  { kind: 'accueil', any: ["FIL D'ÉVÉNEMENTS", 'ACCÈS RAPIDE', 'Déposer une facture', 'ACCUEIL CONNECTÉ'], minAny: 2 },
];

/** Words of the deposit receipt ("justificatif de dépôt"), shown after "Valider et envoyer". */
export const RECEIPT_WORDS: readonly string[] = ['justificatif de dépôt'];

/** The button that sends the invoice. */
export const SEND_BUTTON_WORDS: readonly string[] = ['Valider et envoyer'];

export type FieldKind = 'text' | 'select' | 'radio' | 'readonly' | 'file';

export interface FieldDescriptor {
  key: FieldKey;
  /** Other words seen or expected for the field, beyond the label it prints (FIELD_LABELS). */
  synonyms?: readonly string[];
  kind: FieldKind;
  /** Substrings of ids / names (case-insensitive): a second signal, used only when no label names a field. */
  idHints?: readonly string[];
  /** The page shows it only with some choice (« Motif d'exonération »): located only while a person sees it. */
  onlyWhenShown?: boolean;
}

export interface PageDescriptor {
  kind: PageKind;
  /** A heading that delimits where the fields are (e.g. the sign-up box), when the page has several forms. */
  scopeHeading?: readonly string[];
  fields: readonly FieldDescriptor[];
}

export const PAGE_DESCRIPTORS: Partial<Record<PageKind, PageDescriptor>> = {
  saisie: {
    kind: 'saisie',
    fields: [
      { key: 'supplierDesignation', synonyms: ['Fournisseur'], kind: 'select', idHints: ['designation'] },
      { key: 'supplierService', synonyms: ['Service du fournisseur'], kind: 'select', idHints: ['fournisseur_service', 'fournisseur.service'] },
      { key: 'supplierBank', synonyms: ['Coordonnées bancaires', 'RIB'], kind: 'select', idHints: ['bancaire', 'rib'] },
      { key: 'billingFrame', kind: 'select', idHints: ['cadrefacturation', 'cadre'] },
      { key: 'recipientIsState', synonyms: ["Le destinataire est-il l'État", 'Destinataire État'], kind: 'radio', idHints: ['estetat', 'etat'] },
      { key: 'recipientSiret', synonyms: ['SIRET du destinataire', 'N° SIRET', 'Identifiant du destinataire'], kind: 'text', idHints: ['destinataire_siret', 'destinataire.siret', 'siretdestinataire'] },
      { key: 'recipientName', synonyms: ['Nom du destinataire'], kind: 'text', idHints: ['raisonsociale'] },
      { key: 'serviceCode', synonyms: ['Code du service', 'Code service destinataire'], kind: 'text', idHints: ['codeservice'] },
      { key: 'serviceName', synonyms: ['Libellé du service', 'Nom du service'], kind: 'text', idHints: ['libelleservice'] },
      { key: 'invoiceNumber', synonyms: ['Numéro de facture', 'N° de facture', 'N° facture', 'Numéro de la facture'], kind: 'text', idHints: ['numerofacture', 'numfacture'] },
      { key: 'invoiceDate', synonyms: ['Date de facture', 'Date de la facture', "Date d'émission", 'Date de facturation'], kind: 'text', idHints: ['datefacture'] },
      { key: 'depositFormatRef', kind: 'readonly', idHints: ['formatdepot'] },
      { key: 'currency', synonyms: ['Code devise'], kind: 'select', idHints: ['devise'] },
      { key: 'documentType', synonyms: ['Type de facture', 'Type de document'], kind: 'radio', idHints: ['typefacture', 'typedocument'] },
      { key: 'engagementNumber', synonyms: ["Numéro d'engagement", 'N° engagement', 'Numéro engagement', 'N° EJ', 'Numéro EJ', 'Engagement juridique', 'N° de bon de commande', 'Numéro de bon de commande'], kind: 'text', idHints: ['engagement', 'numeroej', 'bondecommande'] },
      { key: 'marketNumber', synonyms: ['N° du marché', 'Numéro de marché', 'N° de marché', 'Marché'], kind: 'text', idHints: ['marche'] },
      { key: 'vatType', synonyms: ['Régime de TVA'], kind: 'select', idHints: ['typetva'] },
      // Shown with « Exonération » (assumed, not seen): a select or a text.
      { key: 'vatExemptionReason', synonyms: ["Motif d'exonération de TVA", "Motif de l'exonération", 'Motif exonération'], kind: 'text', idHints: ['motifexoneration'], onlyWhenShown: true },
      { key: 'paymentMode', synonyms: ['Mode de paiement', 'Moyen de paiement'], kind: 'select', idHints: ['modereglement', 'modepaiement'] },
      { key: 'totalHT', synonyms: ['Montant total HT', 'Total HT'], kind: 'text', idHints: ['montantht'] },
      { key: 'totalTVA', synonyms: ['Montant de TVA', 'Montant total TVA', 'Total TVA'], kind: 'text', idHints: ['montanttva'] },
      { key: 'totalTTCBeforeDiscount', synonyms: ['Total TTC avant remise'], kind: 'text', idHints: ['ttcavantremise'] },
      { key: 'globalDiscountTTC', synonyms: ['Remise globale TTC', 'Montant de la remise globale TTC'], kind: 'text', idHints: ['remiseglobale'] },
      { key: 'totalTTC', synonyms: ['Montant TTC', 'Total TTC après remise', 'Total TTC'], kind: 'text', idHints: ['ttcapresremise'] },
      { key: 'netAPayer', synonyms: ['Montant net à payer', 'Montant à payer'], kind: 'text', idHints: ['netapayer', 'montantapayer'] },
      // « PIÈCES JOINTES »: the file input (the block's heading is not a label); its table's rows are read beside it.
      { key: 'attachments', synonyms: ['Ajouter des pièces jointes', 'Ajouter une pièce jointe', 'Ajouter une pièce'], kind: 'file', idHints: ['piecesjointes', 'piecejointe'] },
    ],
  },
  depot: {
    kind: 'depot',
    scopeHeading: ["Dépôt d'une nouvelle facture"],
    fields: [
      { key: 'depositFile', synonyms: ['Fichier à importer', 'Fichier'], kind: 'file', idHints: ['fichier'] },
      { key: 'depositFormat', synonyms: ['Format'], kind: 'select', idHints: ['format'] },
      { key: 'depositFrame', kind: 'select', idHints: ['cadre'] },
      { key: 'depositStructure', synonyms: ['Structure destinataire', 'Destinataire'], kind: 'text', idHints: ['structure'] },
      { key: 'depositService', synonyms: ['Service'], kind: 'select', idHints: ['service'] },
    ],
  },
  connexion: {
    kind: 'connexion',
    scopeHeading: ['VOUS ÊTES NOUVEAU SUR CHORUS PRO ?'],
    fields: [
      { key: 'registrationEmail', synonyms: ['Adresse électronique', 'Adresse e-mail', 'Courriel'], kind: 'text', idHints: ['email', 'courriel'] },
      { key: 'registrationSiret', synonyms: ['SIRET', 'N° SIRET'], kind: 'text', idHints: ['siret'] },
    ],
  },
};

/** The label the portal prints for each field, without its star: every message names the field with it, and the
 * page readers look for it first (then for the descriptor's synonyms). */
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

/** The words the page readers look for a field by: its printed label, then its synonyms. */
export function labelsOf(field: FieldDescriptor): string[] {
  return [FIELD_LABELS[field.key].fr, ...(field.synonyms ?? [])];
}

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
