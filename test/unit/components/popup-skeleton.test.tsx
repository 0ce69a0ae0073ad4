// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { PopupApp, type PopupState } from '../../../components/popup/PopupApp.tsx';
import { useLocaleFile } from '../../../utils/i18n/index.ts';

useLocaleFile(fr, 'fr');

const root = document.createElement('div');
document.body.append(root);
const show = (state: PopupState, onReadSkeleton: () => Promise<string | null>) =>
  act(() => render(<PopupApp state={state} extensionVersion="1.0.0" onOpenGuide={() => {}} onOpenOptions={() => {}} onReadSkeleton={onReadSkeleton} />, root));
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => act(() => render(null, root)));

describe('the popup on a page the assistant does not fully recognise', () => {
  it('offers the page’s skeleton, asks the tab for it and shows it in full before copying', async () => {
    let asked = 0;
    await show({ kind: 'other-chorus-page', partial: true }, async () => (asked++, 'page: none (partial)\n---\nhtml'));
    expect(root.querySelector('[data-ca-popup="other-page"]')).toBeNull();
    expect(root.querySelector('[data-ca-popup="partial"]')!.textContent).toMatch(/ne reconnaît pas entièrement/);
    act(() => (root.querySelector('[data-ca-action="show-skeleton"]') as HTMLButtonElement).click());
    await settle();
    expect(asked).toBe(1);
    expect(root.querySelector('[data-ca-skeleton]')!.textContent).toBe('page: none (partial)\n---\nhtml');
    act(() => (root.querySelector('[data-ca-action="close-skeleton"]') as HTMLButtonElement).click());
    expect(root.querySelector('[data-ca-skeleton]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-ca-action="show-skeleton"]'));
  });

  it('says so when the tab does not answer', async () => {
    await show({ kind: 'other-chorus-page', partial: true }, async () => null);
    act(() => (root.querySelector('[data-ca-action="show-skeleton"]') as HTMLButtonElement).click());
    await settle();
    expect(root.querySelector('[data-ca-skeleton]')).toBeNull();
    expect(root.querySelector('.popup-skeleton__status')!.textContent).toMatch(/n'a pas répondu/);
  });

  it('offers nothing on a page it recognises fully, nor on a Chorus Pro page without a form', async () => {
    await show({ kind: 'other-chorus-page' }, async () => 'x');
    expect(root.querySelector('[data-ca-action="show-skeleton"]')).toBeNull();
    await show({ kind: 'status', profileName: 'Ville', status: { page: 'saisie', profile: 'saint-etienne', counts: { error: 0, warning: 0, info: 0 }, top: [] } }, async () => 'x');
    expect(root.querySelector('[data-ca-action="show-skeleton"]')).toBeNull();
    await show({ kind: 'status', profileName: 'Ville', status: { page: 'saisie', profile: 'saint-etienne', counts: { error: 0, warning: 0, info: 0 }, top: [], partial: true } }, async () => 'x');
    expect(root.querySelector('[data-ca-action="show-skeleton"]')).not.toBeNull();
  });
});
