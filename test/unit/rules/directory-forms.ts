import { runChecks } from '../../../utils/rules/engine.ts';
import type { FieldKey } from '../../../utils/model/fields.ts';
import type { ExtractedFields } from '../../../utils/model/extracted.ts';
import type { DirectoryEntry } from '../../../utils/directory/entry.ts';
import type { Verdict } from '../../../utils/rules/types.ts';
import { readFixture } from '../../directory/read-fixture.ts';
import { TODAY } from './forms.ts';

/** The test directory (test/fixtures/directory/annuaire.xlsx), read once through the extension's reader. */
export const directory = await readFixture('annuaire.xlsx');

/** An entry form addressed to `siret`, everything else filled in as a supplier would. */
export function formFor(siret: string, changes: Partial<Record<FieldKey, string>> = {}): Partial<Record<FieldKey, string>> {
  return {
    billingFrame: "A1: Dépôt par un fournisseur d'une facture",
    recipientIsState: 'NON',
    recipientSiret: siret,
    serviceCode: '',
    invoiceNumber: 'FA-2026-114',
    invoiceDate: '20/11/2026',
    currency: 'EUR - Euro européen',
    documentType: 'Facture',
    engagementNumber: '',
    vatType: 'TVA sur les débits',
    paymentMode: 'Virement',
    totalHT: '100,00',
    totalTVA: '20,00',
    totalTTC: '120,00',
    netAPayer: '120,00',
    ...changes,
  };
}

export interface DirectoryCheckOptions {
  /** The entry handed to the checks; by default the directory's entry of the form's SIRET. */
  entry?: DirectoryEntry | null;
  pdf?: ExtractedFields;
  locale?: 'fr' | 'en';
}

export function checkWithDirectory(fields: Partial<Record<FieldKey, string>>, options: DirectoryCheckOptions = {}) {
  const entry = options.entry === undefined ? directory.entry(fields.recipientSiret ?? '') : (options.entry ?? undefined);
  return runChecks({ snapshot: { page: 'saisie', fields }, directory: entry, pdf: options.pdf, today: TODAY, locale: options.locale });
}

export function directoryVerdicts(rule: string, fields: Partial<Record<FieldKey, string>>, options?: DirectoryCheckOptions): Verdict[] {
  return checkWithDirectory(fields, options).verdicts.filter((verdict) => verdict.rule === rule);
}
