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
  /**
   * The label as printed (without star and colon), then synonyms seen or expected elsewhere. The first one names
   * the field in every message, so that the user finds it on the page.
   */
  labels: readonly [string, ...string[]];
  /** The printed label in English, for the English interface. */
  en: string;
  kind: FieldKind;
  /** The label carries the required star (portal.md, seed). The live page may say more. */
  starred?: true;
  /** Substrings of ids / names (case-insensitive): a second signal, used only when no label names a field. */
  idHints?: readonly string[];
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
      { key: 'supplierDesignation', labels: ['Désignation', 'Fournisseur'], en: 'Designation', kind: 'select', starred: true, idHints: ['designation'] },
      { key: 'supplierService', labels: ['Service', 'Service du fournisseur'], en: 'Service', kind: 'select', idHints: ['fournisseur_service', 'fournisseur.service'] },
      { key: 'supplierBank', labels: ['Références bancaires', 'Coordonnées bancaires', 'RIB'], en: 'Bank details', kind: 'select', idHints: ['bancaire', 'rib'] },
      { key: 'billingFrame', labels: ['Cadre de facturation'], en: 'Billing frame', kind: 'select', starred: true, idHints: ['cadrefacturation', 'cadre'] },
      { key: 'recipientIsState', labels: ["Le destinataire est-il l'État ?", "Le destinataire est-il l'État", 'Destinataire État'], en: 'Is the recipient the State?', kind: 'radio', idHints: ['estetat', 'etat'] },
      { key: 'recipientSiret', labels: ['SIRET', 'SIRET du destinataire', 'N° SIRET', 'Identifiant du destinataire'], en: 'SIRET', kind: 'text', starred: true, idHints: ['destinataire_siret', 'destinataire.siret', 'siretdestinataire'] },
      { key: 'recipientName', labels: ['Raison sociale', 'Nom du destinataire'], en: 'Company name', kind: 'text', idHints: ['raisonsociale'] },
      { key: 'serviceCode', labels: ['Code service', 'Code du service', 'Code service destinataire'], en: 'Service code', kind: 'text', idHints: ['codeservice'] },
      { key: 'serviceName', labels: ['Libellé service', 'Libellé du service', 'Nom du service'], en: 'Service name', kind: 'text', idHints: ['libelleservice'] },
      { key: 'invoiceNumber', labels: ['Numéro', 'Numéro de facture', 'N° de facture', 'N° facture', 'Numéro de la facture'], en: 'Number', kind: 'text', starred: true, idHints: ['numerofacture', 'numfacture'] },
      { key: 'invoiceDate', labels: ['Date', 'Date de facture', 'Date de la facture', "Date d'émission", 'Date de facturation'], en: 'Date', kind: 'text', idHints: ['datefacture'] },
      { key: 'depositFormatRef', labels: ['Format de dépôt'], en: 'Deposit format', kind: 'readonly', idHints: ['formatdepot'] },
      { key: 'currency', labels: ['Devise', 'Code devise'], en: 'Currency', kind: 'select', starred: true, idHints: ['devise'] },
      { key: 'documentType', labels: ['Type', 'Type de facture', 'Type de document'], en: 'Type', kind: 'radio', idHints: ['typefacture', 'typedocument'] },
      { key: 'engagementNumber', labels: ["N° d'engagement", "Numéro d'engagement", 'N° engagement', 'Numéro engagement', 'N° EJ', 'Numéro EJ', 'Engagement juridique', 'N° de bon de commande', 'Numéro de bon de commande'], en: 'Commitment number', kind: 'text', idHints: ['engagement', 'numeroej', 'bondecommande'] },
      { key: 'marketNumber', labels: ['Numéro du marché', 'N° du marché', 'Numéro de marché', 'N° de marché', 'Marché'], en: 'Contract number', kind: 'text', idHints: ['marche'] },
      { key: 'vatType', labels: ['Type de TVA', 'Régime de TVA'], en: 'VAT type', kind: 'select', starred: true, idHints: ['typetva'] },
      { key: 'paymentMode', labels: ['Mode de règlement', 'Mode de paiement', 'Moyen de paiement'], en: 'Payment method', kind: 'select', starred: true, idHints: ['modereglement', 'modepaiement'] },
      { key: 'totalHT', labels: ['Montant HT', 'Montant total HT', 'Total HT'], en: 'Amount excl. VAT', kind: 'text', starred: true, idHints: ['montantht'] },
      { key: 'totalTVA', labels: ['Montant TVA', 'Montant de TVA', 'Montant total TVA', 'Total TVA'], en: 'VAT amount', kind: 'text', starred: true, idHints: ['montanttva'] },
      { key: 'totalTTCBeforeDiscount', labels: ['Montant TTC avant remise', 'Total TTC avant remise'], en: 'Amount incl. VAT before discount', kind: 'text', idHints: ['ttcavantremise'] },
      { key: 'globalDiscountTTC', labels: ['Montant remise globale TTC', 'Remise globale TTC', 'Montant de la remise globale TTC'], en: 'Overall discount incl. VAT', kind: 'text', idHints: ['remiseglobale'] },
      { key: 'totalTTC', labels: ['Montant TTC après remise', 'Montant TTC', 'Total TTC après remise', 'Total TTC'], en: 'Amount incl. VAT after discount', kind: 'text', starred: true, idHints: ['ttcapresremise'] },
      { key: 'netAPayer', labels: ['Net à payer', 'Montant net à payer', 'Montant à payer'], en: 'Net payable', kind: 'text', starred: true, idHints: ['netapayer', 'montantapayer'] },
    ],
  },
  depot: {
    kind: 'depot',
    scopeHeading: ["Dépôt d'une nouvelle facture"],
    fields: [
      { key: 'depositFile', labels: ['Choix du fichier à importer', 'Fichier à importer', 'Fichier'], en: 'File to import', kind: 'file', starred: true, idHints: ['fichier'] },
      { key: 'depositFormat', labels: ['Format de dépôt', 'Format'], en: 'Deposit format', kind: 'select', starred: true, idHints: ['format'] },
      { key: 'depositFrame', labels: ['Cadre de facturation'], en: 'Billing frame', kind: 'select', starred: true, idHints: ['cadre'] },
      { key: 'depositStructure', labels: ['Structure', 'Structure destinataire', 'Destinataire'], en: 'Structure', kind: 'text', starred: true, idHints: ['structure'] },
      { key: 'depositService', labels: ['Sélectionner un service', 'Service'], en: 'Select a service', kind: 'select', idHints: ['service'] },
    ],
  },
  connexion: {
    kind: 'connexion',
    scopeHeading: ['VOUS ÊTES NOUVEAU SUR CHORUS PRO ?'],
    fields: [
      { key: 'registrationEmail', labels: ['Adresse électronique de connexion', 'Adresse électronique', 'Adresse e-mail', 'Courriel'], en: 'Login e-mail address', kind: 'text', starred: true, idHints: ['email', 'courriel'] },
      { key: 'registrationSiret', labels: ['Numéro de SIRET', 'SIRET', 'N° SIRET'], en: 'SIRET number', kind: 'text', starred: true, idHints: ['siret'] },
    ],
  },
};

const DESCRIBED_FIELDS = Object.values(PAGE_DESCRIPTORS).flatMap((page) => page.fields.map((field) => ({ page: page.kind, field })));

/** The label the portal prints for each field, without its star, in both languages: every message uses it. */
export const FIELD_LABELS = Object.fromEntries(DESCRIBED_FIELDS.map(({ field }) => [field.key, { fr: field.labels[0], en: field.en }])) as Record<
  FieldKey,
  { fr: string; en: string }
>;

/** Fields whose label carries a star on each page. */
export const STARRED_FIELDS: Partial<Record<PageKind, readonly FieldKey[]>> = Object.fromEntries(
  Object.values(PAGE_DESCRIPTORS).map((page) => [page.kind, page.fields.filter((field) => field.starred).map((field) => field.key)]),
);

/** The blocks of the entry form, in page order, then the deposit window and the sign-up box: the panel groups its messages the same way. */
export const FIELD_BLOCKS: Record<string, readonly FieldKey[]> = {
  'FOURNISSEUR DE LA FACTURE': ['supplierDesignation', 'supplierService', 'supplierBank'],
  'CADRE DE FACTURATION': ['billingFrame'],
  'DESTINATAIRE DE LA FACTURE': ['recipientIsState', 'recipientSiret', 'recipientName', 'serviceCode', 'serviceName'],
  RÉFÉRENCES: ['invoiceNumber', 'invoiceDate', 'depositFormatRef', 'currency', 'documentType', 'engagementNumber', 'marketNumber', 'vatType', 'paymentMode'],
  'MONTANTS TOTAUX': ['totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer'],
  'DÉPÔT D\'UNE NOUVELLE FACTURE': DEPOT_FIELDS,
  INSCRIPTION: CONNEXION_FIELDS,
};
