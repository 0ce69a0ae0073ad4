import { beforeEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import { buildDiagnostic, maskPersonalData } from '../../../utils/diagnostic/build-diagnostic.ts';

const now = new Date(2026, 10, 27, 9, 5);

describe('diagnostic text', () => {
  beforeEach(() => useLocaleFile(fr, 'fr'));

  it('says the page, the profile, the counts and each message, worst first', () => {
    const text = buildDiagnostic({
      page: 'saisie',
      profile: 'saint-etienne',
      now,
      extensionVersion: '0.1.0',
      verdicts: [
        { rule: 'se/service-code-optional', field: 'serviceCode', severity: 'info', message: 'Facultatif.' },
        { rule: 'se/engagement-required', field: 'engagementNumber', severity: 'error', message: 'Obligatoire.' },
      ],
    });
    expect(text).toContain('Page : Saisie de la facture');
    expect(text).toContain('Profil : saint-etienne');
    expect(text).toContain('1 erreur(s), 0 avertissement(s), 1 conseil(s)');
    expect(text).toContain('27/11/2026 09:05');
    expect(text.indexOf('se/engagement-required')).toBeLessThan(text.indexOf('se/service-code-optional'));
    expect(text).toContain("- [Erreur] N° d'engagement (se/engagement-required) : Obligatoire.");
  });

  it('masks e-mail addresses and IBANs, keeps the public SIRET', () => {
    expect(maskPersonalData('Écrire à jean.dupont@example.fr, IBAN FR76 3000 6000 0112 3456 7890 189, SIRET 21420218600018')).toBe(
      'Écrire à [adresse masquée], IBAN [IBAN masqué], SIRET 21420218600018',
    );
  });

  it('says when there is nothing, and speaks English', () => {
    useLocaleFile(en, 'en');
    const text = buildDiagnostic({ page: null, profile: 'chorus-pro', verdicts: [], now });
    expect(text).toContain('Page not recognised');
    expect(text).toContain('No problem found.');
  });
});
