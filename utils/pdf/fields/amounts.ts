import { CELL_SEPARATOR, overlap, type Cell, type Line } from '../lines.ts';
import { amountsIn, fold, type AmountToken } from './text.ts';
import { isSentence } from './parties.ts';

/**
 * Totals: HT, TVA, TTC, net à payer. First every candidate with its evidence (which label, where the amount
 * sits), the VAT facts (rate, base, VAT per rate) and the sum of the item lines; then the set of totals that
 * holds together: HT + TVA = TTC, TVA = Σ rate × base, Σ lines = HT, TTC − acompte = net, no VAT ⇒ HT = TTC.
 * A total that nothing corroborates is given as unsure; one that contradicts the arithmetic is not given.
 */

export type AmountKind = 'ht' | 'tva' | 'ttc' | 'net' | 'acompte' | 'total';

/** Where the amount was, relative to its label. */
export type AmountPlace = 'inline' | 'right' | 'before' | 'next-line' | 'above' | 'column' | 'header-row' | 'vat-table' | 'rate-lines';

export interface AmountCandidate {
  kind: AmountKind;
  cents: number;
  lineNumber: number;
  /** Label strength and place: 3 a clear label with its amount beside it, less for vaguer labels and places. */
  priority: number;
  place?: AmountPlace;
}

/** One VAT rate as printed: "TVA 20 % sur 1 000,00 : 200,00", a row of a VAT table. Rates in basis points. */
export interface VatFact {
  rate: number;
  base?: number;
  vat?: number;
  lineNumber: number;
}

export interface AmountFacts {
  candidates: AmountCandidate[];
  rates: VatFact[];
  /** Sum of the item lines' amounts, when the item table could be read. */
  lineSum?: number;
  /** Lines with words of a deposit or an amount already paid ("acompte", "déjà réglé"), outside the item lines and the title. */
  depositMentions: readonly number[];
  /** The item lines (rows of the item table with an amount): what they say is invoiced, never deducted. */
  itemRows?: ReadonlySet<number>;
  /** Every amount printed on each line, by line number (to find the deductions between the TTC and the net). */
  lineAmounts?: ReadonlyMap<number, readonly number[]>;
  /** Rows of a totals block, "label   amount" (a label, then the line's only amount alone in its cell). */
  labelAmountRows?: ReadonlyMap<number, number>;
}

interface LabelRule {
  kind: AmountKind;
  pattern: RegExp;
  /** Weaker forms of the label (a lone "HT", "sous-total"). */
  weak?: RegExp;
}

const RULES: LabelRule[] = [
  { kind: 'net', pattern: /net\s*a\s*(?:payer|percevoir|regler|verser|mandater)|montant\s*(?:ttc\s*|net\s*)?a\s*mandater|montant\s*a\s*percevoir|residual|remaining\s*(?:amount|balance)|reste\s*a\s*(?:payer|regler|la\s*charge)|reste\s*du\b(?!\s+[a-z])|montant\s*(?:net\s*|ttc\s*)?a\s*(?:payer|regler)|solde\s*(?:a\s*payer|a\s*regler|du|restant)|somme\s*a\s*payer|total\s*a\s*(?:payer|regler)|amount\s*due|balance\s*due|net\s*(?:amount\s*)?(?:to\s*pay|payable)|a\s*payer\s*:|montant\s*du\b(?!\s+[a-z])/ },
  // A security deposit (« dépôt de garantie », « caution ») is held, not paid towards the invoice.
  { kind: 'acompte', pattern: /acompte|arrhes|deja\s*(?:regle|verse|paye|percu|facture)|avance\s*(?:forfaitaire\s*|de\s*demarrage\s*)?(?:versee|recue|percue)|remboursement\s*(?:de\s*l'\s*)?avance|(?<!security\s*|damage\s*)deposit|already\s*paid|prepaid|paiement\s*recu|situation\s*precedente|retenue\s*de\s*garantie|retention/ },
  { kind: 'ttc', pattern: /total\s*(?:general\s*|facture\s*|de\s*la\s*facture\s*|net\s*)?(?:en\s*)?(?:eur\s*|€\s*)?t\.?t\.?c\.?\b|montant\s*(?:total\s*)?(?:eur\s*|€\s*)?t\.?t\.?c\.?\b|toutes\s*taxes\s*comprises|total\s*(?:incl|including)\.?\s*(?:vat|tax)|total\s*amount|grand\s*total|invoice\s*total|\bttc\b/, weak: /^\W*t\.?t\.?c\b|\bttc\b(?!.*total)/ },
  { kind: 'ht', pattern: /total\s*(?:net\s*)?(?:eur\s*|€\s*)?h\.?t\.?\b|montant\s*(?:total\s*)?(?:net\s*)?(?:eur\s*|€\s*)?h\.?t\.?\b|total\s*hors\s*tax|(?:total|montant)\s*(?:net\s*)?hors\s*t\.?v\.?a\b|hors\s*taxes?|sous[-\s]*total|sub[-\s]*total|net\s*h\.?t\.?\b|total\s*(?:excl|excluding|before)\.?\s*(?:vat|tax)|total\s*net\b|net\s*total|\bht\b/, weak: /^(?:sous[-\s]*total|sub[-\s]*total)|^\W*h\.?t\b/ },
  { kind: 'tva', pattern: /total\s*(?:de\s*(?:la\s*)?)?t\.?v\.?a\.?\b|montant\s*(?:total\s*)?(?:de\s*(?:la\s*)?)?t\.?v\.?a\.?\b|total\s*(?:vat|tax)\b|(?:vat|tax)\s*total|vat\s*amount|tax\s*amount|^t\.?v\.?a\.?\b|\btva\s*(?:a\s*|au\s*taux\s*de\s*|\(\s*)?\d|\bvat\s*\(?\d/ },
  { kind: 'total', pattern: /^(?:total|totaux|montant\s*total|total\s*general|total\s*facture|total\s*de\s*la\s*facture|total\s*de\s*l'avoir|total\s*avoir|total\s*eur|total\s*€)\s*(?::|$|(?=[-−–]?\s*\d)|€)/ },
];

/** Whether any rule's label is in a folded text: one scan, remembered, since totals labels recur within and across invoices. */
const ANY_RULE = new RegExp(RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'));
const ANY_TOTAL_RULE = new RegExp(RULES.filter((rule) => rule.kind !== 'acompte').map((rule) => `(?:${rule.pattern.source})`).join('|'));
const ruleLabels = new Map<string, { any: boolean; total: boolean }>();

function ruleLabelsIn(folded: string): { any: boolean; total: boolean } {
  let labels = ruleLabels.get(folded);
  if (!labels) {
    const any = ANY_RULE.test(folded);
    labels = { any, total: any && ANY_TOTAL_RULE.test(folded) };
    if (ruleLabels.size > 20_000) ruleLabels.clear();
    ruleLabels.set(folded, labels);
  }
  return labels;
}

/** Words that make a label something else than a total. */
const NOT_TOTAL = /intracom|n\s?°\s*(?:de\s*)?tva|numero\s*(?:de\s*)?tva|tva\s*(?:intra|non\s*applicable|acquittee|sur\s*les\s*encaissements|:?\s*fr\s?\d)|\bvat\s*(?:number|no|id)|taux|rate|unitaire|prix\s*unit|p\.?u\.?\b|exoner|autoliquidation|art\.?\s*\d|article|a\s*reporter|report\b|total\s*page|page\s*\d/;

const RATE = /(\d{1,2}(?:[.,]\d{1,2})?)\s*%/;
const RATE_LINE = /\b(?:t\.?v\.?a|vat|taxe?)\s*(?:a\s*|au\s*taux\s*de\s*|de\s*|\(\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%/;
/** "sur 1 000,00", "base 1 000,00", "on 1,000.00": the base of a VAT line, never its VAT. */
const BASE_WORD = /(?:\bsur\b|\bbase\b(?:\s*h\.?t\.?)?|\bassiette\b|\bon\b)\s*:?\s*$/;

/** A cell holding an amount and nothing else ("1 234,56 €", "EUR 12,00", "-300,00"). */
const AMOUNT_ONLY = /^[\s(]*[-−–]?\s*(?:€|eur)?\s*[-−–]?[\d\s.,'’\u00a0\u202f]+\s*(?:€|eur|euros?)?\s*\)?\s*$/i;

/**
 * "Total TTC de l'acompte", "Montant HT de l'acompte": the total of the deposit invoice itself, not a deposit
 * deducted (that one is "versé", "réglé", "déjà payé", "à déduire").
 */
const OWN_DEPOSIT_TOTAL = /^(?:total|montant)\b.*\bde\s*l'\s*acompte\b(?!.*\b(?:verse|regle|paye|percu|deja|deduire|precedent))/;
/** The title of a deposit invoice: its "acompte" names the document, not a deduction. */
const DEPOSIT_INVOICE_TITLE = /^facture\s*d'\s*acompte\b/;

const rateOf = (text: string): number | null => {
  const match = RATE.exec(text);
  if (!match) return null;
  const value = Math.round(Number(match[1]!.replace(',', '.')) * 100);
  return value > 0 && value <= 3000 ? value : null;
};

/** « Base », « Base HT », « Assiette » before a VAT label: the line gives the base of the rate. */
const BASE_BEFORE = /(?:^|\s)(?:base|assiette)(?:\s+h\.?t\.?)?(?:\s+(?:de\s+(?:la\s+)?|soumise\s+a\s+(?:la\s+)?))?\s*$/;

/** Amounts of a VAT line's text that are not its base ("TVA 20 % sur 1 000,00" has none). */
function withoutBases(text: string): { amounts: AmountToken[]; bases: AmountToken[] } {
  const amounts: AmountToken[] = [];
  const bases: AmountToken[] = [];
  for (const token of amountsIn(text)) {
    if (BASE_WORD.test(fold(text.slice(0, token.index)))) bases.push(token);
    else amounts.push(token);
  }
  return { amounts, bases };
}

/**
 * The amounts right of a label cell that are its own: up to the next total label ("Total HT   1 000,00   Total TVA
 * 200,00"), or up to words once an amount was met (an item table printed beside the totals block).
 */
function amountsRightOf(cells: readonly Cell[], labelIndex: number): AmountToken[] {
  const amounts: AmountToken[] = [];
  for (const cell of cells.slice(labelIndex + 1)) {
    const folded = fold(cell.text);
    if (ruleLabelsIn(folded).any) break;
    const inCell = amountsIn(cell.text);
    if (amounts.length > 0 && !AMOUNT_ONLY.test(cell.text) && /\p{L}{2}/u.test(cell.text) && !/^(?:€|eur|euros?)$/i.test(cell.text.trim())) break;
    amounts.push(...inCell);
  }
  return amounts;
}

function columnAmounts(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }): number[] {
  const found: number[] = [];
  const start = lines[lineNumber]!;
  for (let next = lineNumber + 1; next < lines.length && next <= lineNumber + 40; next++) {
    const line = lines[next]!;
    if (line.page !== start.page) break;
    const under = line.cells.filter((candidate) => overlap(candidate, cell) > 0 && AMOUNT_ONLY.test(candidate.text));
    const amounts = under.flatMap((candidate) => amountsIn(candidate.text));
    if (amounts.length === 0) {
      if (found.length > 0 || next > lineNumber + 2) break;
      continue;
    }
    found.push(amounts[amounts.length - 1]!.cents);
  }
  return found;
}

/**
 * Amount-only cells right of `x`, on a line holding nothing else there (an amount printed a little off its label's
 * line). Cells that end left of `leftEdge`, the label's own left edge, are another column ("Conditions de
 * règlement :" beside a carbon-book's totals) and do not count.
 */
function looseAmountRightOf(line: Line | undefined, x: number, leftEdge = Number.NEGATIVE_INFINITY): number | null {
  const cells = line?.cells.filter((cell) => cell.x1 > leftEdge) ?? [];
  if (cells.length === 0) return null;
  if (!cells.every((cell) => cell.x0 > x && (AMOUNT_ONLY.test(cell.text) || /^(?:€|eur)$/i.test(cell.text.trim())))) return null;
  const amounts = cells.flatMap((cell) => amountsIn(cell.text));
  return amounts.length > 0 ? amounts[amounts.length - 1]!.cents : null;
}

/**
 * "8 627,30" / "€" / "Total": the amount of a label set lower than it, possibly with the currency sign on a line
 * of its own in between, within three lines' height.
 */
function amountAbove(lines: Line[], lineNumber: number, x: number, leftEdge?: number): number | null {
  const line = lines[lineNumber]!;
  for (let previous = lineNumber - 1; previous >= 0 && previous >= lineNumber - 3; previous--) {
    const above = lines[previous]!;
    if (!closeTo(above, line, 3.2)) return null;
    if (above.cells.every((cell) => /^(?:€|eur)$/i.test(cell.text.trim()))) continue;
    return looseAmountRightOf(above, x, leftEdge);
  }
  return null;
}

function closeTo(a: Line | undefined, b: Line, factor: number): boolean {
  return a !== undefined && a.page === b.page && Math.abs(a.top - b.top) <= Math.max(b.size, 8) * factor;
}

/** Every labelled amount of the document, with where it was found. */
export function amountCandidates(lines: Line[]): AmountCandidate[] {
  return amountFacts(lines).candidates;
}

export function amountFacts(lines: Line[]): AmountFacts {
  const candidates: AmountCandidate[] = [];
  const rates: VatFact[] = [];
  const depositMentions: number[] = [];
  const lineAmounts = new Map<number, number[]>();
  const labelAmountRows = new Map<number, number>();
  const push = (kind: AmountKind, cents: number, lineNumber: number, priority: number, place: AmountPlace) => candidates.push({ kind, cents, lineNumber, priority, place });

  const items = itemTable(lines);
  const vatTable = vatTableRows(lines);
  lines.forEach((printedLine, lineNumber) => {
    // An item row that carries the totals block at its left is read as that block alone.
    const line = items?.sideBlocks.get(lineNumber) ?? printedLine;
    const printed = amountsIn(line.text);
    if (printed.length > 0) lineAmounts.set(lineNumber, printed.map((token) => token.cents));
    const [labelCell, amountCell, ...others] = line.cells;
    if (labelCell && amountCell && others.length === 0 && AMOUNT_ONLY.test(amountCell.text) && printed.length === 1) {
      labelAmountRows.set(lineNumber, printed[0]!.cents);
    }
    const foldedLine = fold(line.text);
    const rateLine = RATE_LINE.test(foldedLine) && !NOT_TOTAL.test(foldedLine.replace(/taux/g, ''));
    let labelSeen = false;
    line.cells.forEach((cell, cellIndex) => {
      const folded = fold(cell.text);
      if (!ruleLabelsIn(folded).any) return;
      for (const rule of RULES) {
        const match = rule.pattern.exec(folded);
        if (!match) continue;
        if (rule.kind === 'acompte') {
          if (OWN_DEPOSIT_TOTAL.test(folded.trim())) continue;
          if (forTheRecord(lines, lineNumber)) break;
          if (NOT_WITHHELD.test(folded)) break;
          if (DEPOSIT_INVOICE_TITLE.test(folded.trim())) break;
          depositMentions.push(lineNumber);
          // "Acompte de 30 % à la commande, soit 360,00 €" in the terms is a condition, not a payment received.
          if (cell.text.length > 60 || cell.text.split(/\s+/).length > 9) break;
        }
        if (NOT_TOTAL.test(folded) && !(rule.kind === 'tva' && rateLine)) break;
        const afterText = cell.text.slice(match.index + match[0].length);
        const beforeText = cell.text.slice(0, match.index);
        // « Base TVA 10 %   4 605,60 € » over « TVA 10 %   460,56 € »: the base a rate applies to, never its VAT.
        if (rule.kind === 'tva' && BASE_BEFORE.test(fold(beforeText))) break;
        const { amounts: inline, bases } = withoutBases(afterText);
        const right = amountsRightOf(line.cells, cellIndex);
        const rate = rule.kind === 'tva' ? rateOf(cell.text) : null;
        // A VAT rate after amounts of the same row, with no total label before it, is a column of an item line
        // ("Tableau électrique   1,00   1 000,00 TVA 20 %   1 000,00 €"), as is a label an amount precedes in its cell.
        // Not when those amounts are another block's, far left (a VAT summary's row « 20,00 %   4 376,83 €   875,37 € »
        // beside the totals block's « TVA 20 %   875,37 € »).
        const tableEdge = vatTable.rightEdges.get(lineNumber) ?? Number.NEGATIVE_INFINITY;
        // A sentence of another block at the left (« … frais de recouvrement de 40 €. Pas d'escompte pour ») is no item's.
        const earlierAmountCells = line.cells.slice(0, cellIndex).filter((other) => amountsIn(other.text).length > 0 && other.x0 >= tableEdge && !isSentence(other.text));
        const earlierAmounts = earlierAmountCells.length > 0 && cell.x0 - Math.max(...earlierAmountCells.map((other) => other.x1)) < 120;
        const itemWord = amountsIn(beforeText).length > 0 || (rate !== null && earlierAmounts && !labelSeen);
        if (itemWord && (inline.length > 0 || right.length > 0)) break;
        labelSeen = true;
        const strength = rule.weak?.test(folded.trim()) ? 2 : 3;
        const onLine = [...inline, ...right];
        let value: number | null = null;
        let place: AmountPlace = 'inline';
        if (onLine.length > 0) {
          value = onLine[onLine.length - 1]!.cents;
          place = inline.length > 0 && right.length === 0 ? 'inline' : 'right';
        } else if (amountsIn(beforeText).length > 0 && /^\s*$/.test(afterText) && bases.length === 0) {
          // "29.99 € TTC"
          value = amountsIn(beforeText).at(-1)!.cents;
          place = 'before';
        } else {
          const nextLine = lines[lineNumber + 1];
          const below = closeTo(nextLine, line, 1.6) ? looseAmountRightOf(nextLine, cell.x1, cell.x0) : null;
          const above = amountAbove(lines, lineNumber, cell.x1, cell.x0);
          if (below !== null && (rule.kind === 'tva' || rule.kind === 'net' || rule.kind === 'acompte' || above === null)) {
            value = below;
            place = 'next-line';
          } else if (above !== null && rule.kind !== 'net' && rule.kind !== 'acompte') {
            // "1 200,00" then "Total" under it: an amount set a little higher than its label.
            value = above;
            place = 'above';
          }
        }
        if (value !== null) {
          const placePenalty = place === 'inline' || place === 'right' ? 0 : 1;
          const ratePenalty = rate !== null && rule.kind === 'tva' ? 1 : 0;
          push(rule.kind, value, lineNumber, strength - placePenalty - ratePenalty, place);
          if (rate !== null) rates.push({ rate, vat: value, lineNumber, ...(bases.length > 0 ? { base: bases.at(-1)!.cents } : {}) });
        } else if (rule.kind !== 'total') {
          const column = columnAmounts(lines, lineNumber, cell);
          if (column.length > 0) {
            const first = column[0]!;
            const last = column[column.length - 1]!;
            push(rule.kind, last, lineNumber, strength - 1, 'column');
            if (first !== last) push(rule.kind, first, lineNumber, strength - 2, 'column');
            if (column.length > 1) push(rule.kind, column.reduce((sum, amount) => sum + amount, 0), lineNumber, strength - 2, 'column');
          }
        }
        break;
      }
    });
    // A bare "Total" (or "Total facture") row: its amounts may sit under HT / TVA / TTC column headers.
    const first = line.cells[0];
    if (first && /^(?:total|totaux|total facture|total general|montant total)\s*:?$/.test(fold(first.text).trim())) {
      for (const cell of line.cells.slice(1)) {
        const amount = amountsIn(cell.text).at(-1);
        if (!amount) continue;
        const header = headerAbove(lines, lineNumber, cell);
        if (header) push(header, amount.cents, lineNumber, 3, 'header-row');
      }
    }
  });
  const itemRows = new Set([...(items?.rows ?? [])].filter((lineNumber) => !items?.sideBlocks.has(lineNumber)));
  // An item line's words ("Romans (TVA 10 %)   4   637,89 €   2 551,56 €") never make a total nor a VAT line.
  if (itemRows.size > 0) {
    candidates.splice(0, candidates.length, ...candidates.filter((candidate) => !itemRows.has(candidate.lineNumber)));
    rates.splice(0, rates.length, ...rates.filter((fact) => !itemRows.has(fact.lineNumber)));
  }
  rates.push(...vatTable.facts);
  addRateSums(candidates, rates);
  // Item lines all at one rate, and no VAT line says more: that rate checks the VAT.
  const itemRates = [...(items?.rates ?? [])].filter((rate) => rate > 0 && rate <= 3000);
  if (rates.length === 0 && itemRates.length === 1 && (items?.rates.size ?? 0) === 1) rates.push({ rate: itemRates[0]!, lineNumber: -1 });
  const lineSum = items?.sum ?? null;
  return { candidates, rates, depositMentions: depositMentions.filter((lineNumber) => !itemRows.has(lineNumber)), itemRows, lineAmounts, labelAmountRows, ...(lineSum !== null ? { lineSum } : {}) };
}

/** One fact per rate line (a line read twice, as a label and as a row of the VAT table, counts once). */
function ratesByLine(rates: readonly VatFact[]): VatFact[] {
  return [...new Map(rates.map((fact) => [fact.lineNumber, fact])).values()];
}

/**
 * Each rate line once: one fact per line, and a rate whose VAT is printed twice (a « Taxe   Base   Montant » summary
 * beside the totals block's « TVA 20 %   1 543,70 ») counted once.
 */
function ratesOnce(rates: readonly VatFact[]): VatFact[] {
  const seen = new Set<string>();
  return ratesByLine(rates).filter((fact) => {
    if (fact.vat === undefined) return true;
    const key = `${fact.rate}:${fact.vat}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sums of the per-rate VAT lines, for multi-rate invoices without a VAT total; bases summed likewise. */
function addRateSums(candidates: AmountCandidate[], rates: VatFact[]): void {
  const distinct = ratesOnce(rates);
  if (distinct.length < 2) return;
  const lastLine = Math.max(...distinct.map((fact) => fact.lineNumber));
  if (distinct.every((fact) => fact.vat !== undefined)) {
    candidates.push({ kind: 'tva', cents: distinct.reduce((sum, fact) => sum + fact.vat!, 0), lineNumber: lastLine, priority: 2, place: 'rate-lines' });
  }
  if (distinct.every((fact) => fact.base !== undefined)) {
    candidates.push({ kind: 'ht', cents: distinct.reduce((sum, fact) => sum + fact.base!, 0), lineNumber: lastLine, priority: 1, place: 'rate-lines' });
  }
}

/** A VAT summary table's rows: what each row gives, and how far right the table reaches on that row's line. */
interface VatTable {
  facts: VatFact[];
  /** Row line number → the table's right edge (a totals block may share the line, further right). */
  rightEdges: Map<number, number>;
}

/**
 * A VAT summary table: a header naming a rate, a base and a VAT column, then one row per rate
 * ("20,00 %   450,00   90,00"). Each row gives its rate, base (first amount) and VAT (second amount). Only the cells
 * under the header count: a totals block beside the table may share its lines (« 5,5 %   584,50   32,15   TVA 20 %
 * 22,91 € ») or print lines of its own between the rows (« TVA 5,5 %   32,15 € »), which are passed over.
 */
function vatTableRows(lines: Line[]): VatTable {
  const table: VatTable = { facts: [], rightEdges: new Map() };
  lines.forEach((line, lineNumber) => {
    const folded = fold(line.text);
    if (!/\btaux\b|\brate\b|%/.test(folded) || !/\bbase\b|\bh\.?t\b|assiette|net/.test(folded) || !/\bt\.?v\.?a\b|\bvat\b|\btaxe?s?\b/.test(folded)) return;
    if (amountsIn(line.text).length > 0) return;
    const left = Math.min(...line.cells.map((cell) => cell.x0)) - 40;
    const right = Math.max(...line.cells.map((cell) => cell.x1)) + 10;
    for (let next = lineNumber + 1; next < lines.length && next <= lineNumber + 8; next++) {
      const printed = lines[next]!;
      if (printed.page !== line.page) break;
      const cells = printed.cells.filter((cell) => cell.x0 >= left && cell.x0 < right);
      if (cells.length === 0 && printed.cells.every((cell) => cell.x0 >= right)) continue;
      const text = cells.map((cell) => cell.text).join('   ');
      const firstCell = fold(cells[0]?.text ?? '');
      const rate = rateOf(firstCell.replace(/^(?:t\.?v\.?a|vat)\s*/, ''));
      const amounts = amountsIn(text.slice(text.indexOf('%') + 1));
      if (rate === null || !/^\s*(?:t\.?v\.?a|vat)?\s*\(?\d/.test(firstCell) || amounts.length < 2) break;
      table.facts.push({ rate, base: amounts[0]!.cents, vat: amounts[1]!.cents, lineNumber: next });
      table.rightEdges.set(next, right);
    }
  });
  return table;
}

/** The item table: the sum of its amount column, and the VAT rates its rows print. */
interface ItemTable {
  sum: number | null;
  rates: Set<number>;
  /** Line numbers of the rows that gave an amount. */
  rows: Set<number>;
  /** Rows that also print, left of the table, a totals block ("Total hors taxes   20 948,63 €"): that block alone. */
  sideBlocks: Map<number, Line>;
}

/** The item table's heading, then one amount per row (its amount column), until the totals. */
function itemTable(lines: Line[]): ItemTable | null {
  for (const [lineNumber, line] of lines.entries()) {
    const folded = fold(line.text);
    const words = [/designation|description|libelle|article|prestation|intitule/, /\bqte\b|quantite|\bqty\b|quantity|\bnb\b/, /prix|\bp\.?u\b|unit/, /montant|total|amount/];
    if (words.filter((word) => word.test(folded)).length < 3) continue;
    const heading = [...line.cells].reverse().find((cell) => /montant|total|amount/.test(fold(cell.text)));
    if (!heading) continue;
    // The amounts sit under their heading, right-aligned in a column that may reach the next heading (a spreadsheet's
    // wide cells) or the page's edge.
    const nextHeading = line.cells[line.cells.indexOf(heading) + 1];
    const column = { x0: heading.x0 - 30, x1: nextHeading ? Math.max(heading.x1 + 10, nextHeading.x0 - 2) : Number.POSITIVE_INFINITY };
    // A row with a number under the quantity or unit-price heading is an item, whatever its words
    // ("Romans (TVA 10 %)", "Acompte sur devis…"); a totals row has none there.
    const columnUnder = (cell: Cell) => {
      const after = line.cells[line.cells.indexOf(cell) + 1];
      return { x0: cell.x0 - 15, x1: after ? Math.max(cell.x1 + 5, after.x0 - 2) : cell.x1 + 15 };
    };
    const quantityHeading = line.cells.find((cell) => cell !== heading && /\bqte\b|quantite|\bqty\b|quantity|\bnb\b/.test(fold(cell.text)));
    const unitHeading = line.cells.find((cell) => cell !== heading && /prix|\bp\.?u\b|unit/.test(fold(cell.text)));
    const countColumn = quantityHeading ?? unitHeading;
    // The number must be another cell than the row's amount: « Total HT   3 194,00 » right-aligned may reach under
    // the quantity's column when it is close to the amount's.
    const itemLike = (row: Line) =>
      countColumn !== undefined && row.cells.slice(1, -1).some((cell) => /^\s*[\d.,\s]+\s*$/.test(cell.text) && overlap(cell, columnUnder(countColumn)) > 0);
    // The table starts at its description heading: cells wholly left of it belong to another block.
    const description = line.cells.find((cell) => words[0]!.test(fold(cell.text)));
    const tableLeft = description?.x0 ?? Number.NEGATIVE_INFINITY;
    let sum = 0;
    const rows = new Set<number>();
    const rates = new Set<number>();
    const sideBlocks = new Map<number, Line>();
    for (let next = lineNumber + 1; next < lines.length; next++) {
      const row = lines[next]!;
      if (row.page !== line.page) return { sum: null, rates, rows, sideBlocks };
      const rowText = fold(row.text);
      const totalsRow =
        ruleLabelsIn(fold(row.cells[0]?.text ?? '')).total || /^(?:total|sous-total|montant)/.test(rowText) || labelledTotalIn(row.cells);
      if (totalsRow && !itemLike(row)) break;
      const side = row.cells.filter((cell) => cell.x1 < tableLeft - 2);
      if (side.length >= 2 && side.length < row.cells.length && labelledTotalIn(side, true)) {
        sideBlocks.set(next, { ...row, cells: side, text: side.map((cell) => cell.text).join(CELL_SEPARATOR) });
      }
      const last: Cell | undefined = row.cells.at(-1);
      if (!last || overlap(last, column) <= 0) continue;
      const amount = amountsIn(last.text).at(-1);
      if (!amount) continue;
      sum += amount.cents;
      rows.add(next);
      if (!/remise|rabais|escompte|discount|ristourne/.test(rowText)) for (const match of rowText.matchAll(new RegExp(RATE.source, 'g'))) rates.add(Math.round(Number(match[1]!.replace(',', '.')) * 100));
    }
    return { sum: rows.size > 0 ? sum : null, rates, rows, sideBlocks };
  }
  return null;
}

/**
 * « Retenue de garantie remplacée par une caution bancaire », « sans retenue de garantie »: the retention is not taken
 * off this invoice.
 */
const NOT_WITHHELD = /remplacee?\s+par\s+(?:une\s+|un\s+)?(?:caution|garantie\s+a\s+premiere\s+demande|cautionnement)|\bsans\s+retenue|retenue\s+de\s+garantie\s*:?\s*(?:neant|non\s+(?:appliquee|pratiquee))/;

/** « Pour mémoire – déjà facturé … (réglé ou à régler séparément) : »: what follows is recalled, not deducted here. */
const FOR_THE_RECORD = /^(?:pour\s+memoire|pour\s+information|pour\s+info\b|a\s+titre\s+(?:indicatif|d'information))/;

/** A deposit's line under a heading that recalls earlier invoices for the record (a few lines above, same page). */
function forTheRecord(lines: Line[], lineNumber: number): boolean {
  const line = lines[lineNumber]!;
  for (let index = lineNumber; index >= 0 && index >= lineNumber - 4; index--) {
    const above = lines[index]!;
    if (above.page !== line.page) return false;
    if (FOR_THE_RECORD.test(fold(above.cells[0]?.text ?? '').trim())) return true;
    // A total's row between them: the heading above is another block's.
    if (index < lineNumber && ruleLabelsIn(fold(above.text)).total) return false;
  }
  return false;
}

/** A total's label with its amount alone in the next cell ("Total HT   22.609,99 €"); `anyKind`: deposits too. */
function labelledTotalIn(cells: readonly Cell[], anyKind = false): boolean {
  return cells.some((cell, index) => {
    const next = cells[index + 1];
    if (!next || !AMOUNT_ONLY.test(next.text) || amountsIn(next.text).length === 0) return false;
    const folded = fold(cell.text);
    if (!ruleLabelsIn(folded).any) return false;
    return RULES.some((rule) => (anyKind || rule.kind !== 'acompte') && rule.pattern.test(folded) && !NOT_TOTAL.test(folded.replace(/taux/g, '')));
  });
}

function headerAbove(lines: Line[], lineNumber: number, cell: { x0: number; x1: number }): AmountKind | null {
  const page = lines[lineNumber]!.page;
  for (let previous = lineNumber - 1; previous >= 0 && previous >= lineNumber - 12; previous--) {
    const line = lines[previous]!;
    if (line.page !== page) break;
    for (const header of line.cells) {
      if (overlap(header, cell) <= 0) continue;
      const folded = fold(header.text);
      if (/\bt\.?t\.?c\b/.test(folded)) return 'ttc';
      if (/\bt\.?v\.?a\b|\bvat\b/.test(folded) && !/taux|%/.test(folded)) return 'tva';
      if (/\bh\.?t\b/.test(folded)) return 'ht';
    }
  }
  return null;
}

const abs = Math.abs;

export type TotalKey = 'ht' | 'tva' | 'ttc' | 'net';

export interface Totals {
  ht?: number;
  tva?: number;
  ttc?: number;
  net?: number;
  /** The totals the arithmetic, the VAT rates or the item lines confirm. */
  sure?: TotalKey[];
}

/** The VAT agrees with the printed rates: Σ VAT of the rate lines, or rate × HT for a single rate. */
function vatCorroborated(ht: number, tva: number, rates: readonly VatFact[]): boolean {
  const byLine = ratesOnce(rates);
  if (byLine.length === 0) return false;
  if (byLine.length > 1 && byLine.every((fact) => fact.vat !== undefined) && abs(byLine.reduce((sum, fact) => sum + fact.vat!, 0)) === abs(tva)) return true;
  const distinctRates = new Set(byLine.map((fact) => fact.rate));
  if (distinctRates.size !== 1) return false;
  const expected = (abs(ht) * [...distinctRates][0]!) / 10000;
  // Rounding per line may move the total VAT by a few cents.
  return Math.abs(expected - abs(tva)) <= Math.max(2, abs(ht) * 0.0002);
}

/** Bases printed with their rates add up to the HT. */
function baseCorroborated(ht: number, rates: readonly VatFact[]): boolean {
  const byLine = ratesByLine(rates).filter((fact) => fact.base !== undefined);
  return byLine.length > 0 && Math.abs(byLine.reduce((sum, fact) => sum + fact.base!, 0)) === Math.abs(ht);
}

interface Choice {
  ht?: number;
  tva?: number;
  ttc?: number;
  sure: Set<TotalKey>;
  score: number;
  /** The labelled amounts it was built from (where the totals block starts, where the TTC is). */
  from: AmountCandidate[];
  /** The candidate printed as the TTC, when one was. */
  ttcFrom?: AmountCandidate;
}

/**
 * Chooses the totals. Tiers, best first: three labelled totals that add up; HT and TTC labelled with a VAT
 * between them; HT and VAT (or VAT and TTC) that the rates confirm; no VAT and one total; a lone total (unsure).
 */
export function chooseTotals(input: AmountCandidate[] | AmountFacts, vatExempt: boolean): Totals {
  const facts: AmountFacts = Array.isArray(input) ? { candidates: input, rates: [], depositMentions: input.filter((candidate) => candidate.kind === 'acompte').map((candidate) => candidate.lineNumber) } : input;
  const { candidates, rates, lineSum } = facts;
  const of = (kind: AmountKind) => candidates.filter((candidate) => candidate.kind === kind);
  const hts = of('ht');
  const tvas = of('tva');
  const labelledTtcs = of('ttc');
  const nets = of('net');
  const bareTotals = of('total');
  // "Net à payer" often is the only TTC line; a bare "Total" is the TTC (or the only total without VAT).
  const ttcs = [...labelledTtcs, ...bareTotals, ...nets.map((net) => ({ ...net, kind: 'ttc' as const, priority: net.priority - 1 }))];
  const lineBonus = (ht: number) => (lineSum !== undefined && abs(lineSum) === abs(ht) ? 2 : 0);
  const position = (...found: AmountCandidate[]) => found.reduce((sum, candidate) => sum + candidate.lineNumber, 0) / 10000;
  let best: Choice | null = null;
  const consider = (choice: Choice) => {
    if (!best || choice.score > best.score) best = choice;
  };

  // 1. Three labelled totals that add up.
  for (const ht of hts) {
    for (const tva of tvas) {
      // A VAT of zero counts when a clear label prints it ("Total TVA   0,00"), or when the invoice says it has none.
      if (tva.cents === 0 && !vatExempt && tva.priority < 2) continue;
      if (abs(tva.cents) > abs(ht.cents) * 0.3) continue;
      for (const ttc of ttcs) {
        if (abs(ht.cents) + abs(tva.cents) !== abs(ttc.cents)) continue;
        if (ht.cents === ttc.cents && tva.cents !== 0) continue;
        const bonus = (vatCorroborated(ht.cents, tva.cents, rates) ? 2 : 0) + lineBonus(ht.cents) + (baseCorroborated(ht.cents, rates) ? 1 : 0);
        consider({ ht: ht.cents, tva: tva.cents, ttc: ttc.cents, sure: new Set(['ht', 'tva', 'ttc']), score: 3000 + (ht.priority + tva.priority + ttc.priority + bonus) * 10 + position(ht, tva, ttc), from: [ht, tva, ttc], ttcFrom: ttc });
      }
    }
  }
  // 2. HT and TTC labelled, the VAT between them.
  if (!best) {
    for (const ht of hts) {
      for (const ttc of ttcs) {
        const difference = abs(ttc.cents) - abs(ht.cents);
        if (difference < 0 || difference > abs(ht.cents) * 0.3) continue;
        if (vatExempt && difference !== 0) continue;
        if (!vatExempt && difference === 0) continue;
        const sign = ttc.cents < 0 ? -1 : 1;
        const tva = sign * difference;
        const confirmed = vatExempt || vatCorroborated(ht.cents, tva, rates);
        const labelsClear = ht.priority >= 3 && ttc.priority >= 2;
        // The item lines confirm the HT, the rates the VAT; clear labels on both totals vouch for HT and TTC.
        const sure = new Set<TotalKey>(confirmed ? ['ht', 'tva', 'ttc'] : labelsClear || lineBonus(ht.cents) > 0 ? ['ht', 'ttc'] : []);
        consider({ ht: ht.cents, tva, ttc: ttc.cents, sure, score: 2000 + (ht.priority + ttc.priority + (confirmed ? 2 : 0) + lineBonus(ht.cents)) * 10 + position(ht, ttc), from: [ht, ttc], ttcFrom: ttc });
      }
    }
  }
  // 3. HT and VAT, or VAT and TTC, that the printed rates confirm; unsure otherwise.
  if (!best && !vatExempt) {
    for (const tva of tvas) {
      if (tva.cents === 0) continue;
      for (const ht of hts) {
        if (abs(tva.cents) > abs(ht.cents) * 0.3) continue;
        const confirmed = vatCorroborated(ht.cents, tva.cents, rates) || baseCorroborated(ht.cents, rates);
        const sign = ht.cents < 0 ? -1 : 1;
        consider({ ht: ht.cents, tva: tva.cents, ttc: sign * (abs(ht.cents) + abs(tva.cents)), sure: new Set(confirmed ? ['ht', 'tva', 'ttc'] : []), score: 1500 + (ht.priority + tva.priority + (confirmed ? 3 : 0)) * 10 + position(ht, tva), from: [ht, tva] });
      }
      for (const ttc of ttcs) {
        const ht = abs(ttc.cents) - abs(tva.cents);
        if (ht <= 0 || abs(tva.cents) > ht * 0.3) continue;
        const sign = ttc.cents < 0 ? -1 : 1;
        const confirmed = vatCorroborated(ht, tva.cents, rates) || baseCorroborated(ht, rates);
        consider({ ht: sign * ht, tva: tva.cents, ttc: ttc.cents, sure: new Set(confirmed ? ['ht', 'tva', 'ttc'] : []), score: 1400 + (ttc.priority + tva.priority + (confirmed ? 3 : 0)) * 10 + position(ttc, tva), from: [ttc, tva], ttcFrom: ttc });
      }
    }
  }
  // 4. No VAT on the invoice: one total is HT and TTC alike.
  if (!best && vatExempt) {
    const totals = [...hts, ...ttcs].filter((candidate) => candidate.place !== 'column');
    const amounts = new Set(totals.map((candidate) => abs(candidate.cents)));
    for (const total of totals) {
      const agreed = amounts.size === 1 || (lineSum !== undefined && abs(lineSum) === abs(total.cents));
      consider({ ht: total.cents, tva: 0, ttc: total.cents, sure: new Set(agreed ? ['ht', 'tva', 'ttc'] : []), score: 1000 + (total.priority + lineBonus(total.cents)) * 10 + position(total), from: [total], ttcFrom: total });
    }
  }
  // 5. A lone total: given, unsure.
  if (!best) {
    const ttc = [...ttcs].sort((left, right) => right.priority - left.priority || right.lineNumber - left.lineNumber)[0];
    const ht = [...hts].sort((left, right) => right.priority - left.priority || right.lineNumber - left.lineNumber)[0];
    if (ttc) consider({ ttc: ttc.cents, ...(ht && abs(ht.cents) < abs(ttc.cents) ? { ht: ht.cents } : {}), sure: new Set(), score: 0, from: [ttc], ttcFrom: ttc });
    else if (ht) consider({ ht: ht.cents, sure: new Set(), score: 0, from: [ht] });
  }

  const chosen = best as Choice | null;
  if (!chosen) return {};
  const totals: Totals = {};
  if (chosen.ht !== undefined) totals.ht = chosen.ht;
  if (chosen.tva !== undefined) totals.tva = chosen.tva;
  if (chosen.ttc !== undefined) totals.ttc = chosen.ttc;
  const sure = new Set(chosen.sure);
  // Without three labelled totals that add up, another HT printed under a clear label further down says the chosen one
  // may be a part or a gross amount: larger (« Prestations de service HT   13,68 » then « Total HT   1 381,68 », lines
  // outside VAT between), or smaller (« Total brut HT   6 198,00 », a discount, then « Total HT   5 888,10 »).
  const htFrom = chosen.score < 3000 ? chosen.from.find((candidate) => candidate.kind === 'ht') : undefined;
  if (htFrom && hts.some((other) => other.priority >= 3 && (other.place === 'inline' || other.place === 'right') && other.lineNumber > htFrom.lineNumber && abs(other.cents) !== abs(htFrom.cents))) sure.clear();
  // Without three labelled totals that add up, a TTC taken from what remains to pay (« Montant dû ») while a labelled
  // TTC gives another amount (a retention between them): which one the VAT separates from the HT is a guess.
  const ttcFrom = chosen.ttcFrom;
  if (chosen.score < 3000 && ttcFrom && !labelledTtcs.includes(ttcFrom) && !bareTotals.includes(ttcFrom) && labelledTtcs.some((other) => abs(other.cents) !== abs(ttcFrom.cents))) sure.clear();

  if (totals.ttc !== undefined) {
    const net = chooseNet(facts, chosen, totals.ttc, nets);
    if (net) {
      totals.net = net.cents;
      if (net.sure && sure.has('ttc')) sure.add('net');
    }
  } else {
    const net = [...nets].sort((left, right) => right.lineNumber - left.lineNumber)[0];
    if (net) totals.net = net.cents;
  }
  totals.sure = [...sure];
  return totals;
}

/**
 * What remains to pay. Deductions (a deposit, an advance, a retention) are printed in the totals block, at or below
 * its first total, never on an item line. The net is sure when it is printed and the arithmetic closes: equal to the
 * TTC, or the TTC less the deductions (each recognised, or every amount printed between the TTC and the net). A net
 * printed below the TTC that nothing printed explains is given unsure, a net of 0,00 likewise unless the payments printed
 * between the TTC and it add up to the TTC (a paid invoice); one computed from deductions, with no net
 * printed, likewise; the TTC itself when no deduction is in sight.
 */
function chooseNet(facts: AmountFacts, chosen: Choice, signedTtc: number, nets: AmountCandidate[]): { cents: number; sure: boolean } | null {
  const ttc = abs(signedTtc);
  const sign = signedTtc < 0 ? -1 : 1;
  // The same TTC printed beside its own label higher up ("Total TTC   2 361,85 €", its deposit and the balance under it,
  // then a VAT summary whose total row gave the totals): the deductions are read from there.
  const printedTtc = facts.candidates.filter(
    (candidate) => (candidate.kind === 'ttc' || candidate.kind === 'total') && abs(candidate.cents) === ttc && (candidate.place === 'inline' || candidate.place === 'right') && !(facts.itemRows?.has(candidate.lineNumber) ?? false),
  );
  const chosenStart = Math.min(...chosen.from.map((candidate) => candidate.lineNumber));
  const blockStart = Math.min(chosenStart, ...printedTtc.map((candidate) => candidate.lineNumber));
  const chosenTtcLine = chosen.ttcFrom?.lineNumber ?? Math.max(...chosen.from.map((candidate) => candidate.lineNumber));
  const earlierTtc = printedTtc.filter((candidate) => candidate.lineNumber < chosenStart).map((candidate) => candidate.lineNumber);
  const ttcLine = earlierTtc.length > 0 && nets.some((net) => net.lineNumber > Math.max(...earlierTtc) && net.lineNumber < chosenStart) ? Math.max(...earlierTtc) : chosenTtcLine;
  const inBlock = (lineNumber: number) => lineNumber >= blockStart && !(facts.itemRows?.has(lineNumber) ?? false);
  const deposits = facts.candidates.filter((candidate) => candidate.kind === 'acompte' && inBlock(candidate.lineNumber) && candidate.cents !== 0 && abs(candidate.cents) < ttc);
  const depositAmounts = [...new Map(deposits.map((deposit) => [deposit.lineNumber, abs(deposit.cents)])).values()];
  const depositTotal = depositAmounts.reduce((sum, cents) => sum + cents, 0);
  // The amounts printed after the TTC up to the net (its deductions, whatever their labels say), and those of a few
  // lines further (a payments table under "Solde à payer"); and the ones printed negative up to the net alone (a VAT
  // summary beside the totals block puts its own amounts on those lines: « Part Assurance Maladie (tiers payant)
  // -489,00 € » beside « 5,5 %   3 301,00 »).
  const printedAfterTtc = (net: AmountCandidate) => {
    let between = 0;
    let takenOff = 0;
    const each: number[] = [];
    for (const { lineNumber, cents } of amountsAfter(facts, ttcLine, net.lineNumber + 3)) {
      if (lineNumber < net.lineNumber) {
        between += abs(cents);
        if (cents < 0) takenOff -= cents;
      }
      each.push(abs(cents));
    }
    return { between, takenOff, each };
  };
  const labelled = nets.filter((net) => net.lineNumber >= blockStart || nets.length === 1).sort((left, right) => right.lineNumber - left.lineNumber);
  const besideLabel = (net: AmountCandidate) => net.place === 'inline' || net.place === 'right' || net.place === 'header-row';
  for (const net of labelled) {
    const cents = abs(net.cents);
    if (cents === ttc) return { cents: net.cents, sure: true };
    // A paid invoice: « Reste à payer 0,00 » under the payments that settle the whole TTC (nothing is left to pay).
    if (cents === 0 && besideLabel(net) && net.lineNumber > ttcLine && printedAfterTtc(net).between === ttc) return { cents: 0, sure: true };
    if (cents === 0 || cents > ttc) continue;
    const paid = ttc - cents;
    if (!besideLabel(net)) continue;
    if (depositAmounts.includes(paid) || (depositAmounts.length > 0 && ttc - depositTotal === cents)) return { cents: net.cents, sure: true };
    // Without a recognised deduction, a "net" that leaves exactly the HT or the VAT may be one of those totals.
    if (chosen.ht !== undefined && (paid === abs(chosen.ht) || paid === ttc - abs(chosen.ht))) continue;
    const printed = net.lineNumber > ttcLine ? printedAfterTtc(net) : { between: -1, takenOff: -1, each: [] as number[] };
    if (printed.between === paid || printed.takenOff === paid || printed.each.includes(paid)) return { cents: net.cents, sure: true };
  }
  const plausible = labelled.find((net) => abs(net.cents) > 0 && abs(net.cents) < ttc);
  if (plausible) return { cents: plausible.cents, sure: false };
  // A labelled net of 0,00 with nothing printed between the TTC and it: maybe a paid invoice, maybe an empty field of a
  // template. Payments printed there that do not settle the TTC contradict it.
  const zero = labelled.find((net) => net.cents === 0 && besideLabel(net) && net.lineNumber > ttcLine);
  if (zero && printedAfterTtc(zero).between === 0) return { cents: 0, sure: false };
  // A printed net that is neither the TTC nor below it: no net can be vouched for.
  if (labelled.length > 0) return null;
  if (depositAmounts.length > 0) return { cents: sign * (ttc - depositTotal), sure: false };
  const mentioned = facts.depositMentions.some((lineNumber) => inBlock(lineNumber));
  if (mentioned) return null;
  // Amounts taken off after the TTC under words the reader does not know ("Avoir n° AV-3 déduit   -100,00"): the
  // net is the TTC less them, a reading nothing confirms.
  const takenOff = deductionsAfter(facts, ttcLine, signedTtc);
  if (takenOff > 0) return takenOff < ttc ? { cents: sign * (ttc - takenOff), sure: false } : null;
  // A negative amount right after a positive TTC, its words on lines of their own (« Prise en charge MACIF
  // Prévention (convention CP- » / « -1 932,00 € » / « 2025-0408) »): something is taken off that no label says.
  const negativeAfter = signedTtc > 0 ? negativesAfter(facts, ttcLine) : 0;
  if (negativeAfter > 0) return negativeAfter < ttc ? { cents: ttc - negativeAfter, sure: false } : null;
  return { cents: signedTtc, sure: true };
}

/** The amounts printed on the lines after the TTC's, up to `lastLine`, each with its line. */
function* amountsAfter(facts: AmountFacts, ttcLine: number, lastLine: number): Generator<{ lineNumber: number; cents: number }> {
  for (let lineNumber = ttcLine + 1; lineNumber <= lastLine; lineNumber++) {
    for (const cents of facts.lineAmounts?.get(lineNumber) ?? []) yield { lineNumber, cents };
  }
}

/** Negative amounts printed on the few lines after the TTC's. */
function negativesAfter(facts: AmountFacts, ttcLine: number): number {
  let total = 0;
  for (const { cents } of amountsAfter(facts, ttcLine, ttcLine + 3)) if (cents < 0) total -= cents;
  return total;
}

/** The "label   amount" rows right after the TTC whose amount has the opposite sign (deductions), added up. */
function deductionsAfter(facts: AmountFacts, ttcLine: number, signedTtc: number): number {
  let total = 0;
  for (let lineNumber = ttcLine + 1; facts.labelAmountRows?.has(lineNumber); lineNumber++) {
    const cents = facts.labelAmountRows.get(lineNumber)!;
    if (cents !== 0 && Math.sign(cents) !== Math.sign(signedTtc)) total += abs(cents);
  }
  return total;
}
