import { parseAmountCents } from '../model/amount.ts';
import type { ExtractedFields } from '../model/extracted.ts';
import { COMPARED_FIELDS, type FacturxDifference } from '../model/facturx-facts.ts';
import { compactForSearch } from '../model/pdf-text.ts';
import { normalizeSpaces } from '../model/text.ts';

/**
 * Where the Factur-X XML and the visible text of the same PDF say different things (number, date, totals):
 * Chorus Pro reads the XML, the buyer reads the page. A value counts as a disagreement only when the text reader
 * found another value for it AND the XML's value is printed nowhere on the pages: a reader that picked the wrong
 * line must not make the assistant claim that the invoice contradicts itself.
 */
export function findDisagreements(xml: ExtractedFields, text: ExtractedFields, lines: readonly string[]): FacturxDifference[] {
  const printed = lazyPrinted(lines);
  const differences: FacturxDifference[] = [];
  for (const field of COMPARED_FIELDS) {
    const fromXml = xml[field];
    const fromText = text[field];
    if (fromXml === undefined || fromText === undefined) continue;
    if (field === 'invoiceNumber') {
      if (compactForSearch(fromXml) === compactForSearch(fromText) || printed().compact.includes(compactForSearch(fromXml))) continue;
    } else if (field === 'invoiceDate') {
      if (fromXml === fromText || dateRenderings(fromXml).some((rendering) => printed().folded.includes(rendering))) continue;
    } else {
      const [xmlCents, textCents] = [parseAmountCents(fromXml), parseAmountCents(fromText)];
      if (xmlCents === null || textCents === null || xmlCents === textCents || printed().amounts.has(Math.abs(xmlCents))) continue;
    }
    differences.push({ field, xml: fromXml, text: fromText });
  }
  return differences;
}

interface Printed {
  compact: string;
  folded: string;
  amounts: Set<number>;
}

/** The pages' text in the forms the comparisons need, built once and only when a comparison needs it. */
function lazyPrinted(lines: readonly string[]): () => Printed {
  let printed: Printed | undefined;
  return () => {
    if (printed) return printed;
    const compact = compactForSearch(lines.join(''));
    return (printed = {
      compact,
      folded: compact.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      amounts: printedAmounts(lines),
    });
  };
}

// An amount with two decimals, thousands optionally grouped by spaces, dots or apostrophes: 1 250,00 · 1.250,00 · 1250.00.
const AMOUNT = /(?<![\d.,])(\d{1,3}(?:[ .'’]\d{3})+|\d+)[.,](\d{2})(?!\d)/g;

/** Every amount printed, in cents; "2 250,00" counts as 2250,00 and as 250,00 (a quantity may stand before it). */
function printedAmounts(lines: readonly string[]): Set<number> {
  const amounts = new Set<number>();
  for (const line of lines) {
    for (const match of normalizeSpaces(line).matchAll(AMOUNT)) {
      const groups = match[1]!.split(/[ .'’]/);
      for (let start = 0; start < groups.length; start++) {
        const units = Number(groups.slice(start).join(''));
        if (Number.isSafeInteger(units * 100)) amounts.add(units * 100 + Number(match[2]));
      }
    }
  }
  return amounts;
}

const MONTHS = ['JANVIER', 'FEVRIER', 'MARS', 'AVRIL', 'MAI', 'JUIN', 'JUILLET', 'AOUT', 'SEPTEMBRE', 'OCTOBRE', 'NOVEMBRE', 'DECEMBRE'];

/** The ways an invoice prints a date (compact, upper case, without accents), from its ISO form. */
function dateRenderings(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return [];
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const shortDay = String(Number(day));
  const monthName = MONTHS[Number(month) - 1]!;
  return [
    `${day}/${month}/${year}`, `${day}-${month}-${year}`, `${day}.${month}.${year}`, `${year}-${month}-${day}`,
    `${year}${month}${day}`, `${day}/${month}/${year.slice(2)}`, `${shortDay}${monthName}${year}`, `${shortDay}ER${monthName}${year}`,
  ];
}
