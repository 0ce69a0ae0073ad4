/**
 * For every registered check, at least one input that makes it speak: the registry-wide tests (fields, docs) run
 * them all. A new check without a case here fails those tests, on purpose.
 */
import { RULES } from '../../../utils/rules/registry.ts';
import { runChecks } from '../../../utils/rules/engine.ts';
import { historyFromList } from '../../../utils/rules/history.ts';
import { SAINT_ETIENNE_PROFILE, type Profile } from '../../../utils/rules/profiles.ts';
import type { CheckInput, Verdict } from '../../../utils/rules/types.ts';
import { GOOD_SE_FORM, TODAY } from './forms.ts';
import { GOOD_SE_FACTURX, SE_DEPOSIT_WINDOW, facturx } from './facturx-helpers.ts';
import { HOSPITAL, INACTIVE, LEADING_ZERO, NOT_IN_DIRECTORY } from '../../directory/fixture-data.ts';
import { directory, formFor } from './directory-forms.ts';

type Case = Omit<CheckInput, 'snapshot' | 'today'> & { page?: CheckInput['snapshot']['page']; fields?: CheckInput['snapshot']['fields']; depositFile?: CheckInput['snapshot']['depositFile'] };

const form = (changes: Case['fields']): Case => ({ fields: { ...GOOD_SE_FORM, ...changes } });
/** An entry form to `siret`, with its entry of the test directory (test/fixtures/directory/annuaire.xlsx). */
const inDirectory = (siret: string, changes: Case['fields'] = {}): Case => ({ fields: formFor(siret, changes), directory: directory.entry(siret) ?? undefined });
const depot = (changes: Case['fields'], extra: Omit<Case, 'fields' | 'page'> = {}): Case => ({ page: 'depot', fields: { ...SE_DEPOSIT_WINDOW, ...changes }, ...extra });

export const FIRING_CASES: Record<string, Case[]> = {
  'cpp/required': [form({ invoiceNumber: '' }), depot({ depositStructure: '' })],
  'cpp/invoice-number-length': [form({ invoiceNumber: 'F'.repeat(25) })],
  'cpp/invoice-number-duplicate': [{ ...form({}), history: historyFromList([{ invoiceNumber: GOOD_SE_FORM.invoiceNumber!, recipientSiret: GOOD_SE_FORM.recipientSiret! }]) }],
  'cpp/invoice-date': [form({ invoiceDate: '31/02/2026' })],
  'cpp/siret': [form({ recipientSiret: '123' }), { page: 'connexion', fields: { registrationEmail: 'a@b.fr', registrationSiret: '12345678901234' } }],
  'cpp/amount-format': [form({ totalHT: 'abc' })],
  'cpp/amount-consistency': [form({ totalTTCBeforeDiscount: '1 300,00' }), form({ netAPayer: '9 999,00' })],
  'cpp/vat-type': [form({ vatType: 'Sans TVA' })],
  'cpp/reference-length': [form({ marketNumber: 'M'.repeat(60) })],
  'cpp/currency': [form({ currency: 'USD - Dollar' })],
  'cpp/pdf-mismatch': [{ ...form({}), pdf: { totalHT: '999.00' } }],
  'cpp/deposit-file': [depot({ depositFile: 'facture.docx' }), depot({}, { depositFile: { name: SE_DEPOSIT_WINDOW.depositFile!, hasTextLayer: false } })],
  'cpp/facturx-deposit': [depot({}, { facturx: GOOD_SE_FACTURX }), { ...form({}), facturx: GOOD_SE_FACTURX }],
  'cpp/facturx-payment-means': [depot({}, { facturx: facturx({ paymentMeansCode: null }) })],
  'cpp/facturx-recipient': [depot({}, { facturx: facturx({ buyerSiret: '11000201100044' }) })],
  'cpp/facturx-text': [depot({}, { facturx: facturx({ disagreements: ['totalTTC'] }) })],
  'cpp/invoice-number-date': [form({ invoiceNumber: '20260305' })],
  'cpp/invoice-number-on-pdf': [{ ...form({}), pdfText: 'FACTUREN°F-1' }],
  'cpp/frame-paid-net': [form({ billingFrame: 'A2: facture déjà payée' })],
  'cpp/payment-bank': [form({ supplierBank: '' })],
  'cpp/vat-exemption-reason': [form({ vatType: 'Exonération', totalTVA: '0,00', vatExemptionReason: '' })],
  'cpp/attachment': [{ ...form({}), attachments: [{ name: `${'x'.repeat(60)}.exe`, sizeBytes: 0 }] }],
  'cpp/mentions-2026': [{ ...form({}), pdfMentions: { buyerId: 'missing', operationCategory: 'unsure' } }, depot({}, { pdfMentions: { buyerId: 'missing', operationCategory: 'found' } })],
  'cpp/directory-unknown': [inDirectory(NOT_IN_DIRECTORY)],
  'cpp/recipient-inactive': [inDirectory(INACTIVE)],
  'cpp/engagement-required': [inDirectory(LEADING_ZERO)],
  'cpp/service-required': [inDirectory(HOSPITAL)],
  'cpp/service-unknown': [inDirectory(HOSPITAL, { serviceCode: 'URGENSES' })],
  'se/engagement-required': [form({ engagementNumber: '' })],
  'se/engagement-format': [form({ engagementNumber: '24 01 234' })],
  'se/service-code': [form({ serviceCode: 'ABC' })],
  'se/service-code-optional': [form({ serviceCode: 'FACTURES_PUBLIQUES' })],
  'se/recipient-not-state': [form({ recipientIsState: 'OUI' })],
  'se/billing-frame': [form({ billingFrame: 'A9: sous-traitant' }), depot({ depositFrame: 'A9' })],
  'se/deposit-format': [depot({ depositFormat: 'PDF signé' })],
  'se/works-space': [{ page: 'travaux', fields: {} }],
  'se/recipient-hint': [form({ recipientSiret: '' }), depot({ depositStructure: '' })],
  'se/facturx-engagement': [depot({}, { facturx: facturx({ buyerOrderReference: null }) })],
  'se/facturx-service': [depot({}, { facturx: facturx({ buyerReference: 'SERVEXEC' }) })],
};

/** Every registered check, with the Ville's parameters, in one profile: each case is checked by all of them. */
const ALL_RULES: Profile = {
  id: 'chorus-pro',
  name: 'every check',
  recipientSirets: SAINT_ETIENNE_PROFILE.recipientSirets,
  params: SAINT_ETIENNE_PROFILE.params,
  rules: Object.fromEntries([...RULES.keys()].map((id) => [id, {}])),
};

/** The verdicts of every case, each check's own (its id) and the others'. */
export function verdictsOfCase(testCase: Case): Verdict[] {
  const { page = 'saisie', fields = {}, depositFile, ...rest } = testCase;
  return runChecks({ snapshot: { page, fields, depositFile }, today: TODAY, ...rest }, [ALL_RULES]).verdicts;
}
