// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { Panel, type PanelProps } from '../../../components/panel/Panel.tsx';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import { BUILT_IN_PROFILES } from '../../../utils/rules/profiles.ts';
import type { Verdict } from '../../../utils/rules/types.ts';
import type { SessionState } from '../../../utils/portal/session.ts';

useLocaleFile(fr, 'fr');

const error = (rule: string, field: Verdict['field'], message: string): Verdict => ({ rule, field, severity: 'error', message });
const state = (page: SessionState['page'], verdicts: Verdict[]): SessionState => ({
  page,
  profile: BUILT_IN_PROFILES[0]!,
  result: { profile: BUILT_IN_PROFILES[0]!.id, verdicts },
  fields: [],
  notices: [],
  coverage: { found: [], missing: [], partial: false },
});

const root = document.createElement('div');
document.body.append(root);
const show = (props: Partial<PanelProps> & { state: SessionState }) =>
  act(() => render(<Panel sections={[]} collapsed={false} side="right" onCollapsedChange={() => {}} onFix={() => {}} readSkeleton={() => 'squelette'} {...props} />, root));
const liveRegion = () => root.querySelector('[aria-live]')!.textContent;

afterEach(() => act(() => render(null, root)));

describe('the panel', () => {
  it('announces the errors that appear, once, and all of them again on a new page', () => {
    const date = error('cpp/invoice-date', 'invoiceDate', 'La date est dans le futur.');
    const engagement = error('se/engagement-required', 'engagementNumber', "Le n° d'engagement manque.");
    show({ state: state('saisie', [date]) });
    expect(liveRegion()).toContain('La date est dans le futur.');
    show({ state: state('saisie', [date, engagement]) });
    expect(liveRegion()).toContain("Le n° d'engagement manque.");
    // The same errors checked again: nothing new is said.
    show({ state: state('saisie', [engagement, date]) });
    expect(liveRegion()).toContain("Le n° d'engagement manque.");
    show({ state: state('depot', [date, engagement]) });
    expect(liveRegion()).toMatch(/2/);
  });

  it('shows one message per attachment, under « Pièces jointes », and announces a second file’s error as new', () => {
    const first = error('cpp/attachment', 'attachments', 'Pièce jointe « a.exe » : refusée.');
    const second = error('cpp/attachment', 'attachments', 'Pièce jointe « b.exe » : refusée.');
    show({ state: state('saisie', [first]) });
    show({ state: state('saisie', [first, second]) });
    expect(liveRegion()).toContain('Pièce jointe « b.exe » : refusée.');
    const items = [...root.querySelectorAll('[data-ca-rule="cpp/attachment"]')];
    expect(items.map((item) => item.querySelector('.ca-verdict__message')!.textContent)).toEqual([first.message, second.message]);
    expect(items.every((item) => item.getAttribute('data-ca-severity') === 'error' && item.getAttribute('data-ca-for') === 'attachments')).toBe(true);
    expect(root.querySelector('.ca-verdicts__title')!.textContent).toBe('Pièces jointes');
    // The first file removed: the second one's message stays, alone.
    show({ state: state('saisie', [second]) });
    expect([...root.querySelectorAll('[data-ca-rule="cpp/attachment"] .ca-verdict__message')].map((item) => item.textContent)).toEqual([second.message]);
  });

  it('shows the sections and the sending confirmation it is handed, in the language installed', () => {
    let back = 0;
    show({
      state: state('saisie', []),
      sections: [{ id: 'autofill', title: 'Facture PDF', content: <p>contenu</p> }],
      confirmation: { errors: [error('cpp/required', 'totalHT', 'Le montant HT manque.')], back: () => back++, sendAnyway: () => {} },
    });
    expect(root.querySelector('[data-ca-section="autofill"]')!.textContent).toContain('contenu');
    expect(root.querySelector('[data-ca-panel]')!.getAttribute('lang')).toBe('fr');
    const dialog = root.querySelector('[data-ca-dialog="send-confirmation"]')!;
    expect(dialog.textContent).toContain('Le montant HT manque.');
    (dialog.querySelector('[data-ca-action="guard-back"]') as HTMLButtonElement).click();
    expect(back).toBe(1);
  });
});

describe('the page skeleton in the panel', () => {
  const SKELETON = 'Structure de la page Chorus Pro, sans vos données\npage: saisie (partial)\n---\nhtml\n  body';
  const partialState = (): SessionState => ({ ...state('saisie', []), coverage: { found: ['invoiceNumber'], missing: ['totalHT'], partial: true } });
  const offers = () => [...root.querySelectorAll('[data-ca-action="show-skeleton"]')];

  it('is offered once: in the footer on a recognised page, at the top when recognition is partial', () => {
    show({ state: state('saisie', []) });
    expect(offers()).toHaveLength(1);
    expect(offers()[0]!.closest('footer')).not.toBeNull();
    expect(offers()[0]!.textContent).toBe('Copier la structure de la page (sans vos données)');
    expect(root.querySelector('[data-ca-notice="partial-recognition"]')).toBeNull();

    show({ state: partialState() });
    expect(offers()).toHaveLength(1);
    expect(offers()[0]!.closest('footer')).toBeNull();
    expect(root.querySelector('[data-ca-notice="partial-recognition"]')!.textContent).toMatch(/ne reconnaît pas entièrement cette page/);
    // Above everything else in the panel's body.
    expect(root.querySelector('.ca-panel__body')!.firstElementChild!.getAttribute('data-ca-notice')).toBe('partial-recognition');
  });

  it('shows exactly what « Copier » copies, copies it, and closes back to its button (Fermer or Escape)', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    let reads = 0;
    show({ state: partialState(), readSkeleton: () => (reads++, SKELETON) });
    expect(reads).toBe(0);
    const opener = offers()[0] as HTMLButtonElement;
    act(() => opener.click());
    const dialog = root.querySelector('[data-ca-dialog="skeleton"]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Structure de la page, sans vos données');
    const preview = dialog.querySelector('[data-ca-skeleton]')!;
    expect(preview.textContent).toBe(SKELETON);
    expect(preview.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement).toBe(dialog.querySelector('[data-ca-action="copy-skeleton"]'));

    await act(async () => {
      (dialog.querySelector('[data-ca-action="copy-skeleton"]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(copied).toEqual([SKELETON]);
    expect(dialog.querySelector('[role="status"]')!.textContent).toMatch(/Copié/);

    act(() => (dialog.querySelector('[data-ca-action="close-skeleton"]') as HTMLButtonElement).click());
    expect(root.querySelector('[data-ca-dialog="skeleton"]')).toBeNull();
    expect(document.activeElement).toBe(opener);

    act(() => opener.click());
    expect(reads).toBe(2);
    act(() => {
      root.querySelector('[data-ca-skeleton]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-ca-dialog="skeleton"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
