import type { MessageKey } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import { foldForCompare } from '../model/text.ts';

/**
 * The city's published procedure for depositing an invoice on Chorus Pro, as data: sections of steps
 * the support desk ticks while a supplier is on the phone. The words live in the locale files so that the
 * English page is complete; the order and grouping live here.
 */
export interface ProcedureStep {
  id: string;
  title: MessageKey;
  detail: MessageKey;
  /** A Saint-Étienne specific the staff must say plainly (shown highlighted). */
  citySpecific?: boolean;
}

export interface ProcedureSection {
  id: string;
  title: MessageKey;
  steps: readonly ProcedureStep[];
}

export const PROCEDURE: readonly ProcedureSection[] = [
  {
    id: 'signup',
    title: 'guide_section_signup',
    steps: [
      { id: 'signup-site', title: 'guide_step_signup_site_title', detail: 'guide_step_signup_site_detail' },
      { id: 'signup-form', title: 'guide_step_signup_form_title', detail: 'guide_step_signup_form_detail' },
    ],
  },
  {
    id: 'where',
    title: 'guide_section_where',
    steps: [
      { id: 'where-tab', title: 'guide_step_where_tab_title', detail: 'guide_step_where_tab_detail' },
      { id: 'where-not-works', title: 'guide_step_where_not_works_title', detail: 'guide_step_where_not_works_detail', citySpecific: true },
      { id: 'where-choice', title: 'guide_step_where_choice_title', detail: 'guide_step_where_choice_detail' },
    ],
  },
  {
    id: 'deposit',
    title: 'guide_section_deposit',
    steps: [
      { id: 'deposit-file', title: 'guide_step_deposit_file_title', detail: 'guide_step_deposit_file_detail' },
      { id: 'deposit-format', title: 'guide_step_deposit_format_title', detail: 'guide_step_deposit_format_detail', citySpecific: true },
      { id: 'deposit-frame', title: 'guide_step_deposit_frame_title', detail: 'guide_step_deposit_frame_detail', citySpecific: true },
      { id: 'deposit-structure', title: 'guide_step_deposit_structure_title', detail: 'guide_step_deposit_structure_detail', citySpecific: true },
    ],
  },
  {
    id: 'form',
    title: 'guide_section_form',
    steps: [
      { id: 'form-supplier', title: 'guide_step_form_supplier_title', detail: 'guide_step_form_supplier_detail' },
      { id: 'form-frame', title: 'guide_step_form_frame_title', detail: 'guide_step_form_frame_detail', citySpecific: true },
      { id: 'form-recipient', title: 'guide_step_form_recipient_title', detail: 'guide_step_form_recipient_detail', citySpecific: true },
      { id: 'form-service-code', title: 'guide_step_form_service_code_title', detail: 'guide_step_form_service_code_detail', citySpecific: true },
      { id: 'form-references', title: 'guide_step_form_references_title', detail: 'guide_step_form_references_detail' },
      { id: 'form-engagement', title: 'guide_step_form_engagement_title', detail: 'guide_step_form_engagement_detail', citySpecific: true },
      { id: 'form-amounts', title: 'guide_step_form_amounts_title', detail: 'guide_step_form_amounts_detail' },
      { id: 'form-attachments', title: 'guide_step_form_attachments_title', detail: 'guide_step_form_attachments_detail' },
    ],
  },
  {
    id: 'send',
    title: 'guide_section_send',
    steps: [
      { id: 'send-validate', title: 'guide_step_send_validate_title', detail: 'guide_step_send_validate_detail' },
      { id: 'send-receipt', title: 'guide_step_send_receipt_title', detail: 'guide_step_send_receipt_detail' },
    ],
  },
];

export const ALL_STEP_IDS: readonly string[] = PROCEDURE.flatMap((section) => section.steps.map((step) => step.id));

/**
 * Steps matching what the staff typed: every word must appear in the step's title, its detail or its
 * section's title, accents and case ignored ("cheque" finds "chèque"). An empty query keeps everything.
 */
export function filterProcedure(query: string, sections: readonly ProcedureSection[] = PROCEDURE): ProcedureSection[] {
  const words = foldForCompare(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections
    .map((section) => ({
      ...section,
      steps: section.steps.filter((step) => {
        const haystack = foldForCompare([t(section.title), t(step.title), t(step.detail)].join(' '));
        return words.every((word) => haystack.includes(word));
      }),
    }))
    .filter((section) => section.steps.length > 0);
}

/** The procedure as plain text (for an e-mail, or to read out), with ticks when a set of done steps is given. */
export function procedureAsText(done: ReadonlySet<string> = new Set()): string {
  return PROCEDURE.map((section, index) =>
    [`${index + 1}. ${t(section.title)}`, ...section.steps.map((step) => `  [${done.has(step.id) ? 'x' : ' '}] ${t(step.title)} — ${t(step.detail)}`)].join('\n'),
  ).join('\n\n');
}
