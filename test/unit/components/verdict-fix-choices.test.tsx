// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { Panel } from '../../../components/panel/Panel.tsx';
import { VerdictList } from '../../../components/verdicts/index.ts';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import { BUILT_IN_PROFILES } from '../../../utils/rules/profiles.ts';
import type { Verdict } from '../../../utils/rules/types.ts';

useLocaleFile(fr, 'fr');

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

const services = (codes: string[]) => codes.map((code) => ({ value: code, label: `${code} — Service ${code.toLowerCase()}` }));
const unknownCode = (codes: string[]): Verdict => ({
  rule: 'cpp/service-unknown',
  field: 'serviceCode',
  severity: 'error',
  message: "Le Code service « URGENSES » n'existe pas pour CENTRE HOSPITALIER.",
  fix: { value: codes[0]!, choices: services(codes) },
});
const fixButtons = () => [...root.querySelectorAll<HTMLButtonElement>('[data-ca-action="fix"]')];

describe('a fix with several values in the verdict list', () => {
  it('offers each choice as a fix button carrying its value, and hands the chosen value to onFix', () => {
    const onFix = vi.fn();
    const verdict = unknownCode(['URGENCES', 'PHARMA', 'TECHNIQUE']);
    act(() => render(<VerdictList verdicts={[verdict]} onFix={onFix} grouped={false} />, root));
    expect(fixButtons().map((button) => button.getAttribute('data-ca-fix-value'))).toEqual(['URGENCES', 'PHARMA', 'TECHNIQUE']);
    // Inside the message, named for a screen reader with the field it writes.
    const item = root.querySelector('[data-ca-rule="cpp/service-unknown"]')!;
    expect(item.querySelectorAll('[data-ca-action="fix"]')).toHaveLength(3);
    expect(item.querySelector('.ca-fix-choices')!.getAttribute('aria-label')).toBe('Choisir (Code service)');
    expect(fixButtons()[1]!.getAttribute('aria-label')).toBe('Écrire PHARMA — Service pharma dans Code service');
    fixButtons()[1]!.click();
    expect(onFix).toHaveBeenCalledWith(verdict, 'PHARMA');
  });

  it('keeps the single fix button for a fix with one value', () => {
    const onFix = vi.fn();
    const verdict: Verdict = { rule: 'se/engagement-format', field: 'engagementNumber', severity: 'error', message: '7 chiffres', fix: { value: '2401234' } };
    act(() => render(<VerdictList verdicts={[verdict]} onFix={onFix} grouped={false} />, root));
    expect(fixButtons()).toHaveLength(1);
    expect(fixButtons()[0]!.hasAttribute('data-ca-fix-value')).toBe(false);
    fixButtons()[0]!.click();
    expect(onFix).toHaveBeenCalledWith(verdict, '2401234');
  });

  it('shows a long list as a labelled select; a pick the new choices no longer hold falls back to the first', async () => {
    const onFix = vi.fn();
    const many = Array.from({ length: 12 }, (_, index) => `S${String(index).padStart(2, '0')}`);
    act(() => render(<VerdictList verdicts={[unknownCode(many)]} onFix={onFix} grouped={false} />, root));
    const select = root.querySelector('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Choisir parmi 12 :');
    act(() => {
      select.value = 'S07';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(fixButtons()[0]!.getAttribute('data-ca-fix-value')).toBe('S07');
    // The user typed another code: the message is the same rule, with other choices.
    const others = Array.from({ length: 8 }, (_, index) => `T${index}`);
    act(() => render(<VerdictList verdicts={[unknownCode(others)]} onFix={onFix} grouped={false} />, root));
    expect(fixButtons()[0]!.getAttribute('data-ca-fix-value')).toBe('T0');
    fixButtons()[0]!.click();
    expect(onFix).toHaveBeenLastCalledWith(expect.objectContaining({ rule: 'cpp/service-unknown' }), 'T0');
  });

  it("in the portal's panel too", () => {
    const onFix = vi.fn();
    const state = {
      page: 'saisie' as const,
      profile: BUILT_IN_PROFILES[0]!,
      result: { profile: BUILT_IN_PROFILES[0]!.id, verdicts: [unknownCode(['URGENCES', 'PHARMA'])] },
      fields: [],
      notices: [],
      coverage: { found: [], missing: [], partial: false },
    };
    act(() => render(<Panel state={state} sections={[]} collapsed={false} side="right" onCollapsedChange={() => {}} onFix={onFix} readSkeleton={() => ''} />, root));
    root.querySelector<HTMLButtonElement>('[data-ca-action="fix"][data-ca-fix-value="URGENCES"]')!.click();
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ rule: 'cpp/service-unknown' }), 'URGENCES');
  });
});
