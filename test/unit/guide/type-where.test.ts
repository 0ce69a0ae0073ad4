import { beforeEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import { formFieldsFromPdf, runPdfCheck } from '../../../utils/guide/pdf-check.ts';
import { buildTypeWhere, typeWhereAsText } from '../../../utils/guide/type-where.ts';

const today = { year: 2026, month: 11, day: 27 };
const PDF = {
  buyerSiret: '21420218600018',
  invoiceNumber: 'FA-2026-0042',
  invoiceDate: '2026-10-15',
  documentType: 'facture' as const,
  currency: 'EUR',
  engagementNumber: 'EJ2401234',
  serviceCode: 'COMPTA',
  totalHT: '1000.00',
  totalTVA: '200.00',
  totalTTC: '1200.00',
  netAPayer: '1200.00',
};

describe('what to type where', () => {
  beforeEach(() => useLocaleFile(fr, 'fr'));

  it('writes the PDF values as the portal expects them', () => {
    const fields = formFieldsFromPdf(PDF);
    expect(fields.invoiceDate).toBe('15/10/2026');
    expect(fields.totalHT).toBe('1000,00');
    expect(fields.recipientSiret).toBe('21420218600018');
    expect(fields.documentType).toBe('Facture');
  });

  it('keeps the key fields present when the PDF lacks them, so that their absence is said', () => {
    const { result } = runPdfCheck({ invoiceNumber: 'X1' }, { today });
    expect(result.profile).toBe('saint-etienne');
    expect(result.verdicts.map((v) => v.rule)).toContain('se/engagement-required');
  });

  it('gives block › label › value in the portal words, with the fixes applied and the city constants', () => {
    const check = runPdfCheck(PDF, { today });
    const rows = buildTypeWhere(check.fields, check.result);
    const row = (field: string) => rows.find((candidate) => candidate.field === field);
    expect(row('engagementNumber')).toMatchObject({ block: 'RÉFÉRENCES', label: "N° d'engagement", value: '2401234' });
    expect(row('serviceCode')).toMatchObject({ block: 'DESTINATAIRE DE LA FACTURE', value: '' });
    expect(row('recipientSiret')?.value).toBe('21420218600018');
    expect(row('recipientIsState')?.value).toBe('NON');
    expect(row('billingFrame')?.value).toBe("A1: Dépôt par un fournisseur d'une facture");
    expect(row('depositFormat')?.value).toBe('PDF non signé');
    // « Structure » may ask for the supplier's own structure: the row says what to choose then.
    expect(row('depositStructure')).toMatchObject({ value: '21420218600018', note: expect.stringMatching(/votre propre structure, choisissez-la : la Ville se choisit ensuite/) });
    expect(row('invoiceDate')?.value).toBe('15/10/2026');
    expect(row('netAPayer')).toMatchObject({ block: 'MONTANTS TOTAUX', label: 'Net à payer', value: '1200,00' });
    // Deposit window first, then the form's blocks in page order.
    expect(rows[0]?.field).toBe('depositFormat');
    expect(rows.findIndex((r) => r.field === 'recipientSiret')).toBeLessThan(rows.findIndex((r) => r.field === 'totalHT'));
  });

  it('an engagement that cannot be fixed keeps its value and says why', () => {
    const check = runPdfCheck({ ...PDF, engagementNumber: '12345' }, { today });
    const row = buildTypeWhere(check.fields, check.result).find((candidate) => candidate.field === 'engagementNumber');
    expect(row?.value).toBe('12345');
    expect(row?.severity).toBe('error');
    expect(row?.note).toMatch(/7 chiffres/);
  });

  it('makes a plain text for an e-mail', () => {
    const check = runPdfCheck(PDF, { today });
    const text = typeWhereAsText(buildTypeWhere(check.fields, check.result));
    expect(text).toContain('RÉFÉRENCES');
    expect(text).toContain("  N° d'engagement : 2401234");
    expect(text).toContain('  Code service : (vide)  (laisser vide)');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('marks the values from a PDF value the reader is unsure of « à vérifier sur la facture », in the table and its text', () => {
    const check = runPdfCheck(PDF, { today, unsure: ['totalTTC', 'engagementNumber', 'buyerSiret'] });
    // The city's own SIRET is a constant of its profile: nothing to check on the invoice there.
    expect(check.unsure.sort()).toEqual(['engagementNumber', 'recipientSiret', 'totalTTC']);
    const rows = buildTypeWhere(check.fields, check.result, undefined, check.unsure);
    const row = (field: string) => rows.find((candidate) => candidate.field === field)!;
    expect(row('totalTTC')).toMatchObject({ value: '1200,00', unsure: true });
    // Fixed into the city's format, the number is still the unsure reading.
    expect(row('engagementNumber')).toMatchObject({ value: '2401234', unsure: true });
    expect(row('recipientSiret').unsure).toBeUndefined();
    expect(row('totalHT').unsure).toBeUndefined();
    const text = typeWhereAsText(rows);
    expect(text).toContain('  Montant TTC après remise : 1200,00 (à vérifier sur la facture)');
    expect(text).toContain('  Montant HT : 1000,00\n');
  });

  it('in English, the portal words stay (they are what the screen shows) with a translation', () => {
    useLocaleFile(en, 'en');
    const check = runPdfCheck(PDF, { today, locale: 'en' });
    const row = buildTypeWhere(check.fields, check.result).find((candidate) => candidate.field === 'totalHT');
    expect(row?.label).toBe('Montant HT (Amount excl. VAT)');
  });
});
