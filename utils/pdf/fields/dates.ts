import { formatDateIso, parseDate } from '../../model/date.ts';
import type { Line } from '../lines.ts';
import { datesIn, findLabels, fold, valuesFor } from './text.ts';

/**
 * The invoice's own date: after a date label ("Date de facture", "Invoice date", "Date :"), after the
 * number ("Facture n° 12 du 3 juin 2024") or "…, le 3 juin 2024". Never a due, delivery, order or
 * service date.
 */

const OTHER_DATES =
  /echeance|echue|livraison|livre|commande|limite|paiement|payer|due|prestation|execution|reglement|validite|intervention|expedition|debut|fin\b|periode|naissance|devis|exigib|delivery|order|service|travaux|chantier|vente|valeur|prelevement|depuis|jusqu|until|from|to\b|bon\b|visite|mise en|releve|edition|impression|signature|bl\b|associee|origine|precedente|initiale|initial|reference|referencee|payment|paiement/;

const DATE_LABELS: RegExp[] = [
  /date\s*(?:de\s+(?:la\s+)?|d')?(?:facture|facturation|emission|l'avoir|avoir)\s*:?/,
  /(?:invoice|issue)\s+date\s*:?|date\s+of\s+(?:issue|invoice)\s*:?/,
  /(?:facture|avoir)\s+(?:emise?\s+)?(?:le|du)\s*:?/,
  /emise?\s+le\s*:?/,
  /^date\s*(?:\/\s*date\s*)?:?/,
];

/**
 * Numeric dates are day first, unless the document shows month-first dates only ("11/17/2017" and no
 * "17/11/2017"), as English invoices from some software do.
 */
function monthFirst(lines: Line[]): boolean {
  let dayFirstSeen = false;
  let monthFirstSeen = false;
  for (const line of lines) {
    for (const match of line.text.matchAll(/(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d])/g)) {
      if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirstSeen = true;
      if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirstSeen = true;
    }
  }
  return monthFirstSeen && !dayFirstSeen;
}

let usOrder = false;

function dateIn(text: string): string | null {
  for (const found of datesIn(text)) {
    let compact = /[a-z]/i.test(found.text) ? found.text.replace(/\s+/g, ' ') : found.text.replace(/\s+/g, '');
    if (usOrder) compact = compact.replace(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/, '$3$2$1$2$4');
    const parsed = parseDate(compact);
    if (parsed) return formatDateIso(parsed);
  }
  return null;
}

const GENERIC_DATE_LABEL = DATE_LABELS[DATE_LABELS.length - 1]!;
/** A "Date" column of the item lines (services by day) is not the invoice's date. */
const ITEM_TABLE = /designation|libelle|description|qte|quantite|prix|montant|intervention|article/;

export function findInvoiceDate(lines: Line[], invoiceNumber: string | null): string | null {
  usOrder = monthFirst(lines);
  for (const label of DATE_LABELS) {
    if (label === GENERIC_DATE_LABEL && invoiceNumber) {
      const afterNumber = dateAfterNumber(lines, invoiceNumber);
      if (afterNumber) return afterNumber;
    }
    for (const hit of findLabels(lines, label)) {
      if (label === GENERIC_DATE_LABEL && ITEM_TABLE.test(fold(hit.line.text))) continue;
      const before = hit.folded.slice(0, Math.max(0, hit.folded.search(label)));
      const firstDate = datesIn(hit.folded)[0]?.index ?? hit.folded.length;
      const labelText = hit.folded.slice(0, firstDate);
      if (OTHER_DATES.test(labelText) || OTHER_DATES.test(before)) continue;
      for (const candidate of valuesFor(lines, hit, 2)) {
        const start = fold(candidate.text).trim();
        const value = dateIn(candidate.text);
        if (value && datesIn(candidate.text)[0]?.index !== undefined && (datesIn(candidate.text)[0]!.index < 4 || candidate.kind === 'inline')) {
          if (OTHER_DATES.test(start.slice(0, datesIn(candidate.text)[0]!.index))) break;
          return value;
        }
        if (candidate.kind !== 'below') break;
      }
    }
  }
  // "Saint-Étienne, le 3 juin 2024"
  for (const line of lines.slice(0, 40)) {
    for (const cell of line.cells) {
      const folded = fold(cell.text);
      const match = /^(?:[a-z' -]{2,40},\s*)?le\s+(?=\d)/.exec(folded);
      if (match && !OTHER_DATES.test(folded.slice(0, match[0].length))) {
        const value = dateIn(cell.text.slice(match[0].length));
        if (value) return value;
      }
    }
  }
  return null;
}

/** "Facture n° F-12 du 03/06/2024" */
function dateAfterNumber(lines: Line[], invoiceNumber: string): string | null {
  for (const line of lines) {
    const text = line.text;
    const at = text.indexOf(invoiceNumber);
    if (at < 0) continue;
    const after = fold(text.slice(at + invoiceNumber.length));
    const match = /^\s*(?:du|le|en date du|date|dated|of)\s*:?\s*/.exec(after);
    if (!match) continue;
    const value = dateIn(text.slice(at + invoiceNumber.length + match[0].length));
    if (value) return value;
  }
  return null;
}
