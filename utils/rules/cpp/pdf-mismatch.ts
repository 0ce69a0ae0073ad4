import type { FieldKey } from '../../model/fields.ts';
import type { ExtractedFields } from '../../model/extracted.ts';
import { PDF_TO_FORM } from '../../model/pdf-to-form.ts';
import { isBlank, normalizeSpaces } from '../../model/text.ts';
import type { Rule, RuleFinding } from '../types.ts';

export interface PdfMismatchParams {
  /** Fields the profile does not want copied from the PDF (e.g. a code service the recipient forbids). */
  ignore?: FieldKey[];
}

export const pdfMismatch: Rule<PdfMismatchParams> = {
  id: 'cpp/pdf-mismatch',
  fields: [...new Set(Object.values(PDF_TO_FORM).map((mapping) => mapping.field))],
  pages: ['saisie'],
  severity: 'warning',
  check({ fields, pdf, pdfUnsure, params, label, say }) {
    if (!pdf) return [];
    const ignored = new Set(params.ignore ?? []);
    const seen = new Set<FieldKey>();
    return (Object.keys(PDF_TO_FORM) as (keyof ExtractedFields)[]).flatMap((key): RuleFinding[] => {
      const mapping = PDF_TO_FORM[key]!;
      const formValue = fields[mapping.field];
      if (pdf[key] === undefined || formValue === undefined || isBlank(formValue)) return [];
      if (ignored.has(mapping.field) || seen.has(mapping.field)) return [];
      if (key === 'buyerSiren' && pdf.buyerSiret !== undefined) return [];
      if (mapping.same(formValue, pdf)) return [];
      seen.add(mapping.field);
      const pdfValue = mapping.toForm(pdf);
      if (pdfUnsure.has(key)) {
        // The reader is not sure of its own value: a hint to look, never a fix.
        return [
          {
            field: mapping.field,
            severity: 'info',
            message: say({
              fr: "« {label} » : le formulaire indique « {form} » ; la facture PDF semble indiquer « {pdf} », mais cette lecture est incertaine. Vérifiez sur la facture.",
              en: '"{label}": the form says "{form}"; the PDF invoice seems to say "{pdf}", but this reading is uncertain. Check it on the invoice.',
            }, { label: label(mapping.field), form: normalizeSpaces(formValue), pdf: pdfValue ?? pdf[key] ?? '' }),
          },
        ];
      }
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
