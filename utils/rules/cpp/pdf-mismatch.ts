import { formatAmountForForm, parseAmountCents } from '../../model/amount.ts';
import { compareDates, formatDateForForm, parseDate } from '../../model/date.ts';
import { normalizeEngagement } from '../../model/engagement.ts';
import type { ExtractedFields } from '../../model/extracted.ts';
import type { FieldKey } from '../../model/fields.ts';
import { onlyDigits } from '../../model/siret.ts';
import { foldForCompare, isBlank, normalizeSpaces } from '../../model/text.ts';
import type { Rule } from '../types.ts';
import { currencyCode } from './currency.ts';

/**
 * How a value read from the PDF lands in the form: which field, how it is written there,
 * and when two writings mean the same thing.
 */
interface PdfToForm {
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

export interface PdfMismatchParams {
  /** Fields the profile does not want copied from the PDF (e.g. a code service the recipient forbids). */
  ignore?: FieldKey[];
}

export const pdfMismatch: Rule<PdfMismatchParams> = {
  id: 'cpp/pdf-mismatch',
  fields: [...new Set(Object.values(PDF_TO_FORM).map((mapping) => mapping.field))],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, pdf, params, label, say }) {
    if (!pdf) return [];
    const ignored = new Set(params.ignore ?? []);
    const seen = new Set<FieldKey>();
    return (Object.keys(PDF_TO_FORM) as (keyof ExtractedFields)[]).flatMap((key) => {
      const mapping = PDF_TO_FORM[key]!;
      const formValue = fields[mapping.field];
      if (pdf[key] === undefined || formValue === undefined || isBlank(formValue)) return [];
      if (ignored.has(mapping.field) || seen.has(mapping.field)) return [];
      if (key === 'buyerSiren' && pdf.buyerSiret !== undefined) return [];
      if (mapping.same(formValue, pdf)) return [];
      seen.add(mapping.field);
      const pdfValue = mapping.toForm(pdf);
      return [
        {
          field: mapping.field,
          message: say({
            fr: "« {label} » : le formulaire indique « {form} », mais la facture PDF indique « {pdf} ». La reconnaissance automatique de Chorus Pro a pu mal lire ce champ : vérifiez-le.",
            en: '"{label}": the form says "{form}" but the PDF invoice says "{pdf}". Chorus Pro\'s automatic recognition may have misread this field: check it.',
          }, { label: label(mapping.field), form: normalizeSpaces(formValue), pdf: pdfValue ?? pdf[key] ?? '' }),
          ...(pdfValue !== null ? { fix: { value: pdfValue } } : {}),
        },
      ];
    });
  },
};
