import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../utils/rules/engine.ts';
import { profileSchema, SAINT_ETIENNE_PROFILE, BUILT_IN_PROFILES } from '../../../utils/rules/profiles.ts';
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
