import type { Line } from '../lines.ts';
import { datesIn, findLabels, fold, valuesFor, type LabelHit } from './text.ts';

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
  // A date right there is not an identifier.
  if (datesIn(text)[0]?.index === 0) return null;
  const tokens = text.split(/\s+/).filter(Boolean);
  const first = tokens[0]?.replace(/[,;:)]+$/, '').replace(/^[(]+/, '');
  if (!first || !ID_TOKEN.test(first) || STOP_WORDS.has(first.toLowerCase())) return null;
  // "11 rue Balay": an address, not an identifier.
  if (/^(?:rue|avenue|av|bd|boulevard|place|chemin|route|allee|impasse|cours|quai|square|bis|ter)\b/i.test(fold(tokens[1] ?? ''))) return null;
  let value = first;
  if (options.joinGroups) {
    for (const token of tokens.slice(1)) {
      const clean = token.replace(/[,;]+$/, '');
      if (!/^\d{1,6}$/.test(clean) || !/\d$/.test(value)) break;
      value += clean;
    }
  }
  const digits = value.replace(/\D/g, '').length;
  if (digits < (options.minDigits ?? 1)) return null;
  if (value.length > (options.maxLength ?? 35)) return null;
  return value;
}

function firstValue(lines: Line[], hits: LabelHit[], options: IdentifierOptions, below = 2): string | null {
  for (const hit of hits) {
    for (const candidate of valuesFor(lines, hit, below)) {
      const value = identifierIn(candidate.text, options);
      if (value) return value;
      // Only the first non-empty place next to a label counts: never wander off to another value.
      if (candidate.kind !== 'below') break;
    }
  }
  return null;
}

// ——— invoice number ———

const INVOICE_LABELS: RegExp[] = [
  /(?:facture|invoice|avoir|credit note)(?:\s+(?:de\s+situation|d'acompte|rectificative|de\s+solde|finale?))?(?:\s*\/\s*(?:facture|invoice|avoir))?\s*(?:n\s?[°o]\b\.?|n\s?°|no\b\.?|nr\b\.?|numero|num\b\.?|number|#)\s*:?/,
  /(?:n\s?°|numero|num\.?|no\.?|number)\s*(?:de\s+|d'|of\s+)?(?:la\s+|l'|the\s+)?(?:facture|invoice|avoir)\s*:?/,
  /(?:ref(?:erence)?\.?)\s*(?:de\s+la\s+)?(?:facture|invoice|avoir)\s*:?/,
  /^(?:facture|invoice|avoir|facture d'avoir)\s*:?\s*(?=[a-z0-9\-/_.]*\d)/,
  /^(?:numero|n°)\s*:/,
  /^(?:n°|no\.?|numero)\s*:?\s*(?=[a-z0-9\-/_.]*\d)/,
];
const INVOICE_EXCLUDE = /client|customer|commande|order|devis|quote|tva|siret|siren|bon de|engagement|contrat|marche|dossier|compte|account|ligne|tel|page/;

export function findInvoiceNumber(lines: Line[]): string | null {
  for (const label of INVOICE_LABELS) {
    const hits = findLabels(lines, label).filter((hit) => {
      const before = hit.folded.slice(0, hit.folded.search(label));
      return !INVOICE_EXCLUDE.test(before) && !INVOICE_EXCLUDE.test(hit.folded.replace(label, ' ').split(/\s+/).slice(0, 1).join(' '));
    });
    const value = firstValue(lines, hits, { minDigits: 1, maxLength: 30 });
    if (value) return value;
  }
  // A bare "Numéro" heading a row of the invoice's references ("Numéro   Date   Échéance"), never an item table.
  const bare = findLabels(lines, /^(?:numero|n°|no\.?|number)\s*:?$/).filter(
    (hit) => hit.line.cells.length >= 2 && !/designation|libelle|description|qte|quantite|prix|article|montant|client\s*n|ligne/.test(fold(hit.line.text)),
  );
  return firstValue(lines, bare, { minDigits: 1, maxLength: 30 });
}

// ——— engagement (purchase order) ———

const ENGAGEMENT_LABELS: RegExp[] = [
  /(?:n\s?°|numero|no\.?)?\s*(?:d'|de\s+l')?\s*engagement(?:\s+juridique)?(?:\s*\(ej\))?\s*(?:n\s?°|no\.?|numero)?\s*:?/,
  /\bej\b\s*(?:n\s?°|no\.?|numero)?\s*:?/,
  /bon\s+de\s+commande\s*(?:\(bc\))?\s*(?:n\s?°|no\.?|numero)?\s*:?/,
  /(?:n\s?°|numero|no\.?|ref(?:erence)?\.?)\s*(?:de\s+|du\s+)?(?:bon\s+de\s+)?commande\s*(?:client)?\s*:?/,
  /\bb\.?c\.?\s*(?:n\s?°|no\.?|numero|:)\s*:?/,
  /(?:^|\s)commande\s*(?:n\s?°|no\.?|numero|:)\s*:?/,
  /(?:votre|vos|your)\s+(?:commande|order|ref(?:erence)?\.?\s*commande)\s*(?:n\s?°|no\.?|numero)?\s*:?/,
  /purchase\s+order(?:\s+(?:number|no\.?|n°))?\s*:?|\bp\.?o\.?\s*(?:number|no\.?|n°|#)\s*:?/,
  /order\s+(?:number|no\.?|n°|reference)\s*:?/,
  /^commande\s*:?$/,
  /commande\s+publique\s*(?:n\s?°|no\.?|numero|:)\s*:?/,
  /^b\.?c\.?\s*:?$/,
];
const ENGAGEMENT_EXCLUDE =
  /client\s*(?:n|no|numero|:)|n\s?°\s*client|code client|devis|quote|tva|vat|siret|siren|rcs|tel|phone|fax|date|iban|bic|contrat|marche|facture\s*n/;

export function findEngagement(lines: Line[]): string | null {
  for (const label of ENGAGEMENT_LABELS) {
    const hits = findLabels(lines, label, ENGAGEMENT_EXCLUDE).filter((hit) => !/\bsans\b|aucun|neant|non communique/.test(hit.folded));
    for (const hit of hits) {
      for (const candidate of valuesFor(lines, hit, 2)) {
        if (/^(?:neant|aucun|sans|n\/a|-+|—)$/i.test(fold(candidate.text).trim())) break;
        const value = engagementValue(candidate.text);
        if (value) return value;
        if (candidate.kind !== 'below') break;
      }
    }
  }
  return gluedEngagement(lines);
}

/** Seven digits written in groups ("24 01 234", "2401-234", "24.01.234"): Saint-Étienne's engagement format. */
const GROUPED_SEVEN_DIGITS = /^(?:n\s?°\s*|no\.?\s*|:\s*)*(\d{1,4}(?:[ .\-\u00a0\u202f]\d{1,4}){1,3})(?![\d\-./])/i;

function engagementValue(text: string): string | null {
  const grouped = GROUPED_SEVEN_DIGITS.exec(text.trim());
  if (grouped && grouped[1]!.replace(/\D/g, '').length === 7) return grouped[1]!.replace(/\D/g, '');
  const value = identifierIn(text, { joinGroups: true, minDigits: 2, maxLength: 30 });
  return value ? value.replace(/^(?:ej|bc|po)[-:.]/i, '') : null;
}

/** "EJ2401234" glued to its label. */
function gluedEngagement(lines: Line[]): string | null {
  for (const line of lines) {
    const match = /(?<![A-Za-z0-9])EJ[-:.]?(\d{5,15})(?![\d])/.exec(line.text);
    if (match) return match[1]!;
  }
  return null;
}

// ——— service code, market ———

const SERVICE_LABELS = [
  /code\s+(?:du\s+)?service(?:\s+(?:destinataire|executant|chorus(?:\s+pro)?))?\s*:?/,
  /service\s+code\s*:?/,
  /code\s+(?:routage|destinataire)\s*:?/,
  /service\s+executant\s*:?/,
];

export function findServiceCode(lines: Line[]): string | null {
  for (const label of SERVICE_LABELS) {
    const value = firstValue(lines, findLabels(lines, label, /libelle|nom du service/), { minDigits: 0, maxLength: 40 }, 2);
    // A code, not a word of a sentence: capitals, digits and - _ / . only.
    if (value && /^[A-Z0-9][A-Z0-9\-_/.]*$/.test(value)) return value;
  }
  return null;
}

const MARKET_LABELS = [
  /(?:n\s?°|numero|no\.?|ref(?:erence)?\.?)\s*(?:du\s+|de\s+)?marche(?:\s+public)?\s*:?/,
  /marche(?:\s+public)?\s*(?:n\s?°|no\.?|numero|:)\s*:?/,
  /(?:n\s?°|numero)\s*(?:du\s+|de\s+)?contrat\s*:?/,
  /contrat\s*(?:n\s?°|no\.?|numero)\s*:?/,
  /contract\s*(?:number|no\.?|reference)\s*:?/,
  /^marche(?:\s+public)?\s*:?$/,
];

export function findMarketNumber(lines: Line[]): string | null {
  for (const label of MARKET_LABELS) {
    const value = firstValue(lines, findLabels(lines, label, /date|client/), { minDigits: 1, maxLength: 35 }, 2);
    if (value) return value;
  }
  return null;
}
