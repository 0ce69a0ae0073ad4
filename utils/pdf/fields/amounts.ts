import { overlap, type Line } from '../lines.ts';
import { amountsIn, fold } from './text.ts';

/**
 * Totals: HT, TVA, TTC, net à payer. Candidates come from labels (value on the label's line, to its right,
 * or in the column under it), then arithmetic chooses: HT + TVA = TTC, TTC − acompte = net.
 */

export type AmountKind = 'ht' | 'tva' | 'ttc' | 'net' | 'acompte';

export interface AmountCandidate {
  kind: AmountKind;
  cents: number;
  lineNumber: number;
  priority: number;
}

interface LabelRule {
  kind: AmountKind;
  pattern: RegExp;
  priority: number;
}

const RULES: LabelRule[] = [
  { kind: 'net', pattern: /net\s*a\s*payer|residual|remaining\s*(?:amount|balance)|reste\s*a\s*(?:payer|regler)|montant\s*(?:net\s*)?a\s*(?:payer|regler)|solde\s*(?:a\s*payer|du|restant)|somme\s*a\s*payer|total\s*a\s*(?:payer|regler)|amount\s*due|balance\s*due|net\s*(?:amount\s*)?(?:to\s*pay|payable)|a\s*payer\s*:|montant\s*du\b/, priority: 3 },
  { kind: 'acompte', pattern: /acompte|deja\s*(?:regle|verse|paye|percu)|avance\s*(?:versee|recue|percue)|deposit|already\s*paid|prepaid|paiement\s*recu|situation\s*precedente/, priority: 3 },
  { kind: 'ttc', pattern: /total\s*(?:general\s*|facture\s*|de\s*la\s*facture\s*|net\s*)?(?:en\s*)?(?:eur\s*|€\s*)?t\.?t\.?c\.?\b|montant\s*(?:total\s*)?(?:eur\s*|€\s*)?t\.?t\.?c\.?\b|toutes\s*taxes\s*comprises|total\s*(?:incl|including)\.?\s*(?:vat|tax)|total\s*amount|grand\s*total|invoice\s*total|\bttc\b/, priority: 3 },
  { kind: 'ht', pattern: /total\s*(?:net\s*)?(?:eur\s*|€\s*)?h\.?t\.?\b|montant\s*(?:total\s*)?(?:net\s*)?(?:eur\s*|€\s*)?h\.?t\.?\b|total\s*hors\s*tax|hors\s*taxes?|sous[-\s]*total|sub[-\s]*total|net\s*h\.?t\.?\b|total\s*(?:excl|excluding|before)\.?\s*(?:vat|tax)|total\s*net\b|net\s*total|\bht\b/, priority: 3 },
  { kind: 'tva', pattern: /total\s*(?:de\s*(?:la\s*)?)?t\.?v\.?a\.?\b|montant\s*(?:total\s*)?(?:de\s*(?:la\s*)?)?t\.?v\.?a\.?\b|total\s*(?:vat|tax)\b|(?:vat|tax)\s*total|vat\s*amount|tax\s*amount|^t\.?v\.?a\.?\b|\btva\s*(?:a\s*|au\s*taux\s*de\s*)?\d|\bvat\s*\d/, priority: 3 },
];

/** Words that make a label something else than a total. */
const NOT_TOTAL = /intracom|n\s?°\s*(?:de\s*)?tva|numero\s*(?:de\s*)?tva|tva\s*(?:intra|non\s*applicable|acquittee|sur\s*les\s*encaissements|:?\s*fr\s?\d)|\bvat\s*(?:number|no|id)|taux|rate|unitaire|prix\s*unit|p\.?u\.?\b|exoner|autoliquidation|art\.?\s*\d|article/;

const RATE_LINE = /\b(?:t\.?v\.?a|vat)\s*(?:a\s*|au\s*taux\s*de\s*|de\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%/;

/** A cell holding an amount and nothing else ("1 234,56 €", "EUR 12,00", "-300,00"). */
const AMOUNT_ONLY = /^[\s(]*[-−–]?\s*(?:€|eur)?\s*[-−–]?[\d\s.,'’\u00a0\u202f]+\s*(?:€|eur|euros?)?\s*\)?\s*$/i;

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

export function amountCandidates(lines: Line[]): AmountCandidate[] {
  const candidates: AmountCandidate[] = [];
  lines.forEach((line, lineNumber) => {
    const foldedLine = fold(line.text);
    const rateLine = RATE_LINE.test(foldedLine) && !NOT_TOTAL.test(foldedLine.replace(/taux/g, ''));
    line.cells.forEach((cell, cellIndex) => {
      const folded = fold(cell.text);
      for (const rule of RULES) {
        const match = rule.pattern.exec(folded);
        if (!match) continue;
        if (NOT_TOTAL.test(folded) && !(rule.kind === 'tva' && rateLine)) continue;
        // Amounts on the label's line, right of the label: the rightmost is the total.
        const inline = amountsIn(cell.text.slice(match.index + match[0].length));
        const right = line.cells.slice(cellIndex + 1).flatMap((next) => amountsIn(next.text));
        const before = amountsIn(cell.text.slice(0, match.index));
        const onLine = [...inline, ...right];
        if (onLine.length > 0) {
          candidates.push({ kind: rule.kind, cents: onLine[onLine.length - 1]!.cents, lineNumber, priority: rule.priority + (rateLine && rule.kind === 'tva' ? -1 : 0) });
        } else if (before.length > 0 && /^\s*$/.test(cell.text.slice(match.index + match[0].length))) {
          // "29.99 € TTC"
          candidates.push({ kind: rule.kind, cents: before[before.length - 1]!.cents, lineNumber, priority: rule.priority - 1 });
        } else if (rule.kind !== 'acompte' && rule.kind !== 'net') {
          const column = columnAmounts(lines, lineNumber, cell);
          if (column.length > 0) {
            const first = column[0]!;
            const last = column[column.length - 1]!;
            candidates.push({ kind: rule.kind, cents: last, lineNumber, priority: rule.priority - 1 });
            if (first !== last) candidates.push({ kind: rule.kind, cents: first, lineNumber, priority: rule.priority - 2 });
            if (column.length > 1) {
              candidates.push({ kind: rule.kind, cents: column.reduce((sum, value) => sum + value, 0), lineNumber, priority: rule.priority - 2 });
            }
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
        if (header) candidates.push({ kind: header, cents: amount.cents, lineNumber, priority: 3 });
      }
      const all = line.cells.slice(1).flatMap((cell) => amountsIn(cell.text));
      if (all.length > 0) candidates.push({ kind: 'ttc', cents: all[all.length - 1]!.cents, lineNumber, priority: 1 });
    }
  });
  // Sum of the per-rate VAT lines, for multi-rate tables without a VAT total.
  const rateLines = candidates.filter((candidate) => candidate.kind === 'tva' && candidate.priority === 2);
  if (rateLines.length > 1) {
    const seen = new Set<number>();
    let sum = 0;
    for (const candidate of rateLines) {
      if (seen.has(candidate.lineNumber)) continue;
      seen.add(candidate.lineNumber);
      sum += candidate.cents;
    }
    candidates.push({ kind: 'tva', cents: sum, lineNumber: rateLines[rateLines.length - 1]!.lineNumber, priority: 2 });
  }
  return candidates;
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

export interface Totals {
  ht?: number;
  tva?: number;
  ttc?: number;
  net?: number;
}

function best(candidates: AmountCandidate[], kind: AmountKind): AmountCandidate | undefined {
  return candidates
    .filter((candidate) => candidate.kind === kind)
    .sort((left, right) => right.priority - left.priority || right.lineNumber - left.lineNumber)[0];
}

/** Chooses the totals: a consistent HT + TVA = TTC triple first, single labelled values otherwise. */
export function chooseTotals(candidates: AmountCandidate[], vatExempt: boolean): Totals {
  const of = (kind: AmountKind) => candidates.filter((candidate) => candidate.kind === kind);
  const hts = of('ht');
  const tvas = of('tva');
  const nets = of('net');
  // "Net à payer" often is the only TTC line.
  const ttcs = [...of('ttc'), ...nets.map((net) => ({ ...net, kind: 'ttc' as const, priority: net.priority - 1 }))];
  const totals: Totals = {};

  let bestScore = -Infinity;
  for (const ht of hts) {
    for (const tva of tvas) {
      for (const ttc of ttcs) {
        if (Math.abs(ht.cents) + Math.abs(tva.cents) !== Math.abs(ttc.cents)) continue;
        if (ht.cents === ttc.cents && tva.cents !== 0) continue;
        const score = (ht.priority + tva.priority + ttc.priority) * 1000 + ht.lineNumber + tva.lineNumber + ttc.lineNumber;
        if (score > bestScore) {
          bestScore = score;
          Object.assign(totals, { ht: ht.cents, tva: tva.cents, ttc: ttc.cents });
        }
      }
    }
  }
  if (bestScore === -Infinity) {
    // HT and TTC without a readable VAT total: TVA is their difference when it is plausible.
    for (const ht of hts) {
      for (const ttc of ttcs) {
        const difference = Math.abs(ttc.cents) - Math.abs(ht.cents);
        if (difference < 0 || difference > Math.abs(ht.cents) * 0.3) continue;
        if (vatExempt && difference !== 0) continue;
        const score = (ht.priority + ttc.priority) * 1000 + ht.lineNumber + ttc.lineNumber;
        if (score > bestScore) {
          bestScore = score;
          Object.assign(totals, { ht: ht.cents, tva: difference, ttc: ttc.cents });
        }
      }
    }
  }
  if (bestScore === -Infinity) {
    const ht = best(candidates, 'ht');
    const ttc = best(candidates, 'ttc') ?? best(candidates, 'net');
    const net = best(candidates, 'net');
    if (vatExempt) {
      const base = ht ?? ttc ?? net;
      if (base) Object.assign(totals, { ht: base.cents, tva: 0, ttc: base.cents });
    } else {
      if (ttc) totals.ttc = ttc.cents;
      if (ht) totals.ht = ht.cents;
      const tva = best(candidates, 'tva');
      if (tva && ht && !ttc) {
        totals.tva = tva.cents;
        totals.ttc = ht.cents + tva.cents;
      }
    }
  }

  // Net à payer: labelled, or TTC − acompte, or TTC.
  const deposits = of('acompte')
    .filter((candidate) => candidate.cents !== 0)
    .map((candidate) => ({ ...candidate, cents: Math.abs(candidate.cents) }));
  if (totals.ttc !== undefined) {
    const ttc = Math.abs(totals.ttc);
    const labelled = [...nets].sort((left, right) => right.lineNumber - left.lineNumber);
    const consistent = labelled.find(
      (net) => Math.abs(net.cents) === ttc || deposits.some((deposit) => ttc - Math.abs(deposit.cents) === Math.abs(net.cents)),
    );
    const plausible = labelled.find((net) => Math.abs(net.cents) > 0 && Math.abs(net.cents) <= ttc);
    const deposit = deposits.find((candidate) => candidate.cents < ttc);
    if (consistent) totals.net = consistent.cents;
    else if (plausible) totals.net = plausible.cents;
    else if (deposit) totals.net = ttc - deposit.cents;
    else totals.net = totals.ttc;
  }
  return totals;
}
