import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../utils/rules/engine.ts';
import { SAINT_ETIENNE_PROFILE, BUILT_IN_PROFILES } from '../../../utils/rules/profiles.ts';
import { profileSchema } from '../../../utils/rules/profile-schema.ts';
import { FIELD_KEYS, isFieldKey, PAGE_KINDS, type FieldKey } from '../../../utils/model/fields.ts';
import { RULES } from '../../../utils/rules/registry.ts';
import { check, GOOD_SE_FORM, OTHER_SIRET, seForm, TODAY } from './forms.ts';

describe('profile choice', () => {
  it('applies the Saint-Étienne profile from the recipient SIRET, spaces tolerated', () => {
    expect(check(GOOD_SE_FORM).profile).toBe('saint-etienne');
    expect(check(seForm({ recipientSiret: '214 202 186 00018' })).profile).toBe('saint-etienne');
    expect(check(seForm({ recipientSiret: '214\u00a0202\u00a0186\u00a000018' })).profile).toBe('saint-etienne');
  });

  it('falls back to the generic Chorus Pro profile for another recipient', () => {
    expect(check(seForm({ recipientSiret: OTHER_SIRET })).profile).toBe('chorus-pro');
  });

  it('before a recipient is chosen, follows the PDF being deposited', () => {
    expect(check(seForm({ recipientSiret: '' }), { pdf: { buyerSiret: '21420218600018' } }).profile).toBe('saint-etienne');
    expect(check(seForm({ recipientSiret: '' }), { pdf: { buyerSiren: '214202186' } }).profile).toBe('saint-etienne');
    expect(check(seForm({ recipientSiret: '' })).profile).toBe('chorus-pro');
    // A recipient typed on the page wins over the PDF.
    expect(check(seForm({ recipientSiret: OTHER_SIRET }), { pdf: { buyerSiret: '21420218600018' } }).profile).toBe('chorus-pro');
  });

  it('a complete, correct Saint-Étienne form gives no verdict at all', () => {
    expect(check(GOOD_SE_FORM).verdicts).toEqual([]);
  });

  it('turns the city rules off for another recipient', () => {
    const result = check(seForm({ recipientSiret: OTHER_SIRET, engagementNumber: '', serviceCode: 'ACHATS', recipientIsState: 'OUI' }));
    expect(result.verdicts.filter((verdict) => verdict.rule.startsWith('se/'))).toEqual([]);
  });
});

describe('verdicts', () => {
  it('come worst first and carry French messages', () => {
    const { verdicts } = check(seForm({ engagementNumber: '', depositFormatRef: 'x', serviceCode: 'FACTURES_PUBLIQUES', totalTTC: '1 300,00' }));
    const ranks = verdicts.map((verdict) => ({ error: 3, warning: 2, info: 1 })[verdict.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const verdict of verdicts) expect(verdict.message).toMatch(/[a-zé]/);
  });

  it('speak English when asked', () => {
    const [verdict] = check(seForm({ engagementNumber: '' }), { locale: 'en' }).verdicts;
    expect(verdict!.message).toMatch(/commitment number is mandatory/);
  });

  it('follow a profile given as data, without touching the engine', () => {
    const other = profileSchema.parse({
      id: 'metropole-test',
      name: 'Métropole de test',
      recipientSirets: [OTHER_SIRET],
      extends: 'chorus-pro',
      params: { recipientName: 'Métropole de test', recipientSiret: OTHER_SIRET, engagementDigits: 10 },
      rules: { 'se/engagement-format': {}, 'se/engagement-required': {} },
    });
    const result = runChecks(
      { snapshot: { page: 'saisie', fields: seForm({ recipientSiret: OTHER_SIRET, engagementNumber: '2401234' }) }, today: TODAY },
      [...BUILT_IN_PROFILES, other],
    );
    expect(result.profile).toBe('metropole-test');
    expect(result.verdicts.map((verdict) => verdict.rule)).toEqual(['se/engagement-format']);
    expect(result.verdicts[0]!.message).toContain('10 chiffres');
  });

  it('the Saint-Étienne profile is valid profile data', () => {
    expect(profileSchema.parse(SAINT_ETIENNE_PROFILE)).toEqual(SAINT_ETIENNE_PROFILE);
  });
});

describe('every registered rule', () => {
  it('declares the fields it speaks of (Rule.fields): real field keys, or the page', () => {
    for (const rule of RULES.values()) {
      expect(rule.fields.length, rule.id).toBeGreaterThan(0);
      for (const field of rule.fields) expect(field === 'page' || isFieldKey(field), `${rule.id}: ${field}`).toBe(true);
    }
  });

  it('speaks only of the fields it declares, on forms of every page that break every rule they can', () => {
    const every = (value: string) => Object.fromEntries(FIELD_KEYS.map((key) => [key, value])) as Partial<Record<FieldKey, string>>;
    const forms = [every(''), every('x'), every('<b>1 234,5678</b> EJ-99'), seForm({ engagementNumber: 'BC 12', serviceCode: 'ACHATS', recipientIsState: 'OUI', totalTTC: '9,00' })];
    const options = {
      pdf: { invoiceNumber: 'AUTRE-1', totalTTC: '5,00', buyerSiret: '21420218600018', engagementNumber: '9999999', invoiceDate: '01/01/2020' },
      history: [{ invoiceNumber: '86205', recipientSiret: '21420218600018' }],
      depositFile: { name: 'facture.docx', isPdf: false, sizeBytes: 50 * 1024 * 1024, encrypted: true, hasTextLayer: false },
    };
    let verdicts = 0;
    for (const page of PAGE_KINDS) {
      for (const fields of forms) {
        // check() asserts that each verdict names a field its rule declares.
        verdicts += check(fields, { page, ...options }).verdicts.length + check(fields, { page }).verdicts.length;
      }
    }
    expect(verdicts).toBeGreaterThan(100);
  });
});
