import { expect } from 'vitest';
import { runChecks, type CheckResult } from '../../../utils/rules/engine.ts';
import { RULES } from '../../../utils/rules/registry.ts';
import { historyFromList } from '../../../utils/rules/history.ts';
import type { FieldKey, PageKind } from '../../../utils/model/fields.ts';
import type { ExtractedFields } from '../../../utils/model/extracted.ts';
import type { BeyondFormInputs, CheckInput, DepositFileInfo, PastSending, Verdict } from '../../../utils/rules/types.ts';

export const TODAY = { year: 2026, month: 11, day: 27 };

/** A complete entry form for the Ville de Saint-Étienne that the portal and the city accept. */
export const GOOD_SE_FORM: Partial<Record<FieldKey, string>> = {
  supplierDesignation: 'MENUISERIE DUPONT',
  supplierService: '',
  supplierBank: 'FR76 3000 4000 0312 3456 7890 143 - Compte principal',
  billingFrame: "A1: Dépôt par un fournisseur d'une facture",
  recipientIsState: 'NON',
  recipientSiret: '21420218600018',
  recipientName: 'VILLE DE SAINT ETIENNE',
  serviceCode: '',
  serviceName: '',
  invoiceNumber: '86205',
  invoiceDate: '03/06/2019',
  depositFormatRef: 'DEPOT_PDF_PORTAIL',
  currency: 'EUR - Euro européen',
  documentType: 'Facture',
  engagementNumber: '2401234',
  marketNumber: '',
  vatType: 'TVA sur les encaissements',
  paymentMode: 'Virement',
  totalHT: '1 000,00',
  totalTVA: '200,00',
  totalTTCBeforeDiscount: '1 200,00',
  globalDiscountTTC: '',
  totalTTC: '1 200,00',
  netAPayer: '1 200,00',
};

/** Another public body, with a valid SIRET: only the Chorus Pro rules apply. */
export const OTHER_SIRET = '11000201100044';

export interface CheckOptions {
  page?: PageKind;
  pdf?: ExtractedFields;
  pdfUnsure?: CheckInput['pdfUnsure'];
  history?: PastSending[];
  depositFile?: DepositFileInfo;
  starred?: FieldKey[];
  locale?: CheckInput['locale'];
  /** Factur-X facts, PDF text, 2026 mentions, attachments. */
  beyond?: BeyondFormInputs;
  today?: CheckInput['today'];
}

/** Every verdict names a field its rule declares (`Rule.fields`): what a rule says it looks at, it speaks about. */
export function expectDeclaredFields(result: CheckResult): void {
  for (const verdict of result.verdicts) {
    expect(RULES.get(verdict.rule)?.fields ?? [], `${verdict.rule} speaks of ${verdict.field}, which it does not declare`).toContain(verdict.field);
  }
}

export function check(fields: Partial<Record<FieldKey, string>>, options: CheckOptions = {}): CheckResult {
  const result = runChecks({
    snapshot: { page: options.page ?? 'saisie', fields, depositFile: options.depositFile, starred: options.starred },
    pdf: options.pdf,
    pdfUnsure: options.pdfUnsure,
    history: options.history ? historyFromList(options.history) : undefined,
    today: options.today ?? TODAY,
    locale: options.locale,
    ...options.beyond,
  });
  expectDeclaredFields(result);
  return result;
}

export function seForm(changes: Partial<Record<FieldKey, string>>): Partial<Record<FieldKey, string>> {
  return { ...GOOD_SE_FORM, ...changes };
}

export function verdictsOf(rule: string, fields: Partial<Record<FieldKey, string>>, options?: CheckOptions): Verdict[] {
  return check(fields, options).verdicts.filter((verdict) => verdict.rule === rule);
}
