import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';
import { chooseLocale, isPanelMessage, t, useLocaleFile } from '../../utils/i18n/index.ts';

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

describe('language of the assistant (pages and panel)', () => {
  it('follows the setting, then the first known preferred language, French by default', () => {
    expect(chooseLocale('en', ['fr-FR'])).toBe('en');
    expect(chooseLocale('auto', ['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(chooseLocale('auto', ['fr-FR', 'en-US'])).toBe('fr');
    expect(chooseLocale('auto', ['de-DE'])).toBe('fr');
    expect(chooseLocale('auto', [])).toBe('fr');
  });
});

describe("the content script's words", () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  // What the content script is built from: its entry point, the portal's code and the panel's components.
  const FOLDERS = ['entrypoints/content', 'utils/portal', 'components/panel', 'components/verdicts', 'components/autofill'];
  const sources = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(join(ROOT, folder, file), 'utf8')),
  );

  it('are all in the dictionary it carries (a message named elsewhere would show as its key)', () => {
    const named = new Set(sources.flatMap((source) => [...source.matchAll(/'([A-Za-z]+_[A-Za-z_]+|extName)'/g)].map((match) => match[1]!)).filter((key) => key in fr));
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter((key) => !isPanelMessage(key))).toEqual([]);
  });
});
