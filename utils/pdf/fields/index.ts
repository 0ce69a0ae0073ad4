import { formatAmountDecimal } from '../../model/amount.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../../model/extracted.ts';
import type { Line } from '../lines.ts';
import { amountFacts, chooseTotals, type TotalKey } from './amounts.ts';
import { findIban } from './bank.ts';
import { findInvoiceDate } from './dates.ts';
import type { Found } from './found.ts';
import { findEngagement, findInvoiceNumber, findMarketNumber, findServiceCode } from './identifiers.ts';
import { findCurrency, isVatExempt, looksLikeCreditNote, looksLikeInvoice, titledInvoice } from './kind.ts';
import { findParties } from './parties.ts';
import { crossCheckEngagement } from './witnesses.ts';

export interface TextReading {
  fields: ExtractedFields;
  /** Keys of the values given without corroboration (contract: `unsure`). */
  unsure: ExtractedFieldKey[];
  /** What supports each value, for debugging. */
  evidence: Partial<Record<ExtractedFieldKey, string>>;
}

const TOTAL_FIELDS: Record<TotalKey, 'totalHT' | 'totalTVA' | 'totalTTC' | 'netAPayer'> = { ht: 'totalHT', tva: 'totalTVA', ttc: 'totalTTC', net: 'netAPayer' };

/** Every field the visible text gives, each with whether the reader stands behind it. */
export function readTextFields(lines: Line[]): TextReading {
  const fields: ExtractedFields = {};
  const unsure: ExtractedFieldKey[] = [];
  const evidence: Partial<Record<ExtractedFieldKey, string>> = {};
  const put = (key: Exclude<ExtractedFieldKey, 'documentType'>, value: Found | null) => {
    if (!value) return;
    fields[key] = value.value;
    evidence[key] = value.evidence;
    if (!value.sure) unsure.push(key);
  };

  const creditNoteTitle = looksLikeCreditNote(lines);
  const invoiceNumber = findInvoiceNumber(lines, creditNoteTitle);
  put('invoiceNumber', invoiceNumber);
  put('invoiceDate', findInvoiceDate(lines, invoiceNumber));

  const facts = amountFacts(lines);
  const vatExempt = isVatExempt(lines) && !facts.candidates.some((candidate) => candidate.kind === 'tva' && candidate.cents !== 0 && candidate.place !== 'column');
  const totals = chooseTotals(facts, vatExempt);
  // Negative totals make a credit note, unless the document calls itself an invoice (then they stay as printed).
  const negative = (totals.ttc ?? totals.ht ?? 0) < 0;
  const avoir = creditNoteTitle || (negative && !titledInvoice(lines));
  if (avoir) fields.documentType = 'avoir';
  else if (looksLikeInvoice(lines)) fields.documentType = 'facture';
  for (const key of ['ht', 'tva', 'ttc', 'net'] as const) {
    const cents = totals[key];
    if (cents === undefined) continue;
    const field = TOTAL_FIELDS[key];
    fields[field] = formatAmountDecimal(avoir ? Math.abs(cents) : cents);
    const sure = totals.sure?.includes(key) ?? false;
    evidence[field] = sure ? 'totals that add up' : 'a total nothing confirms';
    if (!sure) unsure.push(field);
  }

  const currency = findCurrency(lines);
  if (currency) fields.currency = currency;
  const parties = findParties(lines);
  put('supplierSiret', parties.supplierSiret ?? null);
  put('buyerSiret', parties.buyerSiret ?? null);
  put('supplierSiren', parties.supplierSiren ?? null);
  put('buyerSiren', parties.buyerSiren ?? null);
  put('iban', findIban(lines));
  put('engagementNumber', crossCheckEngagement(lines, findEngagement(lines), fields.invoiceNumber));
  put('serviceCode', findServiceCode(lines));
  put('marketNumber', findMarketNumber(lines));
  return { fields, unsure, evidence };
}

/** Every field the visible text gives (sure or not: see readTextFields for which). */
export function findFieldsInText(lines: Line[]): ExtractedFields {
  return readTextFields(lines).fields;
}
