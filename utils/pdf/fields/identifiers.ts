import { isTurned, overlap, type Cell, type Line } from '../lines.ts';
import { BUYER_WORDS, isSentence, PUBLIC_BODY } from './parties.ts';
import { found, type Found } from './found.ts';
import { looksLikeCreditNote, titledInvoice } from './kind.ts';
import { datesIn, findLabels, fold, isAddressLine, labelsAcrossLineEnd, openingBelow, valuesFor, type LabelHit, type ValueCandidate } from './text.ts';

/**
 * Identifiers printed after a label: invoice number, engagement (purchase order), service code, market.
 * The value is the first token that looks like an identifier (letters, digits, - / _ .) and holds a digit.
 */

const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9\-/_.]*[A-Za-z0-9]$|^[0-9]$/;
const STOP_WORDS = new Set(['du', 'le', 'la', 'en', 'date', 'de', 'des', 'of', 'dated', 'from', 'au', 'pour', 'page', 'et']);
const NUMBER_PREFIX = /^(?:n\s?[°o]\.?|no\.?|nr\.?|num(?:ero|éro)?\.?|number|#|:|-)\s*/i;

export interface IdentifierOptions {
  /** Join following digit groups ("24 01 234"). */
  joinGroups?: boolean;
  minDigits?: number;
  maxLength?: number;
}

/** First identifier-looking value of a text, or null. */
export function identifierIn(raw: string, options: IdentifierOptions = {}): string | null {
  let text = raw.trim();
  for (let guard = 0; guard < 3; guard++) {
    const stripped = text.replace(NUMBER_PREFIX, '');
    if (stripped === text) break;
    text = stripped;
  }
  // A date right there is not an identifier, nor an amount or a rate ("12 345,00 €", "20 %").
  if (datesIn(text)[0]?.index === 0) return null;
  if (/^[-(]?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d{2}(?!\d)|^\d+(?:[.,]\d+)?\s?%/.test(text)) return null;
  const tokens = text.split(/\s+/).filter(Boolean);
  // « … votre engagement n° 2676285. »: the full stop ends the sentence, not the identifier.
  const first = tokens[0]?.replace(/[,;:)]+$/, '').replace(/(?<=[A-Za-z0-9])\.$/, '').replace(/^[(]+/, '');
  if (!first || !ID_TOKEN.test(first) || STOP_WORDS.has(first.toLowerCase())) return null;
  // "11 rue Balay": an address, not an identifier.
  if (/^(?:rue|avenue|av|bd|boulevard|place|chemin|route|allee|impasse|cours|quai|square|bis|ter)\b/i.test(fold(tokens[1] ?? ''))) return null;
  let value = first;
  if (options.joinGroups) {
    for (const token of tokens.slice(1)) {
      const clean = token.replace(/[,;.]+$/, '');
      if (!/^\d{1,6}$/.test(clean) || !/\d$/.test(value)) break;
      value += clean;
    }
  }
  const digits = value.replace(/\D/g, '').length;
  if (digits < (options.minDigits ?? 1)) return null;
  if (value.length > (options.maxLength ?? 35)) return null;
  return value;
}

interface LabelSpec {
  pattern: RegExp;
  /** A label that names the field without doubt ("N° de facture"); a weak one ("N° :") needs corroboration. */
  strong: boolean;
  /** Counts only right under the document's title, in its column. */
  underTitleOnly?: boolean;
  /** The title then a few words saying what the invoice is for: they must not name another document or a reference. */
  qualified?: boolean;
  /** Names the field only when the value has the engagement's seven digits; nothing is given otherwise. */
  sevenDigitsOnly?: boolean;
  /** Counts only heading a row of the invoice's identity (« Référence   Date   Échéance »), its values below. */
  identityRowOnly?: boolean;
  /** An English label whose French twin, printed with it (« Contrat / Contract »), reads weaker: then it does not count. */
  frenchTwin?: RegExp;
}

interface LabelledValue {
  value: string;
  hit: LabelHit;
  kind: ValueCandidate['kind'];
}

function firstValue(lines: Line[], hits: LabelHit[], options: IdentifierOptions, below = 2): LabelledValue | null {
  for (const hit of hits) {
    for (const candidate of valuesFor(lines, hit, below)) {
      if (isAddressLine(candidate)) continue;
      const value = identifierIn(candidate.text, options);
      if (value) return { value, hit, kind: candidate.kind };
      // Only the first non-empty place next to a label counts: never wander off to another value.
      if (candidate.kind !== 'below') break;
    }
  }
  return null;
}

const patterns = (specs: readonly LabelSpec[]) => specs.map((spec) => spec.pattern);

// ——— invoice number ———

/**
 * What kind of invoice the title says: « de situation », « d'acompte », « rectificative », and adjectives such as
 * « récapitulative », « périodique », « mensuelle », « définitive » (never « initiale », « originale »: another
 * invoice the document refers to).
 */
const INVOICE_KIND = String.raw`(?:de\s+situation|d'acompte|rectificative|de\s+solde|finale?|(?!initiale\b|originale\b)[a-z]{3,}(?:ive|ique|elle|ale|aire))`;

const INVOICE_LABELS: LabelSpec[] = [
  // « valant facture – n° F-2025-0226 »: a dash may come between.
  { pattern: new RegExp(String.raw`(?:facture|invoice|avoir|credit note)(?:\s+${INVOICE_KIND})?(?:\s*\/\s*(?:facture|invoice|avoir))?\s*(?:[–—-]\s*)?(?:n\s?[°o]\b\.?|n\s?°|no\b\.?|nr\b\.?|numero|num\b\.?|number|#)\s*:?`), strong: true },
  // « FACTURE – Relevé compteurs N° 2025… », « Facture de relevé de compteurs N° F-… »: the title, what the invoice is
  // for, then its number (a qualifier naming another document or a reference is dropped below).
  { pattern: /^(?:facture|invoice)\s*(?:[–—:-]\s*)?[a-z][a-z']+(?:\s+[a-z][a-z']*){0,4}\s+(?:n\s?°|no\b\.?|numero)\s*:?/, strong: true, qualified: true },
  // A fee note (lawyers, architects, experts) is their invoice: "Note d'honoraires et de frais N° 25/1226", « Note de
  // frais et honoraires n° ».
  { pattern: /^(?:note|releve|memoire|etat)\s+(?:de\s+frais\s+et\s+)?(?:d'\s*)?honoraires(?:\s+et\s+(?:de\s+)?(?:frais|debours))?\s*(?:n\s?[°o]\b\.?|n\s?°|no\b\.?|numero|num\b\.?)\s*:?/, strong: true },
  { pattern: /(?:n\s?°|numero|num\.?|no\.?|number)\s*(?:de\s+|d'|of\s+)?(?:la\s+|l'|the\s+)?(?:facture|invoice|avoir)\s*:?/, strong: true },
  { pattern: /(?:ref(?:erence)?\.?)\s*(?:de\s+la\s+)?(?:facture|invoice|avoir)\s*:?/, strong: true },
  // « AVOIR / CREDIT NOTE RFAC/2025/00809 »: the title may be bilingual.
  { pattern: /^(?:[a-z' ]{2,30}\s[–—-]\s*)?(?:facture|invoice|avoir|facture d'avoir)(?:\s+(?:de\s+situation|d'acompte|rectificative|de\s+solde|finale?|pro\s*forma))?(?:\s*\/\s*(?:invoice|credit\s+note|facture|avoir))?\s*[:·•|–—]?\s*(?=[a-z0-9\-/_.]*\d)/, strong: true },
  // « Note de séjour n° », « Note de frais n° »: a hotel's invoice, an expense note (fee notes are read above).
  { pattern: /^note\s+(?:de\s+sejour|de\s+frais)\s*(?:n\s?°|no\b\.?|numero)\s*:?/, strong: true },
  // « RELEVÉ DE COMMISSIONS N° FA2502-8751 VALANT FACTURE »: a statement that says it is the invoice.
  { pattern: /^(?:releve|etat|memoire|decompte|bordereau|note)\b[a-z' -]{0,40}?\s(?:n\s?°|no\b\.?|numero)\s*:?(?=[^:]*\bvalant\s+facture\b)/, strong: true },
  // « FACTURE DE MAINTENANCE » then « Numéro   FA05287 », « Émise le … »: a bare « Numéro » opening the block of
  // labels right under the title numbers the invoice (a « N° » in the item table below numbers an item).
  { pattern: /^(?:numero|n°|no\.?)(?:\s*\/\s*(?:number|no\.?))?\s*:?$/, strong: true, underTitleOnly: true },
  { pattern: /(?:n\s?°|numero|no\.?)\s*(?:de\s+)?piece\s*:?|piece\s*(?:n\s?°|no\.?)\s*:?/, strong: false },
  // « Document de facturation », « Doc. facturation », « Document d'avoir » (SAP-like billing systems): the billing
  // document is the invoice or the credit note.
  { pattern: /^(?:n\s?°\s*(?:de\s+|du\s+)?)?(?:document|doc\.?|piece)\s+(?:(?:de\s+)?facturation|d'\s*avoir)\s*(?:n\s?°|no\.?)?\s*:?/, strong: true },
  // « Numéro de document », « Document n° »: what accounting software calls any piece it prints, here the invoice.
  { pattern: /(?:n\s?°|numero|no\.?)\s*(?:de\s+|du\s+)?document\s*:?|^document\s*(?:n\s?°|no\.?)\s*:?/, strong: false },
  { pattern: /^document\s*:?$/, strong: false, underTitleOnly: true },
  // « Pièce » heading a row of the invoice's identity (« Pièce   Date pièce   Code client   Échéance »).
  { pattern: /^piece\s*:?$/, strong: false },
  // « N° de note   25-04697 » under « NOTE D'HONORAIRES valant facture ».
  { pattern: /^(?:n\s?°|numero|no\.?)\s*(?:de\s+(?:la\s+)?)?note\s*:?$/, strong: false },
  // A bare « Note n° » may number the invoice (« Cette note vaut facture »), or something else.
  { pattern: /^note\s*(?:n\s?°|no\b\.?|numero)\s*:?/, strong: false },
  { pattern: /^(?:numero|n°)\s*:/, strong: false },
  { pattern: /^(?:n°|no\.?|numero)\s*:?\s*(?=[a-z0-9\-/_.]*\d)/, strong: false },
  // "Réf. : FA2408-4851", « Référence   F-2025-0378 » right under the title (software that calls the invoice number
  // its reference).
  { pattern: /^ref(?:erence)?\.?\s*(?::|$)/, strong: false, underTitleOnly: true },
  // « Référence   Date   Échéance   Code client » heading a row of boxes, the values under them: the invoice's identity.
  { pattern: /^ref(?:erence)?\.?\s*:?$/, strong: false, identityRowOnly: true },
];
const INVOICE_EXCLUDE = /client|customer|commande|order|devis|quote|tva|siret|siren|bon de|engagement|contrat|marche|dossier|compte|account|ligne|tel|page/;
/** Another invoice the document refers to: the one a credit note corrects, an earlier deposit invoice. */
const REFERENCED_INVOICE = /\b(?:sur|origine|initiale|annul\w*|rectifi\w*|corrig\w*|remplac\w*|concern\w*|relati\w*|associee|precedente|deja|reglee?|payee?)\b[^]*$/;
/** Words that make « Facture … n° » number something else: « Facture relative à la commande n° », « Facture client n° ». */
const QUALIFIER_NAMES_OTHER =
  /\b(?:devis|quote|commande|order|bons?|livraison|contrats?|contract|marches?|client|customer|compte|account|dossier|engagement|ref\w*|sur|origine|initiale|annul\w*|rectifi\w*|corrig\w*|remplac\w*|concern\w*|relati\w*|precedente|page|ligne|tva|siret|siren|pro\s*forma|proforma|avoir|acompte|situation)\b/;
const REFERENCED_AFTER = /^\s*(?:associee|d'origine|initiale|precedente|rectifiee|annulee)/;
/**
 * « Acompte à la commande – facture F-2026-0933 du 22/06/2026 » on a line of the totals: the deposit's own invoice,
 * deducted. A deposit invoice names itself the other way round (« Facture d'acompte n° »).
 */
const DEDUCTED_INVOICE = /\b(?:acomptes?|avances?|provisions?|a\s+deduire|versements?)\b[^]*\b(?:facture|invoice)\b/;

const TITLE = /^(?:facture|invoice|avoir|facture d'avoir|credit note|note de credit|note d'honoraires)\b(?!\s+(?:a|de|du|des)\b)/;

/**
 * The document's title ("FACTURE", "Facture", "Invoice", "Avoir") close above or beside a line, or alone in
 * its cell at the top of the page: a short label such as "N° :" or "N° pièce" then numbers the invoice.
 */
function titledNear(lines: Line[], lineNumber: number): boolean {
  const line = lines[lineNumber]!;
  for (let index = lineNumber; index >= 0 && index >= lineNumber - 4; index--) {
    const other = lines[index]!;
    if (other.page !== line.page) break;
    // « FACTURE », « Facture n° … », or a title naming a kind of invoice alone in its cell (« Facture de loyers »).
    if (other.cells.some((cell) => TITLE.test(fold(cell.text).trim()) || isTitleOrKindAlone(cell))) return true;
  }
  // The title alone at the top vouches for a label in the page's head only: further down, a « n° 51/04562 » in a
  // table numbers what the row describes (an instrument's serial number).
  if (pastPageHead(lines, lineNumber)) return false;
  return lines.slice(0, 12).some((other) => other.page === line.page && other.cells.some((cell) => TITLE_ALONE.test(fold(cell.text).trim())));
}

/** How many lines from the top of a page its head (the supplier, the title, the invoice's identity) may take. */
const PAGE_HEAD_LINES = 20;

/** A line below the head of its page; never text turned on the page (read after the page's own lines). */
function pastPageHead(lines: Line[], lineNumber: number): boolean {
  const line = lines[lineNumber]!;
  return !isTurned(line) && lineNumber - lines.findIndex((other) => other.page === line.page) >= PAGE_HEAD_LINES;
}

/** A label naming an invoice and not a credit note: on a credit note, it names the invoice the note corrects. */
const NAMES_INVOICE_ONLY = /\b(?:facture|invoice)\b(?!\s*d'\s*avoir)/;
const NAMES_CREDIT_NOTE = /avoir|credit/;

/** The hits of one invoice-number label that may number this invoice (not another invoice, document or item). */
function keptInvoiceHits(lines: Line[], spec: LabelSpec, creditNote: boolean, translations: RegExp[]): LabelHit[] {
  return findLabels(lines, spec.pattern, undefined, translations).filter((hit) => {
    const at = hit.folded.search(spec.pattern);
    const before = hit.folded.slice(0, at);
    const after = hit.folded.slice(at).replace(spec.pattern, ' ');
    if (REFERENCED_INVOICE.test(before) || REFERENCED_AFTER.test(after)) return false;
    // "Réf. facture : F-2026-3254" on a credit note: the refunded invoice, never the note's own number.
    const label = hit.folded.slice(0, at) + (spec.pattern.exec(hit.folded)?.[0] ?? '');
    if (creditNote && NAMES_INVOICE_ONLY.test(label) && !NAMES_CREDIT_NOTE.test(label)) return false;
    // « Avoir n° 9247869272 du 12/11/2025   imputé » in an invoice's totals: the credit note deducted, not this invoice.
    if (!creditNote && NAMES_CREDIT_NOTE.test(label) && !/\b(?:facture|invoice)\b/.test(label) && titledInvoice(lines)) return false;
    if (DEDUCTED_INVOICE.test(label)) return false;
    if (spec.qualified && QUALIFIER_NAMES_OTHER.test(label)) return false;
    if (spec.underTitleOnly) {
      // « Facture » right-aligned above « Numéro   F-2026-0363 »: the title stands over the label or over its value.
      const labelAndValue = [hit.cell, hit.line.cells[hit.cellIndex + 1]].filter((cell) => cell !== undefined);
      const titled = titleRightAbove(lines, hit.lineNumber, labelAndValue) || (!creditNote && identityColumn(lines, hit) && titledInvoice(lines));
      if (!titled || headsItemTable(hit.line)) return false;
    }
    if (spec.identityRowOnly && !headsIdentityRow(hit.line)) return false;
    // « Devis / N° DEV… » beside « Facture / N° F-… »: a bare « N° » numbers whatever its column's heading names.
    if (!spec.strong && headedByOtherDocument(lines, hit.lineNumber, hit.cell)) return false;
    // « Violon 3/4 – Stentor | N° J243044 | 24,00 | 4 | 96,00 € »: a bare « N° » on a priced line numbers an item.
    if (!spec.strong && onPricedLine(hit.line, hit.cellIndex)) return false;
    // « Pièce   Désignation   Qté   Prix »: a short label heading an item table numbers the items (a spare part).
    if (!spec.strong && headsItemTable(hit.line)) return false;
    return !INVOICE_EXCLUDE.test(before) && !INVOICE_EXCLUDE.test(after.split(/\s+/).slice(0, 1).join(' '));
  });
}

/** A row of headings without a digit: « Date » and the invoice's due date or the customer's code beside the hit. */
function headsIdentityRow(line: Line): boolean {
  const headings = line.cells.map((cell) => fold(cell.text).trim());
  return headings.length >= 3 && !/\d/.test(line.text) && headings.some((text) => /^date\b/.test(text)) && headings.some((text) => /^(?:echeance|code\s+client|client|page)\b/.test(text));
}

/** The value after each hit, in reading order (a hit with nothing identifier-like after it gives none). */
function valuesAfter(lines: Line[], hits: LabelHit[]): LabelledValue[] {
  return hits.flatMap((hit) => firstValue(lines, [hit], { minDigits: 1, maxLength: 30 }) ?? []);
}

/** « FACTURE D'ACOMPTE N° 2 », « Facture de situation n° 3 »: a short number there counts the instalments. */
function isInstalmentCount(value: LabelledValue): boolean {
  return ORDINAL_NUMBER.test(value.value) && ORDINAL_KIND.test(value.hit.folded) && !secondIdentifier(value.hit.rest, value.value);
}

/** A value the reader would stand behind on its own: a strong label, or a short one under the title, in the page's head. */
function vouchedFor(lines: Line[], spec: LabelSpec, value: LabelledValue): boolean {
  return !pastPageHead(lines, value.hit.lineNumber) && (spec.strong || spec.underTitleOnly === true || titledNear(lines, value.hit.lineNumber));
}

const comparable = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');
/** One number printed twice, with or without its prefix or separators (« F-2026-0418 », « 2026-0418 »). */
function sameNumber(one: string, other: string): boolean {
  const [a, b] = [comparable(one), comparable(other)];
  return a.includes(b) || b.includes(a);
}

/**
 * Another label naming an invoice number without doubt, in the page's head, giving another number: « Facture n° 2 » and
 * « N° de facture F-2026-0418 », a quote's number beside the invoice's. Which one numbers this invoice is a guess.
 */
function rivalNumber(lines: Line[], chosen: string, sameLabel: LabelledValue[], specIndex: number, creditNote: boolean, translations: RegExp[]): string | null {
  const differs = (value: LabelledValue) => !sameNumber(value.value, chosen) && !isInstalmentCount(value);
  const spec = INVOICE_LABELS[specIndex]!;
  const rival = spec.strong ? sameLabel.find((value) => differs(value) && vouchedFor(lines, spec, value)) : undefined;
  if (rival) return rival.value;
  for (const value of laterVouchedValues(lines, specIndex, creditNote, translations, (later) => later.strong)) {
    if (differs(value)) return value.value;
  }
  const underTitle = numberUnderTitle(lines);
  return underTitle && !sameNumber(underTitle.value, chosen) ? underTitle.value : null;
}

/** Another label, vouched for in the head of the page (« Numéro   FV09782912 » under « FACTURE »), gives the same number. */
function confirmedInHead(lines: Line[], value: string, specIndex: number, creditNote: boolean, translations: RegExp[]): boolean {
  for (const candidate of laterVouchedValues(lines, specIndex, creditNote, translations)) if (candidate.value === value) return true;
  return false;
}

/** The values the labels after `specIndex` give (those `read` keeps), label by label, that the reader would stand behind alone. */
function* laterVouchedValues(lines: Line[], specIndex: number, creditNote: boolean, translations: RegExp[], read: (spec: LabelSpec) => boolean = () => true): Generator<LabelledValue> {
  for (const other of INVOICE_LABELS.slice(specIndex + 1).filter(read)) {
    for (const value of valuesAfter(lines, keptInvoiceHits(lines, other, creditNote, translations))) if (vouchedFor(lines, other, value)) yield value;
  }
}

/** `creditNote`: whether the document is a credit note, when the caller already knows. */
export function findInvoiceNumber(lines: Line[], creditNote = looksLikeCreditNote(lines)): Found | null {
  const translations = patterns(INVOICE_LABELS);
  for (const [specIndex, spec] of INVOICE_LABELS.entries()) {
    const values = valuesAfter(lines, keptInvoiceHits(lines, spec, creditNote, translations));
    const chosenIndex = values.findIndex((value) => !isInstalmentCount(value));
    const result = values[chosenIndex];
    // The invoice's own number, when printed beside an instalment's count (« Facture n° FA-2025-01804 »), is under
    // another label; the count alone is given, unsure.
    if (!result) {
      const ordinal = values[0];
      if (ordinal) return found(ordinal.value, false, 'an instalment\'s count after the label', { lineNumber: ordinal.hit.lineNumber, cell: ordinal.hit.cell });
      continue;
    }
    const where = { lineNumber: result.hit.lineNumber, cell: result.hit.cell };
    // "Facture de situation n° 5 – F-2025-0558": a sequence number and the invoice number; which one is meant is a guess.
    const second = secondIdentifier(result.hit.rest, result.value);
    if (second) return found(second, false, 'two numbers after the label', where);
    // Below the page's head, « facture F-2026-0933 » is as likely another invoice (a deposit deducted, the invoice a
    // payment or a credit note refers to): given, but to be checked.
    // … unless the page's head prints the same number under a label of its own (a payment slip at the bottom repeats it).
    const sure = vouchedFor(lines, spec, result) || confirmedInHead(lines, result.value, specIndex, creditNote, translations);
    const evidence = `${spec.strong ? 'invoice-number label' : 'short number label'} (${result.kind})${sure && !spec.strong ? ' under the title' : ''}`;
    const rival = sure ? rivalNumber(lines, result.value, values.slice(chosenIndex + 1), specIndex, creditNote, translations) : null;
    if (rival) return found(result.value, false, `${evidence}; another label gives ${rival}`, where);
    return found(result.value, sure, evidence, where);
  }
  const underTitle = numberUnderTitle(lines);
  if (underTitle) return underTitle;
  const row = numberBesideBareTitle(lines);
  if (row) return row;
  // A bare "Numéro" heading a row of the invoice's references ("Numéro   Date   Échéance"), never an item table.
  const bare = findLabels(lines, /^(?:numero|n°|no\.?|number)\s*:?$/).filter((hit) => hit.line.cells.length >= 2 && !headsItemTable(hit.line));
  const result = firstValue(lines, bare, { minDigits: 1, maxLength: 30 });
  if (!result) return null;
  return found(result.value, titledNear(lines, result.hit.lineNumber), 'references-row heading', { lineNumber: result.hit.lineNumber, cell: result.hit.cell });
}

/** An amount alone in its cell (« 96,00 € », « 1 250,00 »). */
const AMOUNT_CELL = /^-?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d{2}\s*€?$/;

/** A row of a table with an amount in another cell than the label's: an item line, a total line. */
function onPricedLine(line: Line, cellIndex: number): boolean {
  return line.cells.length >= 3 && line.cells.some((cell, index) => index !== cellIndex && AMOUNT_CELL.test(cell.text.trim()));
}

/** Headings of an item table: a « N° » among them numbers the lines, not the invoice. */
const ITEM_TABLE_HEADINGS = /designation|libelle|description|qte|quantite|prix|article|montant|client\s*n|ligne/;
/** A heading of an item table in one of the line's cells (« CODE CLIENT » beside « N° TOURNÉE » is no « client n° »). */
const headsItemTable = (line: Line) => line.cells.some((cell) => ITEM_TABLE_HEADINGS.test(fold(cell.text)));

/** A count of one or two digits, and the kinds of invoice that are counted (the n-th instalment, situation). */
const ORDINAL_NUMBER = /^\d{1,2}$/;
const ORDINAL_KIND = /acompte|situation|echeance/;

/** The invoice's date label alone in its cell: « Date », « Date de facture », « Émise le », « DATE / DATE ». */
const DATE_LABEL_ALONE = /^(?:date(?:\s+(?:de\s+)?(?:facture|facturation|d'emission|emission))?(?:\s*\/\s*(?:invoice\s+)?date)?|(?:emise?|etablie?)\s+le)\s*:?$/;

/**
 * « NUMÉRO » over its value (or beside it), then « DATE » in the same column a few lines down: a column of the
 * invoice's identity (a sidebar, a key–value table) set apart from the title. The label alone in its cell.
 */
function identityColumn(lines: Line[], hit: LabelHit): boolean {
  if (hit.rest.trim() !== '' || headedByOtherDocument(lines, hit.lineNumber, hit.cell)) return false;
  for (let index = hit.lineNumber + 1; index < lines.length && index <= hit.lineNumber + 4; index++) {
    const below = lines[index]!;
    if (below.page !== hit.line.page || below.top - hit.line.top > Math.max(hit.line.size, 8) * 6) break;
    if (below.cells.some((cell) => Math.abs(cell.x0 - hit.cell.x0) < 6 && DATE_LABEL_ALONE.test(fold(cell.text).trim()))) return true;
  }
  return false;
}

/** The document's title alone in its cell, at most three lines above (a subtitle or another column's line between), in the column of one of `cells`. */
function titleRightAbove(lines: Line[], lineNumber: number, cells: { x0: number; x1: number }[]): boolean {
  const line = lines[lineNumber]!;
  for (let index = lineNumber - 1; index >= 0 && index >= lineNumber - 3; index--) {
    const other = lines[index]!;
    if (other.page !== line.page || line.top - other.top > Math.max(line.size, 8) * 3.5) break;
    if (other.cells.some((title) => isTitleOrKindAlone(title) && cells.some((cell) => overlap(title, cell) > 0))) return true;
  }
  return false;
}

/** A heading naming another document than the invoice: a quote, an order, a delivery note, a pro forma, a contract. */
const OTHER_DOCUMENT_HEADING =
  /^(?:devis|quote|quotation|estimate|offre|proposition|bon\s+(?:de\s+)?(?:livraison|commande|cde|reception|intervention|pour\s+accord)|commande|order|purchase\s+order|(?:facture\s+)?pro\s*-?\s*forma|contrat|contract|avenant|marche|accord[-\s]cadre|delivery\s+note)\b/;

/**
 * The nearest cell above in the same column, a few lines up, is a short heading naming another document: a short
 * « N° » under it numbers that document, never the invoice.
 */
function headedByOtherDocument(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }): boolean {
  const line = lines[lineNumber]!;
  for (let index = lineNumber - 1; index >= 0 && index >= lineNumber - 3; index--) {
    const other = lines[index]!;
    if (other.page !== line.page || line.top - other.top > Math.max(line.size, 8) * 5) break;
    const above = other.cells.find((candidate) => overlap(candidate, cell) > 0);
    if (!above) continue;
    const heading = fold(above.text).trim();
    return heading.split(/\s+/).length <= 5 && OTHER_DOCUMENT_HEADING.test(heading);
  }
  return false;
}

/** "5 – F-2025-0558": a short bare number, a dash, then a longer identifier. */
function secondIdentifier(rest: string, first: string): string | null {
  if (!/^\d{1,3}$/.test(first)) return null;
  const match = /^\s*(?:n\s?°\s*)?\d{1,3}\s+[–—-]\s+(\S+)/i.exec(rest);
  if (!match) return null;
  const second = identifierIn(match[1]!, { minDigits: 2, maxLength: 30 });
  return second && second.length >= 4 && /[A-Za-z/-]/.test(second) ? second : null;
}

/** The document's title and nothing else: "FACTURE", "Avoir", "NOTE DE CRÉDIT / AVOIR", "Invoice / Facture". */
const TITLE_WORD = String.raw`(?:facture(?:\s+d'\s*avoir)?|invoice|avoir|note\s+de\s+credit|credit\s+note|note\s+d'\s*honoraires)`;
const TITLE_ALONE = new RegExp(String.raw`^${TITLE_WORD}(?:\s*[/–-]\s*${TITLE_WORD})?$`);

/** The title naming a kind of invoice, alone in its cell: "FACTURE DE LOCATION", "Facture récapitulative", « FACTURE – FRAIS VENDEUR ». */
const KIND_OF_INVOICE_ALONE = /^(?:facture|invoice)(?:\s+|\s*[–—-]\s*)(?:(?:de|d'|du)\s*)?[a-z'-]{4,}(?:\s+[a-z'-]{2,})?$/;

/** A cell holding the document's title alone, bare ("FACTURE") or naming a kind of invoice ("FACTURE DE LOCATION"). */
function isTitleOrKindAlone(cell: Cell): boolean {
  const text = fold(cell.text).trim();
  return TITLE_ALONE.test(text) || (KIND_OF_INVOICE_ALONE.test(text) && !ANOTHER_INVOICE.test(text));
}

/** « Facture d'origine », « Facture initiale »: a heading naming the invoice a credit note corrects, never a title. */
const ANOTHER_INVOICE = /\b(?:origine|initiale|precedente|rectifiee|annulee|associee|corrigee|concernee|remplacee|reglee|payee)\b/;

/** A title alone ("Facture", "AVOIR", "Facture de location") and right under it a lone identifier: the document's number. */
function numberUnderTitle(lines: Line[]): Found | null {
  for (const [lineNumber, line] of lines.slice(0, 60).entries()) {
    const title = line.cells.find(isTitleOrKindAlone);
    if (!title) continue;
    const isUnder = (cell: Cell) => overlap(cell, title) > 0 || Math.abs(cell.x1 - title.x1) < 6;
    // « FACTURE   DATE   CODE CLIENT   ORDRE DE » / « RÉPARATION » (a heading wrapped) / the supplier's lines at the
    // left: a row of headings whose values sit a few lines lower, past lines with nothing under the row's headings.
    const headings = line.cells.slice(line.cells.indexOf(title));
    const headingRow = headings.length >= 3 && headings.every((cell) => !/\d/.test(cell.text));
    const row = { x0: title.x0, x1: headings.at(-1)!.x1 };
    const close = (other: Line, factor: number) => other.page === line.page && other.top - line.top <= Math.max(line.size, 8) * factor;
    let next = lines.slice(lineNumber + 1, lineNumber + 3).find((other) => close(other, 1.8) && other.cells.some(isUnder));
    if (!next && headingRow) {
      const lower = lines.slice(lineNumber + 1, lineNumber + 5).filter((other) => close(other, 3.2));
      const index = lower.findIndex((other) => other.cells.some(isUnder));
      const passed = lower.slice(0, Math.max(index, 0));
      if (index >= 1 && passed.every((other) => other.cells.every((cell) => overlap(cell, row) <= 0 || !/\d/.test(cell.text)))) next = lower[index];
    }
    if (!next) continue;
    const under = next.cells.filter(isUnder);
    if (under.length !== 1 || /\s/.test(under[0]!.text.trim())) continue;
    const value = identifierIn(under[0]!.text, { minDigits: 2, maxLength: 30 });
    if (value && datesIn(under[0]!.text).length === 0) return found(value, true, 'identifier under the title', { lineNumber, cell: title });
  }
  return null;
}

/**
 * "Facture   F-2025-0524" as the first row of a block of labels and values ("Émise le   21 janvier 2025",
 * "À régler le   7 mars 2025"): the word "Facture" labels the invoice's number in the next cell.
 */
function numberBesideBareTitle(lines: Line[]): Found | null {
  for (const [lineNumber, line] of lines.slice(0, 60).entries()) {
    const index = line.cells.findIndex((cell) => /^(?:facture|invoice)\s*:?$/.test(fold(cell.text).trim()));
    const label = line.cells[index];
    const next = line.cells[index + 1];
    if (!label || !next || next.x0 - label.x1 > 160 || /\s/.test(next.text.trim()) || datesIn(next.text).length > 0) continue;
    const value = identifierIn(next.text, { minDigits: 2, maxLength: 30 });
    if (!value) continue;
    // Other rows of the block: a label in the same column with a value in the value's column.
    const block = lines.slice(lineNumber + 1, lineNumber + 4).some(
      (other) =>
        other.page === line.page &&
        other.cells.some((cell) => Math.abs(cell.x0 - label.x0) < 4 && !/\d/.test(cell.text)) &&
        other.cells.some((cell) => Math.abs(cell.x0 - next.x0) < 4 && /\d/.test(cell.text)),
    );
    return found(value, block, `number beside a bare "Facture"${block ? ' in a block of labels' : ''}`, { lineNumber, cell: label });
  }
  return null;
}

// ——— engagement (purchase order) ———

/** "(EJ)", "(BC)" after an order label: the buyer's engagement is meant. */
const ENGAGEMENT_TAG = String.raw`(?:\s*\(\s*(?:ej|bc|po|n°\s*ej|engagement(?:\s+juridique)?)\s*\))?`;
/** "N° d'engagement (Chorus Pro) :": a few words in parentheses qualify the label, the value comes after them. */
const QUALIFIER = String.raw`(?:\s*\([^)\d]{1,25}\))?`;
/** « EJ Chorus Pro », « Numéro d'engagement Chorus »: the portal named after the label. */
const PORTAL_NAMED = String.raw`(?:\s+chorus(?:\s+pro)?)?`;
const ENGAGEMENT_LABELS: LabelSpec[] = [
  { pattern: new RegExp(String.raw`(?:n\s?°|numero|no\.?)?\s*(?:d'|de\s+l')?\s*engagement(?:\s+juridique)?(?:\s*\(ej\))?${PORTAL_NAMED}${QUALIFIER}\s*(?:n\s?°|no\.?|numero)?\s*:?`), strong: true },
  // « EJ Chorus Pro   2618-128 »; « Réf. client (EJ) 202636573 »: the tag in brackets names the value after it.
  { pattern: new RegExp(String.raw`\bej\b(?:\s*\))?${PORTAL_NAMED}\s*(?:n\s?°|no\.?|numero)?\s*:?`), strong: true },
  // « Bon de commande », « Bon cde » (the usual short form on listings).
  // « Bon de commande CCAS n° »: the buyer named between the label and its « n° ».
  { pattern: new RegExp(String.raw`bon\s+(?:de\s+commande|(?:de\s+)?cde\b\.?)\s*(?:\(bc\))?${ENGAGEMENT_TAG}(?:\s*\b(?:ccas|cias|ville|commune|mairie|metropole|sdis|client|public|interne)(?=\s*(?:n\s?°|no\b|numero|:)))?\s*(?:n\s?°|no\.?|numero)?\s*:?`), strong: true },
  // « N° de commande », « Réf. bon de cde », « N° de BC » (the bon de commande's initials), « N° de commande publique ».
  { pattern: new RegExp(String.raw`(?:n\s?°|numero|no\.?|ref(?:erence)?\.?)\s*(?:de\s+|du\s+)?(?:bon\s+(?:de\s+)?)?(?:commande|cde\b\.?|b\.?d?\.?c\b\.?)\s*(?:client|publique)?${ENGAGEMENT_TAG}\s*:?`), strong: false },
  { pattern: /\bb\.?c\.?\s*(?:n\s?°|no\.?|numero|:)\s*:?/, strong: true },
  // "BdC n° : 2551305", "BdC 24 45 853": the usual short form of « bon de commande ».
  { pattern: /\bb\.?d\.?c\b\.?\s*(?:n\s?°|no\.?|numero)?\s*:?/, strong: true },
  // Not « Armoires de commande : 62 » (control cabinets): after « de », « commande » qualifies the noun before it.
  { pattern: new RegExp(String.raw`(?:^|\s)(?<!\bde\s)commande${ENGAGEMENT_TAG}\s*(?:n\s?°|no\.?|numero|:)\s*:?`), strong: false },
  { pattern: new RegExp(String.raw`(?:votre|vos|your)\s+(?:commande|order|ref(?:erence)?\.?\s*commande)${ENGAGEMENT_TAG}\s*(?:n\s?°|no\.?|numero)?\s*:?`), strong: false },
  { pattern: /purchase\s+order(?:\s+(?:number|no\.?|n°))?\s*:?|\bp\.?o\.?\s*(?:number|no\.?|n°|#)\s*:?/, strong: true },
  { pattern: /order\s+(?:number|no\.?|n°|reference)\s*:?/, strong: false },
  { pattern: /^commande\s*:?$/, strong: false },
  { pattern: /commande\s+publique\s*(?:n\s?°|no\.?|numero|:)\s*:?/, strong: true },
  { pattern: /^b\.?c\.?\s*:?$/, strong: true },
  // « Votre réf. : 2496352 »: the buyer's own reference, which a public buyer's supplier fills with the engagement. Any
  // other reference may sit there too (the buyer's client code, a file).
  { pattern: /(?:votre|your)\s+ref(?:erence)?\.?\s*:?/, strong: false, sevenDigitsOnly: true },
];
const ENGAGEMENT_EXCLUDE =
  /(?<!commande\s)client\s*(?:n|no|numero|:)|n\s?°\s*client|code client|devis|quote|tva|vat|siret|siren|rcs|\btel\b|phone|fax|date|iban|bic|contrat|marche|accord[\s-]*cadre|facture\s*n/;

/** The label names the buyer's engagement itself, whatever order word comes before ("Réf. commande (EJ)"). */
const NAMES_ENGAGEMENT = /engagement|\(\s*(?:n°\s*)?ej\s*\)|\bej\b/;
/** An order of the supplier's own ("Notre commande", "commande interne"): maybe not the buyer's purchase order. */
const SUPPLIER_ORDER = /\b(?:notre|nos|our|interne|internal|fournisseur|supplier|vendeur|seller)\b/;

/** An order label that says the order is the supplier's own (« Notre commande », « commande interne »). */
function suppliersOwnOrder(hit: LabelHit): boolean {
  return !NAMES_ENGAGEMENT.test(hit.folded) && SUPPLIER_ORDER.test(hit.folded);
}

/**
 * « … conformément à votre bon de commande n° 4579 » then « 8280 62. »: digit groups ending a line of running text and
 * going on at the start of the next line, in the same column. The groups of both lines, for the value to be read
 * whole; the text as it is otherwise.
 */
function groupsCarriedOver(lines: Line[], hit: LabelHit, inline: string): string {
  const start = inline.trim();
  // « … engagement juridique n° 2025- » then « 316095, nous … »: the line broke at the number's own hyphen.
  const hyphenated = /^\d+(?:-\d+)*-$/.test(start);
  if (!hyphenated && !/^\d+(?:\s\d+)*$/.test(start)) return inline;
  const opening = openingBelow(lines, hit.lineNumber, hit.cell);
  if (!opening) return inline;
  const groups = /^(\d+(?:\s\d+)*)(?:[.,;]|\s|$)/.exec(opening.text.trim());
  if (!groups) return inline;
  return hyphenated ? `${start}${groups[1]!.split(/\s/)[0]}` : `${start} ${groups[1]}`;
}

/** The engagement's usual form: seven digits. */
const SEVEN_DIGITS = /^\d{7}$/;
const LETTER_AND_SEVEN_DIGITS = /^[A-Za-z]\d{7}$/;

/** Under the buyer's own reference, only the engagement's seven digits; under an order or engagement label, any value. */
function engagementShaped(spec: LabelSpec, value: string): boolean {
  return !spec.sevenDigitsOnly || SEVEN_DIGITS.test(value);
}

export function findEngagement(lines: Line[]): Found | null {
  const candidates = engagementCandidates(lines);
  const first = candidates.next();
  if (first.done) return engagementAcrossLineEnd(lines) ?? gluedEngagement(lines);
  const { found: chosen, strong } = first.value;
  // A label that names the order as the buyer's (« Votre commande », « Réf. client : Commande n° ») needs no rival check.
  if (!chosen.sure || strong || BUYERS_ORDER.test(fold(chosen.cell?.text ?? ''))) return chosen;
  // Under an order label, another order or engagement label giving another number: which one is the buyer's is a guess
  // (« N° de commande 71101733 » in the supplier's identity row, « Commande n° 2026-541931 » among the references).
  for (const other of candidates) {
    if (comparable(other.found.value) !== comparable(chosen.value)) return { ...chosen, sure: false, evidence: `${chosen.evidence}; another label gives ${other.found.value}` };
  }
  return chosen;
}

/** Every engagement an engagement or order label gives, label by label in their order, each with its label's strength. */
function* engagementCandidates(lines: Line[]): Generator<{ found: Found; strong: boolean }> {
  const translations = patterns(ENGAGEMENT_LABELS);
  for (const spec of ENGAGEMENT_LABELS) {
    const hits = findLabels(lines, spec.pattern, ENGAGEMENT_EXCLUDE, translations).filter((hit) => !/\bsans\b|aucun|neant|non communique/.test(hit.folded));
    for (const hit of hits) {
      const where = { lineNumber: hit.lineNumber, cell: hit.cell };
      const kind = spec.strong ? 'engagement' : 'order';
      let given = false;
      for (const candidate of valuesFor(lines, hit, 2)) {
        if (/^(?:neant|aucun|sans|n\/a|-+|—)$/i.test(fold(candidate.text).trim())) break;
        // « Engagement / juridique » wrapped, its value between the two lines, and the buyer's « 42000 Saint-Étienne »
        // further right on the first: a line of an address, never the value.
        if (isAddressLine(candidate)) continue;
        const value = engagementValue(candidate.kind === 'inline' ? groupsCarriedOver(lines, hit, candidate.text) : candidate.text);
        if (value) {
          // « Notre commande : CO2511-9435 »: the supplier's own order, never the buyer's engagement; in the
          // engagement's seven digits it may be the buyer's number under the wrong label, given to be checked.
          const own = suppliersOwnOrder(hit);
          if (!engagementShaped(spec, value) || (own && !SEVEN_DIGITS.test(value))) break;
          // A purchase-order label names the buyer's order, which is what the engagement field holds (contract).
          // « Chorus P2609795 »: a letter glued to seven digits may be a clipped word of the label (« Pro » cut by
          // the next cell) before the engagement, or a prefix of the number: which one is a guess.
          // « N° client   5638462   N° de commande   71101733 »: an order in the row of the supplier's customer account
          // is as likely the supplier's own order record; outside the engagement's seven digits it is passed over.
          if (!spec.strong && besideCustomerAccount(hit) && !SEVEN_DIGITS.test(value)) break;
          yield { found: found(value, !own && !LETTER_AND_SEVEN_DIGITS.test(value), `${kind} label (${candidate.kind})`, where), strong: spec.strong };
          given = true;
          break;
        }
        // Beside a label wrapped on several lines, each of its lines may hold the value (« CS 34205 » of the buyer's
        // address on the first, the engagement on the next).
        if (candidate.kind !== 'below' && candidate.kind !== 'wrapped') break;
      }
      if (given) continue;
      const carried = valueOpeningNextLine(lines, hit, spec.pattern);
      const value = carried === null ? null : engagementValue(carried);
      if (value && engagementShaped(spec, value) && !suppliersOwnOrder(hit)) yield { found: found(value, true, `${kind} label (sentence carried over)`, where), strong: spec.strong };
    }
  }
}

/** Words that make an order the buyer's: « votre », « client », « acheteur », « publique ». */
const BUYERS_ORDER = /\b(?:votre|vos|your|client|acheteur|buyer|publique?)\b/;

/** The label's row holds the supplier's customer number (« N° client », « Code client », « Compte client »). */
function besideCustomerAccount(hit: LabelHit): boolean {
  return hit.line.cells.some((cell, index) => index !== hit.cellIndex && /^(?:n\s?°\s*(?:de\s+)?client|code\s+client|compte\s+client|client\s*(?:n\s?°|no\b))/.test(fold(cell.text).trim()));
}

/**
 * « … reprise le 08/02/2026, N° bon de » then « commande 2610-370. »: an engagement's label broken at the end of a line
 * of running text, the value after it on the next. Sure under a label that names the engagement or the buyer's order
 * without doubt, or in the engagement's seven digits.
 */
function engagementAcrossLineEnd(lines: Line[]): Found | null {
  for (const spec of ENGAGEMENT_LABELS) {
    if (spec.sevenDigitsOnly) continue;
    for (const hit of labelsAcrossLineEnd(lines, spec.pattern)) {
      const value = engagementValue(hit.rest);
      if (value) return found(value, spec.strong || SEVEN_DIGITS.test(value), `${spec.strong ? 'engagement' : 'order'} label across a line end`, { lineNumber: hit.lineNumber, cell: hit.cell });
    }
  }
  return null;
}

/**
 * « … Suivant votre engagement juridique n° » then « 2514057, nous vous prions … »: a label ending a line of running
 * text, and the next line of the same paragraph opening with its value (after the label's own last words, when the
 * line broke inside it: « … votre engagement » / « juridique n° 2026-056557, … »). The value's words only, up to the
 * sentence's next comma, full stop or word.
 */
function valueOpeningNextLine(lines: Line[], hit: LabelHit, label: RegExp): string | null {
  const start = label.exec(hit.folded)?.index;
  // Words of a sentence before the label: a label alone in its cell has its value beside or under it (valuesFor).
  const sentenceBefore = start !== undefined && hit.folded.slice(0, start).trim().split(/\s+/).length >= 3;
  if (hit.rest.trim() !== '' || hit.lastLineNumber !== hit.lineNumber || !sentenceBefore) return null;
  const next = lines[hit.lineNumber + 1];
  const opening = next?.cells[0];
  if (!next || !opening || next.page !== hit.line.page || next.top - hit.line.top > (hit.line.size || 10) * 2) return null;
  if (Math.abs(opening.x0 - hit.cell.x0) > 6) return null;
  const sticky = new RegExp(label.source, label.flags.replace('g', '') + 'y');
  sticky.lastIndex = start;
  const joined = sticky.exec(`${hit.folded} ${fold(opening.text)}`);
  // Folding keeps every character's length, so the label's words on this line are as long in the raw text.
  const labelWordsHere = joined ? Math.max(0, joined.index + joined[0].length - hit.folded.length - 1) : 0;
  return opening.text.slice(labelWordsHere).trim().split(/[,;]\s|\.(?:\s|$)|\s(?=\p{Ll})/u)[0] ?? null;
}

/** Seven digits written in groups ("24 01 234", "2401-234", "24.01.234"): Saint-Étienne's engagement format. */
const GROUPED_SEVEN_DIGITS = /^(?:n\s?°\s*|no\.?\s*|:\s*)*(\d{1,4}(?:[ .\-\u00a0\u202f]\d{1,4}){1,3})(?![\d\-/]|\.\d)/i;

function engagementValue(text: string): string | null {
  const grouped = GROUPED_SEVEN_DIGITS.exec(text.trim());
  if (grouped && grouped[1]!.replace(/\D/g, '').length === 7) return grouped[1]!.replace(/\D/g, '');
  const value = identifierIn(text, { joinGroups: true, minDigits: 2, maxLength: 30 });
  // A buyer's commitment number in digits alone runs to four at least: « 62 » counts something.
  if (!value || (/^[\d\s./-]+$/.test(value) && value.replace(/\D/g, '').length < 4)) return null;
  return value.replace(/^(?:ej|bc|po)[-:.]/i, '');
}

/** "EJ2401234" glued to its label. */
function gluedEngagement(lines: Line[]): Found | null {
  for (const [lineNumber, line] of lines.entries()) {
    const match = /(?<![A-Za-z0-9])EJ[-:.]?(\d{5,15})(?![\d])/.exec(line.text);
    if (match) return found(match[1]!, true, 'EJ prefix', { lineNumber });
  }
  return null;
}

// ——— service code, market ———

const SERVICE_LABELS = [
  // « Police municipale (code service) »: the label in brackets after the service's name.
  /code\s+(?:du\s+)?service(?:\s+(?:destinataire|executant|chorus(?:\s+pro)?))?\s*\)?\s*:?/,
  /service\s+code\s*:?/,
  /code\s+(?:routage|destinataire)\s*:?/,
  /service\s+executant\s*:?/,
  // « Service destinataire : FIN-001 », the portal's own name for the code (a name of a service fails SERVICE_CODE).
  /service\s+destinataire\s*:?/,
  // « Service demandeur », « Service gestionnaire : SPORTS », « Service gestionnaire (code) »: the buyer's service that
  // ordered or manages the purchase.
  /service\s+(?:demandeur|gestionnaire|prescripteur|beneficiaire|commanditaire|ordonnateur|utilisateur|acheteur|organisateur|payeur)(?:\s*\(code\))?\s*:?/,
  // "Commande n° 2493002 - Serv. VOIRIE42": the abbreviation, with its dot.
  /(?:^|\s)serv\.\s*:?/,
  // « Service RH (code) », « Direction de la culture (code) »: a service named, then « (code) » says the value is its code.
  /^(?:service|direction|pole|departement)(?:\s+[a-z'–-]+){0,4}\s*\(code\)\s*:?/,
];
/** A bare "Service" heading counts in a row of the buyer's references (engagement, order, market), never elsewhere. */
const BARE_SERVICE = /^service\s*:?$/;
const REFERENCES_ROW = /engagement|commande|\bb\.?d?\.?c\b|\bej\b|marche/;
/**
 * The service's name after the word: « des sports », « de la culture », « événementiel » (never the supplier's own
 * service for its customers: « Service client », « Service commercial », « après-vente »).
 */
const SERVICE_NAME = String.raw`\s+(?:(?:des|du|de\s+la|de\s+l'|de|d')\s*[a-z]+|(?!clients?\b|commercial|apres|sav\b|consommateurs?\b)[a-z]{4,})`;
/**
 * "Service : CULTURE", "Service des sports   ENS-07" (the service's name, then its code) in the list of the buyer's
 * references ("BC n° : 2579591", "Marché : 2025M1385").
 */
const SERVICE_AMONG_REFERENCES = new RegExp(String.raw`^service(?:${SERVICE_NAME})?\s*:`);
const SERVICE_NAMED_AMONG_REFERENCES = new RegExp(String.raw`^service${SERVICE_NAME}\s*:?$`);

/**
 * Where each service label counts: anywhere (a label that names the code), in a row of references (a bare
 * « Service » heading), or with references on the lines around it. Only a label that names the code may take a code
 * without digits from the next cell (codeBesideLabel).
 */
const SERVICE_LABEL_PLACES: { pattern: RegExp; where: 'anywhere' | 'beside' | 'references row' | 'references around' | 'buyer block' }[] = [
  ...SERVICE_LABELS.map((pattern) => ({ pattern, where: 'anywhere' as const })),
  { pattern: BARE_SERVICE, where: 'references row' },
  // « N° d'engagement   2578270 » then « Service   DPB/ETU »: a bare « Service » row under or over a reference's row.
  { pattern: BARE_SERVICE, where: 'references around' },
  { pattern: SERVICE_AMONG_REFERENCES, where: 'references around' },
  { pattern: SERVICE_NAMED_AMONG_REFERENCES, where: 'references around' },
  // « Garage municipal (code)   SPORTS » in a column of references: a service named, then « (code) ».
  { pattern: /^(?!client|article|produit|tva|ref)[a-z][a-z' -]{2,40}\(code\)\s*:?$/, where: 'references around' },
  // « Réussite éducative (code)   SPORTS »: a service named, then « (code) », its code in the next cell.
  { pattern: /^(?!client|article|produit|tva|ref|pays|devise|langue|unite)[a-z][a-z' –-]{2,40}\(code\)\s*:?$/, where: 'beside' },
  // « Police municipale (code) : DPB/ETU » in the buyer's address block: the buyer's service, named, then its code.
  { pattern: /^(?!client|article|produit|tva|ref|pays|devise|langue)[a-z][a-z' –-]{2,40}\(code\)\s*:/, where: 'buyer block' },
  // « Service / Department : DSI » in the buyer's address block: bilingual, the buyer's service.
  { pattern: /^service\s*\/\s*(?:department|dept\.?|division|unit)\s*:/, where: 'buyer block' },
];

/**
 * A label of the buyer's references (order, engagement, market) on a line next to it, in the same column: aligned on
 * the left, or on the right (references stacked against the page's right margin).
 */
function referencesAround(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }): boolean {
  const line = lines[lineNumber]!;
  // « Bon de commande n° : 202502587   Service formation : ENS-07 »: a reference with its value on the same line.
  if (line.cells.some((entry) => entry.x1 <= cell.x0 && REFERENCES_ROW.test(fold(entry.text)) && /\d/.test(entry.text))) return true;
  // Three lines each way: a value on a lower baseline than its label makes a line of its own between two rows.
  for (const index of [lineNumber - 3, lineNumber - 2, lineNumber - 1, lineNumber + 1, lineNumber + 2, lineNumber + 3]) {
    const other = lines[index];
    if (!other || other.page !== line.page) continue;
    const aligned = (entry: Cell) => Math.abs(entry.x0 - cell.x0) < 6 || Math.abs(entry.x1 - cell.x1) < 6;
    // The reference's value in its cell, in the next one (« Votre commande (EJ)   2609094 »), or under it (« N° EJ »
    // over « 2026-1968 » in a column of stacked references).
    const under = lines[index + 1]?.page === line.page ? lines[index + 1] : undefined;
    const withValue = (entry: Cell, index: number) => /\d/.test(entry.text) || /\d/.test(other.cells[index + 1]?.text ?? '') || (under?.cells.some((cell) => Math.abs(cell.x0 - entry.x0) < 6 && /\d/.test(cell.text)) ?? false);
    if (other.cells.some((entry, index) => aligned(entry) && REFERENCES_ROW.test(fold(entry.text)) && withValue(entry, index))) return true;
  }
  return false;
}

/**
 * « Date de facturation:   Origine:   N° de commande publique: » over their values, then « Service: » over its own (an
 * Odoo-like block of headings and values): a label closed by its colon, under a row of headings naming a reference.
 */
function underReferenceHeadings(lines: Line[], lineNumber: number, cell: Cell): boolean {
  const line = lines[lineNumber]!;
  if (!/:\s*$/.test(cell.text)) return false;
  for (let index = lineNumber - 1; index >= 0 && index >= lineNumber - 3; index--) {
    const headings = lines[index]!;
    const values = lines[index + 1];
    if (headings.page !== line.page || line.top - headings.top > Math.max(line.size, 8) * 6) break;
    const headsReference = (heading: Cell) => REFERENCES_ROW.test(fold(heading.text)) && /:\s*$/.test(heading.text) && (values?.cells.some((value) => overlap(value, heading) > 0 && /\d/.test(value.text)) ?? false);
    if (headings.cells.some(headsReference)) return true;
  }
  return false;
}

export function findServiceCode(lines: Line[]): Found | null {
  for (const { pattern, where } of SERVICE_LABEL_PLACES) {
    let hits = findLabels(lines, pattern, /libelle|nom du service/, SERVICE_LABELS);
    if (where === 'references row') hits = hits.filter((hit) => hit.line.cells.length >= 2 && REFERENCES_ROW.test(fold(hit.line.text)));
    // Or under a heading « Vos références » (« Service formation   FIN-001 »).
    if (where === 'references around') hits = hits.filter((hit) => referencesAround(lines, hit.lineNumber, hit.cell) || underReferenceHeadings(lines, hit.lineNumber, hit.cell) || underHeading(lines, hit.lineNumber, hit.cell, REFERENCES_HEADING));
    if (where === 'buyer block') hits = hits.filter((hit) => underHeading(lines, hit.lineNumber, hit.cell, BUYER_HEADING));
    const result = firstValue(lines, hits, { minDigits: 0, maxLength: 40 }, where === 'beside' ? 0 : 2);
    // A code, not a word of a sentence: capitals, digits and - _ / . only.
    // « CODE SERVICE   MARCHE »: a row of capital headings, the next heading is not the code.
    // A code has two characters at least: « 1 » numbers something else (a section, a line).
    if (result && result.value.length >= 2 && SERVICE_CODE.test(result.value) && !REFERENCE_LABEL.test(fold(result.value))) return found(result.value, true, `service-code label (${result.kind})`, { lineNumber: result.hit.lineNumber });
    const beside = where === 'anywhere' || where === 'beside' ? codeBesideLabel(hits) : null;
    if (beside) return found(beside.code, true, 'service-code label (right)', { lineNumber: beside.lineNumber });
  }
  return serviceAmongReferences(lines) ?? serviceAcrossLineEnd(lines) ?? serviceWithColonElsewhere(lines);
}

/**
 * « Service : ENS-07 » away from the buyer's references: the label and a code in one cell. Usually the buyer's code,
 * but « Service » may as well name one of the supplier's departments there: given, to be checked.
 */
function serviceWithColonElsewhere(lines: Line[]): Found | null {
  for (const { lineNumber, cell } of findLabels(lines, /^service\s*:/)) {
    const code = /^service\s*:\s*(\S+)$/i.exec(cell.text.trim())?.[1];
    if (code && code.length >= 2 && SERVICE_CODE.test(code) && !REFERENCE_LABEL.test(fold(code))) return found(code, false, '« Service : » and a code, away from the references', { lineNumber });
  }
  return null;
}

/** « … – Marché n° 2024-153 – Code » then « service FIN-001 »: a line of references broken inside the label. */
function serviceAcrossLineEnd(lines: Line[]): Found | null {
  for (const pattern of SERVICE_LABELS) {
    for (const hit of labelsAcrossLineEnd(lines, pattern)) {
      const code = /^[\s:]*(\S+?)[,;.]?(?:$|\s)/.exec(hit.rest)?.[1];
      if (code && code.length >= 2 && SERVICE_CODE.test(code)) return found(code, true, 'service-code label across a line end', { lineNumber: hit.lineNumber, cell: hit.cell });
    }
  }
  return null;
}

/**
 * « Code service   DSI »: a code without digits in the cell right of its label reads like the heading of a column,
 * so the label's usual places give nothing. Taken when it is the next cell, near, and not another reference's label.
 */
function codeBesideLabel(hits: LabelHit[]): { code: string; lineNumber: number } | null {
  for (const hit of hits) {
    if (hit.rest.trim() !== '') continue;
    const right = hit.line.cells[hit.cellIndex + 1];
    if (!right || right.x0 - hit.cell.x1 > 200) continue;
    const text = right.text.trim();
    if (text.length >= 2 && SERVICE_CODE.test(text) && !REFERENCE_LABEL.test(fold(text)) && !/^(?:code|service|ref)/.test(fold(text))) return { code: text, lineNumber: hit.lineNumber };
  }
  return null;
}

/** A code, not a word of a sentence: capitals, digits and - _ / . only. */
const SERVICE_CODE = /^[A-Z0-9][A-Z0-9\-_/.]*$/;
/** « Service » as a label of its own: at the start of a cell, or after a separator between references. */
const SERVICE_WORD = /(?:^|[–—|·;,]\s*|\s-\s+)service\s*(:)?\s*/;
/** A label of the invoice's or the buyer's references (the documents it follows: quote, delivery, consignment note), opening its cell. */
const REFERENCE_LABEL = /^(?:n\s?°|no\b|numero|bon\s+(?:de\s+)?(?:commande|cde|livraison)|commande|cde\b|engagement|ej\b|marche|contrat|code\s+client|client\s*(?:n|no|:)|votre\s+(?:code|ref|commande)|facture\s*(?:n|no|:)|date|echeance|devis|livraison|lettre\s+de\s+voiture|periode)/;

/**
 * « Service » without « code » names the buyer's service code where the references are: one of a line of them
 * (« Bon de commande n° 2549-540 – Service ENS-07 », the line possibly wrapped), a row of a column of reference
 * labels (« Commande n° … », « Marché … », « Service   CULTURE »), or « Service : DSI » in the buyer's address block.
 * Elsewhere « Service » names a department (« Service achats ») and is passed over; the value must be a code.
 */
function serviceAmongReferences(lines: Line[]): Found | null {
  for (const { lineNumber, cellIndex, cell } of findLabels(lines, SERVICE_WORD)) {
    const folded = fold(cell.text);
    const match = SERVICE_WORD.exec(folded);
    if (!match || /code|libelle|nom du/.test(folded.slice(Math.max(0, match.index - 12), match.index))) continue;
    const atStart = match.index === 0;
    const context =
      !atStart && REFERENCES_ROW.test(folded.slice(0, match.index)) ? 'a line of references'
      : atStart && wrappedFromReferences(lines, lineNumber, cell) ? 'a line of references'
      : atStart && otherCellsAreReferences(lines[lineNumber]!, cellIndex) ? 'a line of references'
      : atStart && inReferenceColumn(lines, lineNumber, cell) ? 'a column of references'
      : atStart && (match[1] !== undefined || aloneBesideValue(lines[lineNumber]!, cellIndex)) && underHeading(lines, lineNumber, cell, BUYER_HEADING) ? 'the buyer’s block'
      : atStart && underHeading(lines, lineNumber, cell, REFERENCES_HEADING) ? 'the buyer’s references'
      : atStart && overItsCodeAlone(lines, lineNumber) ? 'a label over its code'
      : null;
    if (!context) continue;
    const value = serviceValue(lines, lineNumber, cellIndex, cell.text.slice(match.index + match[0].length).trim(), atStart);
    // Stacked alone, without a colon, the word might head something else: the code is offered, to be checked.
    if (value) return found(value, context !== 'a label over its code', `« Service » in ${context}`, { lineNumber });
  }
  return null;
}

/**
 * The code after the label: in its cell; in the next cell, for a label opening its cell; alone at the start of the
 * next line, for a label ending a wrapped line of references (the cell right of it is then another block's).
 * A cell holding anything but the code ("CS 34205", "Service achats") gives none.
 */
function serviceValue(lines: Line[], lineNumber: number, cellIndex: number, rest: string, atStart: boolean): string | null {
  const line = lines[lineNumber]!;
  const cell = line.cells[cellIndex]!;
  const code = (text: string) => (SERVICE_CODE.test(text) && text.length >= 2 ? text : null);
  // The code alone, or followed by the next reference after a separator ("ENS-07 – Lot 2"); never the first word of
  // more words ("SERVICE CLIENT : 04 77 …").
  if (rest !== '') {
    const alone = /^(\S+?)[,;.]?(?:$|\s+[–—|·-]\s+|\s*[,;]\s+)/.exec(rest);
    // « Service parc auto SERV-ACHATS »: the service's name in small letters, then its code closing the cell.
    const afterName = /^(?:\p{Ll}[\p{Ll}'’-]*\s+){1,4}(\S*\p{Lu}\S*)$/u.exec(rest);
    return alone ? code(alone[1]!) : afterName && afterName[1]!.length >= 3 ? code(afterName[1]!) : null;
  }
  const right = line.cells[cellIndex + 1];
  if (atStart && right) {
    const beside = right.x0 - cell.x1 < 200 ? code(right.text.replace(/^[\s:]+/, '').trim()) : null;
    // A far cell that is no code is another block's (a sidebar's « SERVICE » beside an item's description): the code
    // may be under the label.
    if (beside || right.x0 - cell.x1 <= 40) return beside;
  }
  // The next line that prints something in the label's column: a block beside it may interleave lines of its own.
  for (let index = lineNumber + 1; index < lines.length && index <= lineNumber + 3; index++) {
    const next = lines[index]!;
    if (next.page !== line.page || next.top - line.top > Math.max(line.size, 8) * 1.8) return null;
    if (!next.cells.some((other) => overlap(other, cell) > 0 || Math.abs(other.x0 - cell.x0) < 4)) continue;
    const under = next.cells.find((other) => Math.abs(other.x0 - cell.x0) < 4);
    return under ? code(under.text.trim()) : null;
  }
  return null;
}

/**
 * « Service » alone on its line and a code alone on the next, in its column: a label over its value, set apart like
 * a block of its own (a department's name would be words, which SERVICE_CODE refuses). Usually the buyer's code,
 * though without a colon or references around the word could head something else.
 */
function overItsCodeAlone(lines: Line[], lineNumber: number): boolean {
  const line = lines[lineNumber]!;
  const next = lines[lineNumber + 1];
  if (line.cells.length !== 1 || !BARE_SERVICE.test(fold(line.cells[0]!.text).trim())) return false;
  if (!next || next.page !== line.page || next.top - line.top > Math.max(line.size, 8) * 1.8 || next.cells.length !== 1) return false;
  return Math.abs(next.cells[0]!.x0 - line.cells[0]!.x0) < 4;
}

/** « Service   ENF-SCO »: the word alone in its cell, a cell beside it (« Service achats » is one cell, a department). */
function aloneBesideValue(line: Line, cellIndex: number): boolean {
  return BARE_SERVICE.test(fold(line.cells[cellIndex]!.text).trim()) && line.cells[cellIndex + 1] !== undefined;
}

/** « N° d'engagement 2026-7839   Accord-cadre n° 2025-156   Service SERV-ACHATS »: the other cells are references. */
function otherCellsAreReferences(line: Line, cellIndex: number): boolean {
  const others = line.cells.filter((_, index) => index !== cellIndex);
  return others.length > 0 && others.every((other) => /\d/.test(other.text) && (REFERENCES_ROW.test(fold(other.text)) || /accord[\s-]*cadre|contrat/.test(fold(other.text))));
}

/** The line above, in the same column, is a line of references cut after a separator (« … – Marché 2025M6579 – »). */
function wrappedFromReferences(lines: Line[], lineNumber: number, cell: Cell): boolean {
  const line = lines[lineNumber]!;
  const above = lines[lineNumber - 1];
  if (!above || above.page !== line.page || line.top - above.top > Math.max(line.size, 8) * 1.8) return false;
  const previous = above.cells.find((other) => Math.abs(other.x0 - cell.x0) < 4);
  return previous !== undefined && /[–—,-]\s*$/.test(previous.text) && REFERENCES_ROW.test(fold(previous.text));
}

/** Other reference labels open cells of the same column, close above or below (a block of « label   value » rows). */
function inReferenceColumn(lines: Line[], lineNumber: number, cell: Cell): boolean {
  const line = lines[lineNumber]!;
  let labels = 0;
  for (let other = Math.max(0, lineNumber - 8); other <= lineNumber + 8 && other < lines.length; other++) {
    const near = lines[other]!;
    if (other === lineNumber || near.page !== line.page || Math.abs(near.top - line.top) > Math.max(line.size, 8) * 8) continue;
    const aligned = near.cells.find((candidate) => Math.abs(candidate.x0 - cell.x0) < 4);
    if (aligned && aligned.text.length <= 40 && REFERENCE_LABEL.test(fold(aligned.text).trim())) labels++;
  }
  return labels >= 2;
}

/** A heading of the buyer's block (« Client », « Facturer à », a public body's name). */
const BUYER_HEADING = (folded: string) => BUYER_WORDS.test(folded) || PUBLIC_BODY.test(folded);
/** « Références », « Vos références », « Références client »: the buyer's references (never « Nos références »). */
const REFERENCES_HEADING = (folded: string) => /^(?:vos\s+)?references(?:\s+(?:client|de\s+(?:la\s+)?commande|commande|administratives))?(?:\s*\/\s*(?:your\s+)?references?)?\s*:?$/.test(folded.trim());

/** A heading `is` recognises above, in the same column, the lines between them one block. */
function underHeading(lines: Line[], lineNumber: number, cell: Cell, is: (folded: string) => boolean): boolean {
  const line = lines[lineNumber]!;
  let top = line.top;
  for (let previous = lineNumber - 1; previous >= 0 && previous >= lineNumber - 10; previous--) {
    const above = lines[previous]!;
    if (above.page !== line.page || top - above.top > Math.max(above.size, 8) * 3.2) break;
    const cells = above.cells.filter((other) => overlap(other, cell) > -2 || Math.abs(other.x0 - cell.x0) < 10);
    if (cells.length === 0) continue;
    top = above.top;
    if (is(fold(cells.filter((other) => !isSentence(other.text)).map((other) => other.text).join(' ')))) return true;
  }
  return false;
}

/**
 * The kind of market between the word and its number, up to eight words: « de travaux », « d'entretien », « à bons de
 * commande », « de ventes aux enchères », « de maîtrise d'œuvre – lot géotechnique », « (lot géothermie) », « de
 * surveillance de la qualité de l'air », or a code of the trade (« Marché P1-P2-P3 n° »). Never « conclu le », « et la
 * commande »: what follows names something else.
 */
const MARKET_KIND = String.raw`(?:(?:\s+(?!conclu|signe|passe|notifie|et\b|ou\b)(?:[a-zœæ'][a-zœæ']*|[a-z0-9]+(?:-[a-z0-9]+)+|[–—-])|\s*\([a-zœæ' -]{2,30}\)){1,8})`;

const MARKET_LABELS: LabelSpec[] = [
  // « Numéro du marché de fourniture de denrées alimentaires M44.5280 »: the market's object, then its reference ending
  // the cell.
  { pattern: /(?:n\s?°|numero)\s*(?:du\s+|de\s+)?marche\s+(?:de|d'|du|des|a)\s*[a-z' ]{3,60}?\s+(?=[a-z]{0,4}[-/_.]?\d[a-z0-9\-/_.]*$)/, strong: true },
  // « N° MARCHÉ AMO   2023-166 »: a short word naming the market's kind may close the label, its value in the next cell.
  { pattern: /(?:n\s?°|numero|no\.?|ref(?:erence)?\.?)\s*(?:du\s+|de\s+)?marche(?:\s+public)?(?:\s+[a-z]{2,6}(?=\s*:?\s*$))?\s*:?/, strong: true },
  // "Marché n°", "Marché public :", "Marché de travaux :", "Marché d'entretien n°", "Marché à bons de commande n°".
  { pattern: new RegExp(String.raw`marche(?:\s+public)?${MARKET_KIND}?\s*(?:n\s?°|no\.?|numero|:)\s*:?`), strong: true },
  // A framework agreement (accord-cadre) is a public market: "Accord-cadre n° : M26.7608", "N° d'accord-cadre".
  // "Accord-cadre à bons de commande n° 2025M0552": the kind of agreement may come between, as for a « marché ».
  { pattern: new RegExp(String.raw`accord[\s-]*cadre${MARKET_KIND}?\s*(?:n\s?°|no\.?|numero|:)\s*:?|(?:n\s?°|numero|ref(?:erence)?\.?)\s*(?:de\s+l'|d'|du\s+)?\s*accord[\s-]*cadre\s*:?`), strong: true },
  // « MAPA n° : 2024M5170 »: a marché à procédure adaptée, by its initials.
  { pattern: /\bmapa\s*(?:n\s?°|no\.?|numero|:)\s*:?/, strong: true },
  // « Accord-cadre MPA26-468 », « Accord-cadreM04.0096 » (its space lost in a narrow cell): the reference right after.
  // Or after another reference's value, its cell run into the next (« 2024-167724 Accord-cadreAC-2023-26 »).
  { pattern: /(?:^|[–—|·;,]\s*|\s-\s+|(?<=\d)\s+)accord[\s-]*cadre\s*(?=[a-z]{0,4}[-/_.]?[0-9][a-z0-9\-/_.]*$)(?!(?:19|20)\d\d$)/, strong: true },
  { pattern: /contract\s*(?:number|no\.?|reference)\s*:?/, strong: true, frenchTwin: /contrat/ },
  { pattern: new RegExp(String.raw`^marche(?:\s+public)?${MARKET_KIND}?\s*:?$`), strong: true },
  // "Marché 2025-976 - Serv. ENS-07", "Commande n° 2662434 – Marché 2025-056": the word opening its cell or one
  // reference of a line of them, then the reference (a year alone is not one).
  { pattern: /(?:^|[–—|·;,]\s*|\s-\s+)marche(?:\s+public)?\s+(?=[a-z0-9\-/_.]*\d)(?!(?:19|20)\d\d\b(?![-/.]\d))/, strong: true },
  { pattern: /^contract\s*:?$/, strong: true, frenchTwin: /contrat/ },
  // In French a public market is a « marché »; a bare « Contrat n° » is as often the supplier's own contract (a rental,
  // maintenance, a factoring agreement): its number is offered, unsure, after every market label. English has only
  // « contract » for the market.
  { pattern: /(?:n\s?°|numero)\s*(?:du\s+|de\s+)?contrat\s*:?/, strong: false },
  { pattern: /contrat\s*(?:n\s?°|no\.?|numero)\s*:?/, strong: false },
  // « Contrat cadre n° »: a public accord-cadre, or the supplier's own master agreement (a term of private law).
  { pattern: /contrat[\s-]*cadre\s*(?:n\s?°|no\.?|numero|:)\s*:?/, strong: false },
  // « Contrat-cadre (marché) n° », « Contrat de location-maintenance (marché) »: the buyer's own word in brackets says
  // it is the public market.
  { pattern: /contrat(?:[\s-]+[a-z'-]+){0,3}\s*\(\s*marche(?:\s+public)?\s*\)\s*(?:n\s?°|no\.?|numero|:)?\s*:?/, strong: true },
  // « Convention n° », « Convention de dépôt n° »: a public body's agreement is often its market, as often not (a
  // loan of an exhibition, a partnership): offered, unsure.
  { pattern: /convention(?:\s+(?:de|d')\s*[a-z'-]+(?:\s+[a-z'-]+){0,2})?\s*(?:n\s?°|no\.?|numero)\s*:?/, strong: false },
  { pattern: /^contrat\s*:?$/, strong: false },
];

/**
 * A row of five headings or more without a digit: the head of a table of items (« Contrat   Immat.   Véhicule   Début
 * … »), where a bare « Contrat » heads each row's own contract.
 */
function headsATable(line: Line): boolean {
  return line.cells.length >= 5 && line.cells.every((cell) => !/\d/.test(cell.text));
}

/** « assurance décennale contrat n° 50792525 »: the supplier's insurance policy, a legal mention of the building trades. */
const INSURANCE_BEFORE = /assuran|decennale|assureur|responsabilite\s+civile|\brc\s+pro/;

export function findMarketNumber(lines: Line[]): Found | null {
  for (const spec of MARKET_LABELS) {
    let hits = findLabels(lines, spec.pattern, /date|client/, patterns(MARKET_LABELS));
    if (!spec.strong) hits = hits.filter((hit) => !headsATable(hit.line) && !INSURANCE_BEFORE.test(hit.folded.slice(0, Math.max(0, hit.folded.search(spec.pattern)))));
    if (spec.frenchTwin) hits = hits.filter((hit) => !spec.frenchTwin!.test(hit.folded));
    // A market's number has a few digits at least: « 3 » beside « Marché de Noël » counts something else.
    const result = firstValue(lines, hits, { minDigits: 3, maxLength: 35 }, 2);
    if (result) return found(result.value, spec.strong, `${spec.strong ? 'market' : 'contract'} label (${result.kind})`, { lineNumber: result.hit.lineNumber });
  }
  return null;
}
