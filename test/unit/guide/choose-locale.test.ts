import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../components/common/choose-locale.ts';

describe('language of the pages', () => {
  it('follows the setting, then the first known preferred language, French by default', () => {
    expect(chooseLocale('en', ['fr-FR'])).toBe('en');
    expect(chooseLocale('auto', ['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(chooseLocale('auto', ['fr-FR', 'en-US'])).toBe('fr');
    expect(chooseLocale('auto', ['de-DE'])).toBe('fr');
    expect(chooseLocale('auto', [])).toBe('fr');
  });
});
