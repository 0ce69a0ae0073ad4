import type { ExtractedFields } from '../model/extracted.ts';
import type { MentionPresence, PdfMentions } from '../model/pdf-text.ts';
import { isValidSiren, isValidSiret } from '../model/siret.ts';
import { foldForCompare } from '../model/text.ts';

/**
 * The mentions of the 2026 reform that the visible text of an invoice can be searched for: the client's SIREN
 * (its SIRET will do) and the category of the operation. Conservative: a mention is `missing` only when nothing
 * near it is printed; when something is but the reader cannot tell, it is `unsure`.
 */
export function findMentions(lines: readonly string[], textFields: ExtractedFields): PdfMentions {
  const folded = lines.map((line) => foldForCompare(line).replace(/[\u2018\u2019\u02bc]/g, "'"));
  return { buyerId: buyerIdPresence(folded, textFields), operationCategory: categoryPresence(folded) };
}

// « SIREN client », « SIRET du client », « N° SIRET de l'acheteur », « Client SIREN », « Customer company ID »…
const BUYER_ID_LABEL =
  /\b(?:siren|siret)\s*(?:du |de l'|de la |de l )?(?:client|acheteur|destinataire|preneur)\b|\b(?:client|acheteur|destinataire|customer|buyer)\s*(?:n°\s*)?(?:siren|siret)\b|\b(?:customer|buyer)(?:'s)? (?:company|registration) (?:id|number)\b/;
const NINE_OR_FOURTEEN_DIGITS = /(?<!\d)\d{3}[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{5})?(?!\d)/g;

function buyerIdPresence(folded: readonly string[], textFields: ExtractedFields): MentionPresence {
  // The text reader placed a SIRET or SIREN in the buyer's block.
  if (textFields.buyerSiret || textFields.buyerSiren) return 'found';
  for (let index = 0; index < folded.length; index++) {
    if (!BUYER_ID_LABEL.test(folded[index]!)) continue;
    // The number follows its label on the same line or the next one.
    const near = `${folded[index]} ${folded[index + 1] ?? ''}`;
    if (companyIds(near).size > 0) return 'found';
    return 'unsure';
  }
  // Two companies identified on the page: one is the supplier, the other may well be the client.
  const supplier = (textFields.supplierSiret ?? textFields.supplierSiren)?.slice(0, 9);
  const others = [...companyIds(folded.join('\n'))].filter((siren) => siren !== supplier);
  if (others.length >= (supplier ? 1 : 2)) return 'unsure';
  return 'missing';
}

/** The SIRENs of the valid SIRETs and SIRENs printed in `text`. */
function companyIds(text: string): Set<string> {
  const sirens = new Set<string>();
  for (const match of text.matchAll(NINE_OR_FOURTEEN_DIGITS)) {
    const digits = match[0].replace(/\D/g, '');
    if ((digits.length === 14 && isValidSiret(digits)) || (digits.length === 9 && isValidSiren(digits))) sirens.add(digits.slice(0, 9));
  }
  return sirens;
}

const CATEGORY_WORDS = [
  /\blivraisons? de biens\b/,
  /\bprestations? de services?\b/,
  /\bbiens et (?:de )?(?:les )?services\b/,
  /\boperations? mixtes?\b/,
  /\b(?:supply|delivery|sale) of goods\b/,
  /\b(?:supply|provision) of services\b/,
  /\bgoods and services\b/,
];
// « Catégorie de l'opération », « Nature de l'opération », « Type d'opération », « Category of the operation ».
const CATEGORY_LABEL = /\b(?:categorie|nature|type) (?:de l'|de l |d'|d )?operations?\b|\bcategory of (?:the )?(?:operation|transaction|supply)\b/;
const CATEGORY_VALUE_AFTER_LABEL = /\s*:?\s*(?:biens|services?|prestations?|livraisons?|mixte|les deux|goods|both)\b/;

function categoryPresence(folded: readonly string[]): MentionPresence {
  let labelled = false;
  for (let index = 0; index < folded.length; index++) {
    const line = folded[index]!;
    if (CATEGORY_WORDS.some((words) => words.test(line))) return 'found';
    const label = CATEGORY_LABEL.exec(line);
    if (!label) continue;
    const after = `${line.slice(label.index + label[0].length)} ${folded[index + 1] ?? ''}`;
    if (new RegExp(`^${CATEGORY_VALUE_AFTER_LABEL.source}`).test(after)) return 'found';
    labelled = true;
  }
  return labelled ? 'unsure' : 'missing';
}
