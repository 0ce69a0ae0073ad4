import { formatDateIso, parseDate } from '../../model/date.ts';
import type { Cell, Line } from '../lines.ts';
import { found, type Found } from './found.ts';
import { datesIn, findLabels, fold, valuesFor } from './text.ts';

/**
 * The invoice's own date: after a date label ("Date de facture", "Invoice date", "Date :"), after the
 * number ("Facture n° 12 du 3 juin 2024") or "…, le 3 juin 2024". Never a due, delivery, order or
 * service date.
 */

const OTHER_DATES =
  /echeance|echue|livraison|livre|commande|limite|paiement|payer|due|prestation|execution|reglement|validite|intervention|expedition|debut|fin\b|periode|naissance|devis|exigib|delivery|order|service|session|stage|travaux|chantier|vente|valeur|prelevement|depuis|jusqu|until|from|to\b|bon\b|visite|mise en|releve|edition|impression|signature|bl\b|associee|origine|precedente|initiale|initial|reference|referencee|payment|paiement|etat\s+des\s+lieux|constat|reception|manifestation|evenement/;

/**
 * Words that tie a date to another document: the invoice this one cancels, replaces, corrects or refunds
 * ("Remplace la facture n° F-12 émise le 15 mai", "annule et remplace notre facture n° F-12 du …").
 */
const ANOTHER_DOCUMENT = /\b(?:remplac\w*|annul\w*|rectifie\w*|rectifiant|corrig\w*|substitu\w*|rembours\w*|concern\w*|relati(?:f|ve)s?|suite\s+a|en\s+reference|se\s+rapport\w*|sur\s+(?:la\s+|notre\s+|votre\s+)?facture)\b/;

/** "n° F-2026-2749" in the words before a date label: the date belongs to the document so numbered. */
const NUMBERED = /(?:n\s?°|\bno\b\.?|\bnumero)\s*:?\s*([a-z0-9][a-z0-9\-/_.]*\d[a-z0-9\-/_.]*)/g;

/**
 * The words before a date label name another document than this invoice: a relation word (replaces, cancels),
 * or a number that is not the invoice's own ("facture n° F-12 émise le …" on invoice F-13).
 */
function namesAnotherDocument(before: string, invoiceNumber: Found | null): boolean {
  if (ANOTHER_DOCUMENT.test(before)) return true;
  const own = invoiceNumber ? fold(invoiceNumber.value) : null;
  for (const match of before.matchAll(NUMBERED)) {
    if (own === null || match[1]!.replace(/[.]+$/, '') !== own) return true;
  }
  return false;
}

/** E-mail headers ("De :", "À :", "Objet :") around a line: a "Date :" there is when the e-mail was sent. */
const MAIL_HEADER = /^(?:de|from|a|to|cc|objet|subject|envoye|sent|expediteur|destinataire)\s*:/;

function inMailHeader(lines: Line[], lineNumber: number): boolean {
  const isHeader = (index: number) => near(lines, index, lineNumber, 4) && MAIL_HEADER.test(fold(lines[index]?.cells[0]?.text ?? '').trim());
  // The header lines run on from the date's line, up and down, with nothing between them.
  let headers = 0;
  for (let index = lineNumber - 1; index >= 0 && isHeader(index); index--) headers++;
  for (let index = lineNumber + 1; index < lines.length && isHeader(index); index++) headers++;
  return headers >= 2;
}

const DATE_LABELS: RegExp[] = [
  // « Date pièce », « Date du document »: accounting software's names for the date of the piece it prints.
  /date\s*(?:de\s+(?:la\s+)?|d'|du\s+)?(?:facture|facturation|emission|l'avoir|avoir|document|piece)\s*:?/,
  /(?:invoice|issue)\s+date\s*:?|date\s+of\s+(?:issue|invoice)\s*:?/,
  /(?:facture|avoir)\s+(?:emise?\s+)?(?:le|du)\s*:?/,
  // « Émise le : », or « Émise » alone in its cell with « Le 04/02/2024 » beside it.
  /(?:emise?|etablie?)\s+le\s*:?|^(?:emise?|etablie?)\s*:?$/,
  // "Fait le 07/01/2024", "Fait à Lyon, le …": the date a fee note or a letter-invoice was drawn up.
  /^fait\s+(?:a\s+[a-z' -]{2,40},?\s+)?le\s*:?/,
  // « Date », never « Dates de la session » (a period, not a day).
  /^date\b\s*(?:\/\s*date\s*)?:?/,
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
    // "16-Sep-2025" reads as "16 Sep 2025".
    let compact = /[a-z]/i.test(found.text) ? found.text.replace(/[\s-]+/g, ' ') : found.text.replace(/\s+/g, '');
    if (usOrder) compact = compact.replace(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/, '$3$2$1$2$4');
    const parsed = parseDate(compact);
    if (parsed) return formatDateIso(parsed);
  }
  return null;
}

/** The date the text opens with, none when it starts with something else (« 30/06/2025 … », not « Échéance 30/06 »). */
function dateOpening(text: string): string | null {
  return datesIn(text)[0]?.index === 0 ? dateIn(text) : null;
}

const GENERIC_DATE_LABEL = DATE_LABELS[DATE_LABELS.length - 1]!;
const DRAWN_UP_LABEL = DATE_LABELS[DATE_LABELS.length - 2]!;
/** A "Date" column of the item lines (services by day) is not the invoice's date. */
const ITEM_TABLE = /designation|libelle|description|qte|quantite|prix|montant|intervention|article/;

/** Lines apart, on one page. */
function near(lines: Line[], from: number, to: number, distance: number): boolean {
  return lines[from]?.page === lines[to]?.page && Math.abs(from - to) <= distance;
}

/** A short date label beside the number ("N° : F-12" then "Du : 12/03/2025"), in the same column. */
const SHORT_DATE_LABEL = /^(?:du|le|en date du|dated|of)\s*:?\s*(?=\d)/;

export function findInvoiceDate(lines: Line[], invoiceNumber: Found | null): Found | null {
  usOrder = monthFirst(lines);
  const translations = DATE_LABELS;
  for (const label of DATE_LABELS) {
    const generic = label === GENERIC_DATE_LABEL;
    if (generic && invoiceNumber) {
      const afterNumber = dateAfterNumber(lines, invoiceNumber);
      if (afterNumber) return afterNumber;
    }
    for (const hit of findLabels(lines, label, undefined, translations)) {
      if (generic && ITEM_TABLE.test(fold(hit.line.text))) continue;
      const before = hit.folded.slice(0, Math.max(0, hit.folded.search(label)));
      const firstDate = datesIn(hit.folded)[0]?.index ?? hit.folded.length;
      const labelText = hit.folded.slice(0, firstDate);
      if (OTHER_DATES.test(labelText) || OTHER_DATES.test(before)) continue;
      // Another document's date (the invoice this one replaces), or the date an e-mail was sent.
      if (namesAnotherDocument(before, invoiceNumber) || (generic && inMailHeader(lines, hit.lineNumber))) continue;
      for (const candidate of valuesFor(lines, hit, 2)) {
        const start = fold(candidate.text).trim();
        const value = dateIn(candidate.text);
        if (value && datesIn(candidate.text)[0]?.index !== undefined && (datesIn(candidate.text)[0]!.index < 4 || candidate.kind === 'inline')) {
          if (OTHER_DATES.test(start.slice(0, datesIn(candidate.text)[0]!.index))) break;
          // A bare "Date" is the invoice's when it sits with the number or under the title, and no other bare date says otherwise.
          const weak = generic || label === DRAWN_UP_LABEL;
          const sure =
            !weak ||
            (invoiceNumber?.lineNumber !== undefined && near(lines, hit.lineNumber, invoiceNumber.lineNumber, 4)) ||
            titleAbove(lines, hit.lineNumber, hit.cell) ||
            (generic && dueDateLabelBelow(lines, hit.lineNumber, hit.cell));
          // A bare « Date » far from the number and the title (a column of a table of visits) gives way to a date
          // set right by the number (« Numéro : 2024-039 » then « Le 4 avril 2024 »).
          const byNumber = generic && !sure ? dateByNumber(lines, invoiceNumber) : null;
          if (byNumber) return byNumber;
          return found(value, sure && !(generic && otherGenericDate(lines, hit.lineNumber, value)), `${generic ? 'bare date' : label === DRAWN_UP_LABEL ? '"fait le"' : 'invoice-date'} label (${candidate.kind})`, { lineNumber: hit.lineNumber });
        }
        if (candidate.kind !== 'below') break;
      }
    }
  }
  const byNumber = dateByNumber(lines, invoiceNumber);
  if (byNumber) return byNumber;
  const late = laterDateLabel(lines, invoiceNumber);
  if (late) return late;
  // "Saint-Étienne, le 3 juin 2024"
  for (const [lineNumber, line] of lines.slice(0, 40).entries()) {
    for (const [cellIndex, cell] of line.cells.entries()) {
      const folded = fold(cell.text);
      const match = /^(?:([a-z' -]{2,40}),\s*)?le(?:\s+(?=\d)|\s*$)/.exec(folded);
      if (match && !OTHER_DATES.test(folded.slice(0, match[0].length))) {
        // « Clermont-Ferrand, le      13/06/2024 »: the date may sit in the next cell.
        const inCell = cell.text.slice(match[0].length);
        const nextCell = match[1] !== undefined && inCell.trim() === '' ? (line.cells[cellIndex + 1]?.text ?? '') : '';
        const value = inCell.trim() !== '' ? dateIn(inCell) : dateOpening(nextCell);
        // "Lyon, le 16 juin 2025" dates the letter that is the invoice; a bare "le 16 juin" may date anything.
        if (value) return found(value, match[1] !== undefined, 'place and date of a letter', { lineNumber });
      }
    }
  }
  return null;
}

/** A date set by the number with no label of its own: a short « Du : » beside it, or alone under it. */
function dateByNumber(lines: Line[], invoiceNumber: Found | null): Found | null {
  if (invoiceNumber?.lineNumber === undefined) return null;
  return shortDateBesideNumber(lines, invoiceNumber) ?? bareDateUnderNumber(lines, invoiceNumber);
}

/** « Édité le » (the day the software printed it: usually the invoice's, maybe a reprint's). */
const EDITED = /^editee?\s+le\s*:?/;
/** « Départ le » on a hotel bill, which is made out on the day the guest leaves. */
const DEPARTURE = /^(?:date\s+de\s+)?depart\s*(?:le\s*)?:?/;

/**
 * When no label names the invoice's date: « Édité le » beside or right under the number (sure: « Numéro   Édité le »
 * heading one row), elsewhere (unsure); the departure date of a stay (« Arrivée … », « Départ le … »), unsure: a
 * convention of hotels, not a printed label.
 */
function laterDateLabel(lines: Line[], invoiceNumber: Found | null): Found | null {
  const stay = lines.some((line) => /\barrivee\b/.test(fold(line.text)));
  for (const label of stay ? [EDITED, DEPARTURE] : [EDITED]) {
    for (const hit of findLabels(lines, label)) {
      for (const candidate of valuesFor(lines, hit, 1)) {
        const value = dateOpening(candidate.text);
        if (!value) {
          if (candidate.kind !== 'below') break;
          continue;
        }
        const byNumber = invoiceNumber?.lineNumber !== undefined && invoiceNumber.sure && hit.lineNumber >= invoiceNumber.lineNumber && near(lines, hit.lineNumber, invoiceNumber.lineNumber, 2);
        const sure = label === EDITED && byNumber;
        return found(value, sure, `${label === EDITED ? '« édité le »' : 'departure of a stay'}${sure ? ' by the number' : ''}`, { lineNumber: hit.lineNumber });
      }
    }
  }
  return null;
}

/**
 * « Date   05/01/2025 » heading a column of labels that goes on with « Échéance   04/02/2025 »: a due date is the
 * invoice's, so the bare date over it is the invoice's too.
 */
function dueDateLabelBelow(lines: Line[], lineNumber: number, cell: Cell): boolean {
  const line = lines[lineNumber]!;
  for (let index = lineNumber + 1; index < lines.length && index <= lineNumber + 6; index++) {
    const other = lines[index]!;
    if (other.page !== line.page || other.top - line.top > Math.max(line.size, 8) * 8) break;
    if (other.cells.some((entry) => Math.abs(entry.x0 - cell.x0) < 4 && /^(?:date\s+d'\s*)?echeance\s*:?$/.test(fold(entry.text).trim()))) return true;
  }
  return false;
}

/**
 * The title (« Facture », « Avoir ») a few lines above the label; or further up in the label's own column, when the
 * title heads a sidebar whose lines interleave with the supplier's block beside it (« FACTURE », « NUMÉRO », « DATE »).
 */
function titleAbove(lines: Line[], lineNumber: number, column?: Cell): boolean {
  const line = lines[lineNumber]!;
  const isTitle = (cell: Cell) => /^(?:facture|invoice|avoir)\b/.test(fold(cell.text).trim());
  for (let index = lineNumber; index >= 0 && index >= lineNumber - 12; index--) {
    const above = lines[index]!;
    if (above.page !== line.page) break;
    if (index >= lineNumber - 4 && above.cells.some(isTitle)) return true;
    if (!column || line.top - above.top > Math.max(line.size, 8) * 8) continue;
    if (above.cells.some((cell) => isTitle(cell) && Math.abs(cell.x0 - column.x0) < 12)) return true;
  }
  return false;
}

/** Another bare "Date :" of the document with another date. */
function otherGenericDate(lines: Line[], lineNumber: number, value: string): boolean {
  return findLabels(lines, GENERIC_DATE_LABEL).some((hit) => {
    if (hit.lineNumber === lineNumber || ITEM_TABLE.test(fold(hit.line.text)) || OTHER_DATES.test(hit.folded) || inMailHeader(lines, hit.lineNumber)) return false;
    const other = dateIn(hit.rest) ?? dateIn(hit.line.cells[hit.cellIndex + 1]?.text ?? '');
    return other !== null && other !== value;
  });
}

function shortDateBesideNumber(lines: Line[], invoiceNumber: Found): Found | null {
  const numberLine = invoiceNumber.lineNumber!;
  const column = invoiceNumber.cell;
  for (let index = Math.max(0, numberLine - 2); index <= numberLine + 3 && index < lines.length; index++) {
    if (!near(lines, index, numberLine, 3)) continue;
    for (const cell of lines[index]!.cells) {
      // Same column: aligned on the left, or on the right (a header block set against the right margin).
      if (column && index !== numberLine && Math.abs(cell.x0 - column.x0) > 12 && Math.abs(cell.x1 - column.x1) > 12) continue;
      const text = fold(cell.text).trim();
      const match = SHORT_DATE_LABEL.exec(text);
      // "Du :" in its own cell, the date in the next one.
      const alone = /^(?:du|le|en date du|dated|of)\s*:?$/.test(text) ? lines[index]!.cells[lines[index]!.cells.indexOf(cell) + 1] : undefined;
      const value = match ? dateIn(cell.text.trim().slice(match[0].length)) : alone ? dateIn(alone.text) : null;
      if (value) return found(value, invoiceNumber.sure, 'short date label beside the number', { lineNumber: index });
    }
  }
  return null;
}

/**
 * A title block set as "Facture" / "N° F-2025-0642" / "04/04/2025": a date alone in its cell on the line right
 * under (or over) the number, in its column, with no label, is the invoice's date.
 */
function bareDateUnderNumber(lines: Line[], invoiceNumber: Found): Found | null {
  const numberLine = lines[invoiceNumber.lineNumber!]!;
  const numberCell = numberLine.cells.find((cell) => cell.text.includes(invoiceNumber.value));
  if (!numberCell) return null;
  for (const index of [invoiceNumber.lineNumber! + 1, invoiceNumber.lineNumber! - 1]) {
    const line = lines[index];
    if (!line || line.page !== numberLine.page || Math.abs(line.top - numberLine.top) > Math.max(numberLine.size, 8) * 1.8) continue;
    const cell = line.cells.find((other) => Math.abs(other.x0 - numberCell.x0) < 8 || Math.abs(other.x1 - numberCell.x1) < 8);
    if (!cell) continue;
    const dates = datesIn(cell.text);
    // The date and at most a weekday: "lundi 4 avril 2025".
    const alone = dates.length === 1 && fold(cell.text.slice(0, dates[0]!.index)).trim().replace(/^(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?,?$/, '') === '' && cell.text.slice(dates[0]!.index + dates[0]!.text.length).trim() === '';
    const value = alone ? dateIn(cell.text) : null;
    if (value) return found(value, invoiceNumber.sure, 'date alone under the number', { lineNumber: index });
  }
  return null;
}

/**
 * "Facture n° F-12 du 03/06/2024", "Numéro : F-2025-0681 – 23/12/2025" (a dash, then the date itself), "Facture n°
 * FA-2025-00717 – du 7 juillet 2025" (a dash, then the word).
 */
function dateAfterNumber(lines: Line[], invoiceNumber: Found): Found | null {
  for (const [lineNumber, line] of lines.entries()) {
    const text = line.text;
    const at = text.indexOf(invoiceNumber.value);
    if (at < 0) continue;
    // "annule et remplace la facture n° F-12 du …": another invoice bearing a number that contains this one's.
    if (ANOTHER_DOCUMENT.test(fold(text.slice(0, at)))) continue;
    const after = fold(text.slice(at + invoiceNumber.value.length));
    const match = /^\s*(?:(?:[–—-]\s*)?(?:du|le|en date du|date|dated|of)\s*:?|[–—-])\s*/.exec(after);
    if (!match) continue;
    const rest = text.slice(at + invoiceNumber.value.length + match[0].length);
    // After a dash only a date right there: « F-12 – Échéance 30/06 » dates the payment, not the invoice.
    const value = /^[\s–—-]*$/.test(match[0]) ? dateOpening(rest) : dateIn(rest);
    // The date stands or falls with the number it follows: another document's number (« Avoir n° … du … ») dates that one.
    if (value) return found(value, invoiceNumber.sure, 'date right after the number', { lineNumber });
  }
  return null;
}
