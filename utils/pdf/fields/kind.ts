import type { Line } from '../lines.ts';
import { fold } from './text.ts';

const CREDIT_TITLE = /^(?:facture\s*d'\s*)?avoir\b(?!\s+(?:a|droit|lieu|ete|pris|recu|deduit|sur\s+facture|n\s?°\s*\S+\s+deduit)\b)|credit\s*note|note\s*de\s*credit|facture\s*rectificative\s*negative/;
const INVOICE_TITLE = /^(?:facture|invoice)\b(?!\s*d'\s*avoir)(?!\s+(?:a|de|du|des)\b)/;

/**
 * "AVOIR", "Facture d'avoir", "Credit note" as the document's title: a credit note. An invoice that mentions a credit
 * note it deducts ("Avoir n° AV-3 déduit") stays an invoice: the most prominent title (largest, then first) decides.
 */
export function looksLikeCreditNote(lines: Line[]): boolean {
  let title: { credit: boolean; size: number } | null = null;
  for (const line of lines.slice(0, 60)) {
    for (const cell of line.cells) {
      const folded = fold(cell.text).trim();
      const credit = CREDIT_TITLE.test(folded) || (/\bavoir\s*(?:n\s?°|no\.?\b|numero|:)/.test(folded) && !/deduit|deduction|a deduire|imput/.test(folded));
      if (!credit && !INVOICE_TITLE.test(folded)) continue;
      const size = cell.size ?? line.size;
      if (!title || size > title.size + 0.5) title = { credit, size };
    }
  }
  return title?.credit ?? false;
}

export function looksLikeInvoice(lines: Line[]): boolean {
  return lines.some((line) => /\b(?:facture|invoice)\b/.test(fold(line.text)));
}

const CURRENCIES: [string, RegExp][] = [
  ['EUR', /€|\beur\b|\beuros?\b/i],
  ['USD', /\$|\busd\b/i],
  ['GBP', /£|\bgbp\b/i],
  ['CHF', /\bchf\b/i],
];

export function findCurrency(lines: Line[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const [code, pattern] of CURRENCIES) {
      if (pattern.test(line.text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((left, right) => right[1] - left[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * "TVA non applicable, art. 293 B du CGI", exemptions (« exonérée de TVA », an association « non assujettie à la
 * TVA », art. 261 du CGI), reverse charge, and the margin schemes (travel agents,
 * second-hand goods), whose VAT is on the margin and not shown: no VAT on the invoice.
 */
export function isVatExempt(lines: Line[]): boolean {
  return lines.some((line) =>
    /tva\s*non\s*applicable|293\s*b|exoneration\s*de\s*(?:la\s*)?tva|exoneree?s?\s*de\s*(?:la\s*)?tva|non\s*assujettie?s?\s*a\s*(?:la\s*)?tva|hors\s*champ\s*(?:d'application\s*)?de\s*(?:la\s*)?tva|art(?:icle)?\.?\s*261\b|autoliquidation|vat\s*not\s*applicable|franchise\s*en\s*base|tva\s*sur\s*(?:la\s*)?marge|regime\s*(?:particulier|special)\s*[-–—:]?\s*(?:des\s*)?(?:agences?\s*de\s*voyages?|biens\s*d'occasion)/.test(
      fold(line.text),
    ),
  );
}

/** A title "FACTURE" / "Facture n°" / "Invoice" (not "Facture d'avoir"). */
export function titledInvoice(lines: Line[]): boolean {
  return lines.slice(0, 60).some((line) =>
    line.cells.some((cell) => /^(?:facture|invoice)\b(?!\s*d'\s*avoir)(?!\s+(?:a|de|du|des)\b)/.test(fold(cell.text).trim())),
  );
}
