import { formatAmountDecimal } from '../../model/amount.ts';
import type { ExtractedFields } from '../../model/extracted.ts';
import type { Line } from '../lines.ts';
import { amountCandidates, chooseTotals } from './amounts.ts';
import { findIban } from './bank.ts';
import { findInvoiceDate } from './dates.ts';
import { findEngagement, findInvoiceNumber, findMarketNumber, findServiceCode } from './identifiers.ts';
import { findCurrency, isVatExempt, looksLikeCreditNote, looksLikeInvoice, titledInvoice } from './kind.ts';
import { findParties } from './parties.ts';

/** Every field the visible text gives, each only when found with confidence. */
export function findFieldsInText(lines: Line[]): ExtractedFields {
  const fields: ExtractedFields = {};
  const invoiceNumber = findInvoiceNumber(lines);
  if (invoiceNumber) fields.invoiceNumber = invoiceNumber;
  const date = findInvoiceDate(lines, invoiceNumber);
  if (date) fields.invoiceDate = date;

  const totals = chooseTotals(amountCandidates(lines), isVatExempt(lines));
  // Negative totals make a credit note, unless the document calls itself an invoice (then they stay as printed).
  const negative = (totals.ttc ?? totals.ht ?? 0) < 0;
  const avoir = looksLikeCreditNote(lines) || (negative && !titledInvoice(lines));
  if (avoir) fields.documentType = 'avoir';
  else if (looksLikeInvoice(lines)) fields.documentType = 'facture';
  const write = (key: 'totalHT' | 'totalTVA' | 'totalTTC' | 'netAPayer', cents: number | undefined) => {
    if (cents === undefined) return;
    fields[key] = formatAmountDecimal(avoir ? Math.abs(cents) : cents);
  };
  write('totalHT', totals.ht);
  write('totalTVA', totals.tva);
  write('totalTTC', totals.ttc);
  write('netAPayer', totals.net);

  const currency = findCurrency(lines);
  if (currency) fields.currency = currency;
  Object.assign(fields, findParties(lines));
  const iban = findIban(lines);
  if (iban) fields.iban = iban;
  const engagement = findEngagement(lines);
  if (engagement) fields.engagementNumber = engagement;
  const service = findServiceCode(lines);
  if (service) fields.serviceCode = service;
  const market = findMarketNumber(lines);
  if (market) fields.marketNumber = market;
  return fields;
}
