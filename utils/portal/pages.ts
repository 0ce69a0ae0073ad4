import type { FieldKey, PageKind } from '../model/fields.ts';

/**
 * What the assistant knows of the portal, kept as data in one place so that it is easy to correct when the
 * real portal turns out to differ. The words come from the city's published deposit guide and docs/portal.md; each
 * descriptor is kept with the page it was seen on. Ids and names are only a second signal.
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
  /** The label as printed (without star and colon), then synonyms seen or expected elsewhere. */
  labels: readonly string[];
  kind: FieldKind;
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
      { key: 'supplierDesignation', labels: ['Désignation', 'Fournisseur'], kind: 'select', idHints: ['designation'] },
      { key: 'supplierService', labels: ['Service', 'Service du fournisseur'], kind: 'select', idHints: ['fournisseur_service', 'fournisseur.service'] },
      { key: 'supplierBank', labels: ['Références bancaires', 'Coordonnées bancaires', 'RIB'], kind: 'select', idHints: ['bancaire', 'rib'] },
      { key: 'billingFrame', labels: ['Cadre de facturation'], kind: 'select', idHints: ['cadrefacturation', 'cadre'] },
      { key: 'recipientIsState', labels: ["Le destinataire est-il l'État ?", "Le destinataire est-il l'État", 'Destinataire État'], kind: 'radio', idHints: ['estetat', 'etat'] },
      { key: 'recipientSiret', labels: ['SIRET', 'SIRET du destinataire', 'N° SIRET', 'Identifiant du destinataire'], kind: 'text', idHints: ['destinataire_siret', 'destinataire.siret', 'siretdestinataire'] },
      { key: 'recipientName', labels: ['Raison sociale', 'Nom du destinataire'], kind: 'text', idHints: ['raisonsociale'] },
      { key: 'serviceCode', labels: ['Code service', 'Code du service', 'Code service destinataire'], kind: 'text', idHints: ['codeservice'] },
      { key: 'serviceName', labels: ['Libellé service', 'Libellé du service', 'Nom du service'], kind: 'text', idHints: ['libelleservice'] },
      { key: 'invoiceNumber', labels: ['Numéro', 'Numéro de facture', 'N° de facture', 'N° facture', 'Numéro de la facture'], kind: 'text', idHints: ['numerofacture', 'numfacture'] },
      { key: 'invoiceDate', labels: ['Date', 'Date de facture', 'Date de la facture', "Date d'émission", 'Date de facturation'], kind: 'text', idHints: ['datefacture'] },
      { key: 'depositFormatRef', labels: ['Format de dépôt'], kind: 'readonly', idHints: ['formatdepot'] },
      { key: 'currency', labels: ['Devise', 'Code devise'], kind: 'select', idHints: ['devise'] },
      { key: 'documentType', labels: ['Type', 'Type de facture', 'Type de document'], kind: 'radio', idHints: ['typefacture', 'typedocument'] },
      { key: 'engagementNumber', labels: ["N° d'engagement", "Numéro d'engagement", 'N° engagement', 'Numéro engagement', 'N° EJ', 'Numéro EJ', 'Engagement juridique', 'N° de bon de commande', 'Numéro de bon de commande'], kind: 'text', idHints: ['engagement', 'numeroej', 'bondecommande'] },
      { key: 'marketNumber', labels: ['Numéro du marché', 'N° du marché', 'Numéro de marché', 'N° de marché', 'Marché'], kind: 'text', idHints: ['marche'] },
      { key: 'vatType', labels: ['Type de TVA', 'Régime de TVA'], kind: 'select', idHints: ['typetva'] },
      { key: 'paymentMode', labels: ['Mode de règlement', 'Mode de paiement', 'Moyen de paiement'], kind: 'select', idHints: ['modereglement', 'modepaiement'] },
      { key: 'totalHT', labels: ['Montant HT', 'Montant total HT', 'Total HT'], kind: 'text', idHints: ['montantht'] },
      { key: 'totalTVA', labels: ['Montant TVA', 'Montant de TVA', 'Montant total TVA', 'Total TVA'], kind: 'text', idHints: ['montanttva'] },
      { key: 'totalTTCBeforeDiscount', labels: ['Montant TTC avant remise', 'Total TTC avant remise'], kind: 'text', idHints: ['ttcavantremise'] },
      { key: 'globalDiscountTTC', labels: ['Montant remise globale TTC', 'Remise globale TTC', 'Montant de la remise globale TTC'], kind: 'text', idHints: ['remiseglobale'] },
      { key: 'totalTTC', labels: ['Montant TTC après remise', 'Montant TTC', 'Total TTC après remise', 'Total TTC'], kind: 'text', idHints: ['ttcapresremise'] },
      { key: 'netAPayer', labels: ['Net à payer', 'Montant net à payer', 'Montant à payer'], kind: 'text', idHints: ['netapayer', 'montantapayer'] },
    ],
  },
  depot: {
    kind: 'depot',
    scopeHeading: ["Dépôt d'une nouvelle facture"],
    fields: [
      { key: 'depositFile', labels: ['Choix du fichier à importer', 'Fichier à importer', 'Fichier'], kind: 'file', idHints: ['fichier'] },
      { key: 'depositFormat', labels: ['Format de dépôt', 'Format'], kind: 'select', idHints: ['format'] },
      { key: 'depositFrame', labels: ['Cadre de facturation'], kind: 'select', idHints: ['cadre'] },
      { key: 'depositStructure', labels: ['Structure', 'Structure destinataire', 'Destinataire'], kind: 'text', idHints: ['structure'] },
      { key: 'depositService', labels: ['Sélectionner un service', 'Service'], kind: 'select', idHints: ['service'] },
    ],
  },
  connexion: {
    kind: 'connexion',
    scopeHeading: ['VOUS ÊTES NOUVEAU SUR CHORUS PRO ?'],
    fields: [
      { key: 'registrationEmail', labels: ['Adresse électronique de connexion', 'Adresse électronique', 'Adresse e-mail', 'Courriel'], kind: 'text', idHints: ['email', 'courriel'] },
      { key: 'registrationSiret', labels: ['Numéro de SIRET', 'SIRET', 'N° SIRET'], kind: 'text', idHints: ['siret'] },
    ],
  },
};
