import type { Rule } from '../types.ts';
import { isEmptyChoice } from './required.ts';
import { vatRegime } from './vat-type.ts';

export const vatExemptionReason: Rule = {
  id: 'cpp/vat-exemption-reason',
  fields: ['vatExemptionReason', 'vatType'],
  pages: ['saisie'],
  severity: 'error',
  check({ fields, label, say }) {
    // The page shows the reason only with « Exonération »: an absent key is a field not shown.
    if (!('vatExemptionReason' in fields) || !isEmptyChoice(fields.vatExemptionReason)) return [];
    if (vatRegime(fields.vatType ?? '') !== 'exoneration') return [];
    return [
      {
        field: 'vatExemptionReason',
        message: say(
          {
            fr: "Le Type de TVA est « Exonération » : indiquez le « {label} », celui qui figure sur la facture (par exemple « TVA non applicable, art. 293 B du CGI » ou l'article du CGI qui exonère l'opération).",
            en: 'The VAT type is « Exonération » (exempt): give the « {label} » (exemption reason) printed on the invoice (for example « TVA non applicable, art. 293 B du CGI » or the article of the tax code that exempts the operation).',
          },
          { label: label('vatExemptionReason') },
        ),
      },
    ];
  },
};
