import type { ExtractedFields } from '../model/extracted.ts';
import type { FacturxFacts } from '../model/facturx-facts.ts';
import { compactPdfText, type PdfMentions } from '../model/pdf-text.ts';
import { findDisagreements } from './disagreements.ts';
import type { FacturxXmlFacts } from './facturx.ts';
import { findMentions } from './mentions.ts';

/**
 * What a read PDF tells the checks beyond its fields (issue 12: what Chorus Pro rejects later). Each part is absent
 * when it could not be known, and the checks that need it then stay silent.
 */
export interface PdfFindings {
  /** The embedded Factur-X XML's facts, with where the visible text disagrees (source `facturx` only). */
  facturx?: FacturxFacts;
  /** The visible text, compacted for search (see compactPdfText); absent when the pages had no readable text. */
  pdfText?: string;
  /** The 2026 mentions found in the visible text; absent when the pages had no readable text. */
  pdfMentions?: PdfMentions;
}

/**
 * `xmlFacts`: what the XML says (null without XML); `textFields`: the fields read from the visible text alone;
 * `lines`: the visible lines, or null when there was too little text to read.
 */
export function pdfFindings(xmlFacts: FacturxXmlFacts | null, xmlFields: ExtractedFields | null, textFields: ExtractedFields, lines: readonly string[] | null): PdfFindings {
  const findings: PdfFindings = {};
  if (xmlFacts && xmlFields) {
    const differences = lines ? findDisagreements(xmlFields, textFields, lines) : [];
    findings.facturx = { ...xmlFacts, disagreements: differences.map((difference) => difference.field), differences };
  }
  if (lines) {
    findings.pdfText = compactPdfText(lines);
    findings.pdfMentions = findMentions(lines, textFields);
  }
  return findings;
}
