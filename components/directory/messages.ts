import { uiLocale } from '../../utils/i18n/index.ts';
import type { Messages } from '../../utils/rules/types.ts';

/**
 * The directory's words on the settings and guide pages, French and English side by side as the checks keep
 * theirs. `{name}` placeholders come from `values`.
 */
export function say(message: Messages, values: Record<string, string | number> = {}): string {
  return message[uiLocale()].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const number = (value: number) => value.toLocaleString(uiLocale() === 'en' ? 'en-GB' : 'fr-FR');

export const M = {
  title: { fr: 'Annuaire des structures publiques (Chorus Pro)', en: 'Directory of public structures (Chorus Pro)' },
  whatFor: {
    fr: "Chorus Pro publie chaque semaine l'annuaire de toutes les structures publiques et de leurs services. Une fois importé ici, l'assistant vérifie pour n'importe quel destinataire :",
    en: 'Chorus Pro publishes every week the directory of all public structures and their services. Once imported here, the assistant checks for any recipient:',
  },
  whatFor1: { fr: "que le SIRET est bien dans l'annuaire et que la structure est active ;", en: 'that the SIRET is in the directory and the structure is active;' },
  whatFor2: { fr: "si la structure (ou le service choisi) exige un N° d'engagement ;", en: 'whether the structure (or the chosen service) requires a commitment number;' },
  whatFor3: { fr: 'si elle exige un Code service, et que le code saisi est bien un de ses services actifs (avec la liste pour choisir).', en: 'whether it requires a service code, and that the code typed is one of its active services (with the list to pick from).' },
  whereFrom: {
    fr: "Téléchargez le fichier Excel « Annuaire des structures publiques » sur le site de la communauté Chorus Pro, puis choisissez-le ci-dessous. Il est lu sur cet ordinateur : rien n'est envoyé.",
    en: 'Download the Excel file "Annuaire des structures publiques" from the Chorus Pro community site, then choose it below. It is read on this computer: nothing is sent.',
  },
  none: { fr: "Aucun annuaire importé : ces vérifications ne sont pas faites.", en: 'No directory imported: these checks are not made.' },
  importLabel: { fr: "Importer l'annuaire (fichier .xlsx)", en: 'Import the directory (.xlsx file)' },
  replaceLabel: { fr: 'Remplacer par un annuaire plus récent (fichier .xlsx)', en: 'Replace with a more recent directory (.xlsx file)' },
  progressLabel: { fr: "Lecture de l'annuaire", en: 'Reading the directory' },
  phaseStrings: { fr: 'Lecture des textes du classeur… {percent} %', en: 'Reading the workbook texts… {percent} %' },
  phaseStructures: { fr: 'Lecture des structures… {percent} %', en: 'Reading the structures… {percent} %' },
  phaseServices: { fr: 'Lecture des services… {percent} %', en: 'Reading the services… {percent} %' },
  phaseSaving: { fr: "Enregistrement de l'annuaire dans ce navigateur…", en: 'Saving the directory in this browser…' },
  phaseOther: { fr: 'Lecture… {percent} %', en: 'Reading… {percent} %' },
  imported: { fr: "Annuaire du {date} importé : {structures} structures, {services} services.", en: 'Directory of {date} imported: {structures} structures, {services} services.' },
  keptPrevious: { fr: "L'annuaire déjà importé est conservé, inchangé.", en: 'The directory already imported is kept unchanged.' },
  busy: { fr: "Un import de l'annuaire est déjà en cours (dans un autre onglet ?). Attendez qu'il se termine.", en: 'A directory import is already running (in another tab?). Wait until it ends.' },
  timeout: { fr: "La lecture de l'annuaire ne progressait plus : elle a été arrêtée. Réessayez ; si cela se reproduit, le fichier est peut-être endommagé.", en: 'Reading the directory stopped progressing and was stopped. Try again; if it happens again, the file may be damaged.' },
  quota: { fr: "Le navigateur manque de place pour garder l'annuaire. Libérez de l'espace disque, puis réessayez.", en: 'The browser lacks space to keep the directory. Free some disk space, then try again.' },
  unexpected: { fr: "L'import de l'annuaire a échoué ({detail}).", en: 'The directory import failed ({detail}).' },
  cancel: { fr: "Arrêter l'import", en: 'Stop the import' },
  cancelled: { fr: "Import arrêté.", en: 'Import stopped.' },
  date: { fr: "Date de l'annuaire", en: 'Directory date' },
  dateFromProperties: { fr: '{date}', en: '{date}' },
  dateFromName: { fr: '{date} (d’après le nom du fichier)', en: '{date} (from the file name)' },
  dateFromImport: { fr: "inconnue (importé le {date})", en: 'unknown (imported on {date})' },
  importedAt: { fr: 'Importé le', en: 'Imported on' },
  file: { fr: 'Fichier', en: 'File' },
  structures: { fr: 'Structures', en: 'Structures' },
  structuresValue: { fr: '{count} (dont {active} actives)', en: '{count} ({active} active)' },
  services: { fr: 'Services', en: 'Services' },
  servicesValue: { fr: '{count} (dont {active} actifs)', en: '{count} ({active} active)' },
  requiring: { fr: 'Exigent un N° d’engagement / un Code service', en: 'Require a commitment number / a service code' },
  problems: { fr: 'Particularités du fichier ({count})', en: 'File oddities ({count})' },
  old: { fr: "Cet annuaire a plus de {days} jours : Chorus Pro le publie chaque semaine, pensez à importer le plus récent.", en: 'This directory is more than {days} days old: Chorus Pro publishes it every week, remember to import the latest.' },
  delete: { fr: "Supprimer l'annuaire", en: 'Delete the directory' },
  deleted: { fr: "Annuaire supprimé de ce navigateur.", en: 'Directory deleted from this browser.' },
  searchTitle: { fr: "Rechercher dans l'annuaire Chorus Pro", en: 'Search the Chorus Pro directory' },
  searchLabel: { fr: 'SIRET, SIREN ou nom de la structure', en: 'SIRET, SIREN or structure name' },
  searchHint: { fr: 'Les accents et majuscules ne comptent pas ; les résultats s’affichent pendant la frappe.', en: 'Accents and case do not matter; results show as you type.' },
  searchNone: { fr: "Aucun annuaire importé : importez-le ci-dessous (ou dans les réglages) pour chercher une structure.", en: 'No directory imported: import it below (or in the settings) to search a structure.' },
  searchCount: { fr: '{count} résultat(s)', en: '{count} result(s)' },
  searchMore: { fr: '{count} premiers résultats : précisez la recherche pour les autres.', en: 'First {count} results: refine the search for the others.' },
  searchEmpty: { fr: 'Aucune structure ne correspond.', en: 'No structure matches.' },
  inactive: { fr: 'inactive', en: 'inactive' },
  inactiveService: { fr: 'inactif', en: 'inactive' },
  structureActive: { fr: 'Structure active', en: 'Active structure' },
  engagementRequired: { fr: "N° d'engagement obligatoire", en: 'Commitment number mandatory' },
  serviceRequired: { fr: 'Code service obligatoire', en: 'Service code mandatory' },
  eitherRequired: { fr: "N° d'engagement ou Code service (l'un des deux)", en: 'Commitment number or service code (one of them)' },
  paymentStatus: { fr: 'Remonte le statut de mise en paiement', en: 'Reports the payment status' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  identifier: { fr: 'Identifiant', en: 'Identifier' },
  address: { fr: 'Adresse', en: 'Address' },
  servicesOf: { fr: 'Services ({count})', en: 'Services ({count})' },
  noServices: { fr: "Aucun service dans l'annuaire.", en: 'No service in the directory.' },
  serviceCode: { fr: 'Code', en: 'Code' },
  serviceName: { fr: 'Nom', en: 'Name' },
  serviceActive: { fr: 'Actif', en: 'Active' },
  serviceEngagement: { fr: 'Engagement obligatoire', en: 'Commitment mandatory' },
  filterServices: { fr: 'Filtrer les services', en: 'Filter the services' },
  directoryOf: { fr: 'Annuaire du {date}', en: 'Directory of {date}' },
  importSection: { fr: "Importer ou remplacer l'annuaire", en: 'Import or replace the directory' },
  navLink: { fr: 'Annuaire Chorus Pro', en: 'Chorus Pro directory' },
} satisfies Record<string, Messages>;
