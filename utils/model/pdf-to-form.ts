import { formatAmountForForm, parseAmountCents } from './amount.ts';
import { compareDates, formatDateForForm, parseDate } from './date.ts';
import { normalizeEngagement } from './engagement.ts';
import type { ExtractedFields } from './extracted.ts';
import type { FieldKey } from './fields.ts';
import { onlyDigits } from './siret.ts';
import { foldForCompare, normalizeSpaces } from './text.ts';

/** "EUR - Euro européen" → "EUR". */
export function currencyCode(value: string): string {
  return (/^[A-Za-z]{3}\b/.exec(normalizeSpaces(value))?.[0] ?? normalizeSpaces(value)).toUpperCase();
}

/**
 * How a value read from the PDF lands in the form: which field, how it is written there,
 * and when two writings mean the same thing.
 */
export interface PdfToForm {
  field: FieldKey;
  /** The PDF's value as the form expects it, or null when it cannot be written. */
  toForm(pdf: ExtractedFields): string | null;
  same(formValue: string, pdf: ExtractedFields): boolean;
}

const text = (key: 'invoiceNumber' | 'serviceCode' | 'marketNumber'): PdfToForm['same'] => (form, pdf) =>
  normalizeSpaces(form).toUpperCase() === normalizeSpaces(pdf[key] ?? '').toUpperCase();

const amount = (field: FieldKey, key: 'totalHT' | 'totalTVA' | 'totalTTC' | 'netAPayer'): PdfToForm => ({
  field,
  toForm: (pdf) => {
    const cents = parseAmountCents(pdf[key]);
    return cents === null ? null : formatAmountForForm(cents);
  },
  same: (form, pdf) => parseAmountCents(form) === parseAmountCents(pdf[key]),
});

export const PDF_TO_FORM: Partial<Record<keyof ExtractedFields, PdfToForm>> = {
  invoiceNumber: { field: 'invoiceNumber', toForm: (pdf) => pdf.invoiceNumber ?? null, same: text('invoiceNumber') },
  invoiceDate: {
    field: 'invoiceDate',
    toForm: (pdf) => {
      const date = parseDate(pdf.invoiceDate);
      return date ? formatDateForForm(date) : null;
    },
    same: (form, pdf) => {
      const [a, b] = [parseDate(form), parseDate(pdf.invoiceDate)];
      return a !== null && b !== null && compareDates(a, b) === 0;
    },
  },
  documentType: {
    field: 'documentType',
    toForm: (pdf) => (pdf.documentType === 'avoir' ? 'Avoir' : pdf.documentType === 'facture' ? 'Facture' : null),
    same: (form, pdf) => foldForCompare(form) === pdf.documentType,
  },
  currency: {
    field: 'currency',
    toForm: (pdf) => pdf.currency ?? null,
    same: (form, pdf) => currencyCode(form) === currencyCode(pdf.currency ?? ''),
  },
  engagementNumber: {
    field: 'engagementNumber',
    toForm: (pdf) => pdf.engagementNumber ?? null,
    same: (form, pdf) =>
      normalizeEngagement(form).value.toUpperCase() === normalizeEngagement(pdf.engagementNumber ?? '').value.toUpperCase(),
  },
  serviceCode: { field: 'serviceCode', toForm: (pdf) => pdf.serviceCode ?? null, same: text('serviceCode') },
  marketNumber: { field: 'marketNumber', toForm: (pdf) => pdf.marketNumber ?? null, same: text('marketNumber') },
  totalHT: amount('totalHT', 'totalHT'),
  totalTVA: amount('totalTVA', 'totalTVA'),
  totalTTC: amount('totalTTC', 'totalTTC'),
  netAPayer: amount('netAPayer', 'netAPayer'),
  buyerSiret: {
    field: 'recipientSiret',
    toForm: (pdf) => pdf.buyerSiret ?? null,
    same: (form, pdf) => onlyDigits(form) === pdf.buyerSiret,
  },
  buyerSiren: {
    field: 'recipientSiret',
    toForm: () => null,
    // A SIREN names the company; any of its establishments (SIRET) matches it.
    same: (form, pdf) => onlyDigits(form).slice(0, 9) === pdf.buyerSiren,
  },
};

