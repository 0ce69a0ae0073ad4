import { describe, expect, it } from 'vitest';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';
import { t, useLocaleFile } from '../../utils/i18n/index.ts';

type LocaleEntry = { message: string; placeholders?: object };

describe('locales', () => {
  it('English carries every French message, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('no message is empty and placeholders match between languages', () => {
    for (const [key, entry] of Object.entries(fr) as [string, LocaleEntry][]) {
      const other = (en as Record<string, LocaleEntry>)[key]!;
      expect(entry.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      expect(other.message.match(/\$\d/g) ?? [], key).toEqual(entry.message.match(/\$\d/g) ?? []);
    }
  });

  it('t() reads the installed locale', () => {
    useLocaleFile(fr, 'fr');
    expect(t('extName')).toBe('Assistant Chorus Pro');
    useLocaleFile(en, 'en');
    expect(t('extName')).toBe('Chorus Pro Assistant');
  });
});
