import { describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import { historyFromList } from '../../../utils/rules/history.ts';
import { applyQuickCheckFix, EMPTY_QUICK_CHECK, isUntouched, quickCheckAsText, runQuickCheck } from '../../../utils/guide/quick-check.ts';

const today = { year: 2026, month: 11, day: 27 };

describe('quick check', () => {
  it('applies the Saint-Étienne profile before any SIRET is typed', () => {
    const result = runQuickCheck({ ...EMPTY_QUICK_CHECK, engagementNumber: 'EJ 240 1234' }, { today });
    expect(result.profile).toBe('saint-etienne');
    const verdict = result.verdicts.find((v) => v.rule === 'se/engagement-format');
    expect(verdict?.fix?.value).toBe('2401234');
  });

  it('says the service code must stay empty, with a fix that empties it', () => {
    const result = runQuickCheck({ ...EMPTY_QUICK_CHECK, recipientSiret: '21420218600018', serviceCode: 'SERVICE_X' }, { today });
    const verdict = result.verdicts.find((v) => v.rule === 'se/service-code');
    expect(verdict?.severity).toBe('error');
    expect(verdict?.fix?.value).toBe('');
  });

  it('gives the same verdicts as the engine on the portal: amounts, date, SIRET', () => {
    const result = runQuickCheck(
      { ...EMPTY_QUICK_CHECK, recipientSiret: '21420218600019', invoiceDate: '31/02/2026', totalHT: '100,00', totalTVA: '20,00', totalTTC: '121,00', netAPayer: '121,00' },
      { today },
    );
    const rules = result.verdicts.map((v) => v.rule);
    expect(rules).toContain('cpp/siret');
    expect(rules).toContain('cpp/invoice-date');
    expect(rules).toContain('cpp/amount-consistency');
  });

  it('warns of a number already sent to the city from this browser', () => {
    const history = historyFromList([{ invoiceNumber: 'F-2026-001', recipientSiret: '21420218600018' }]);
    const result = runQuickCheck({ ...EMPTY_QUICK_CHECK, recipientSiret: '21420218600018', invoiceNumber: 'F-2026-001' }, { today, history });
    expect(result.verdicts.map((v) => v.rule)).toContain('cpp/invoice-number-duplicate');
  });

  it('speaks English when asked', () => {
    const result = runQuickCheck({ ...EMPTY_QUICK_CHECK, engagementNumber: '12' }, { today, locale: 'en' });
    expect(result.verdicts.find((v) => v.rule === 'se/engagement-format')?.message).toMatch(/digits/);
  });

  it('a fix writes into its own input only', () => {
    const values = { ...EMPTY_QUICK_CHECK, engagementNumber: 'EJ 2401234' };
    expect(applyQuickCheckFix(values, 'engagementNumber', '2401234').engagementNumber).toBe('2401234');
    expect(applyQuickCheckFix(values, 'billingFrame', 'A1')).toBe(values);
    expect(isUntouched(EMPTY_QUICK_CHECK)).toBe(true);
    expect(isUntouched(values)).toBe(false);
  });

  it('copies as plain text: the values typed in the portal words, then the messages with their fix', () => {
    useLocaleFile(fr, 'fr');
    const values = { ...EMPTY_QUICK_CHECK, engagementNumber: 'EJ 240 1234' };
    const verdicts = runQuickCheck(values, { today }).verdicts.filter((v) => v.field === 'engagementNumber');
    const text = quickCheckAsText(values, verdicts);
    expect(text).toContain("  N° d'engagement : EJ 240 1234");
    expect(text).toMatch(/- \[Erreur\] N° d'engagement : .*7 chiffres.*\(Corriger : « 2401234 »\)/);
    expect(text).not.toContain('Montant HT');
  });
});
