import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const window = new Window();
const { FixChoices } = await import('../../../components/directory/FixChoices.tsx');

describe('a fix with several choices', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.stubGlobal('document', window.document);
    root = window.document.createElement('div') as unknown as HTMLElement;
    window.document.body.appendChild(root as never);
  });
  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
  });

  const choices = (count: number) => Array.from({ length: count }, (_, index) => ({ value: `S${index}`, label: `S${index} — Service ${index}` }));

  it('shows a few choices as fix buttons, the first writing the first choice', () => {
    const onPick = vi.fn();
    render(h(FixChoices, { choices: choices(3), fieldLabel: 'Code service', onPick }), root);
    const buttons = [...root.querySelectorAll('[data-ca-action="fix"]')] as HTMLButtonElement[];
    expect(buttons.map((button) => button.textContent)).toEqual(['S0 — Service 0', 'S1 — Service 1', 'S2 — Service 2']);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Écrire S1 — Service 1 dans Code service');
    buttons[1]!.click();
    expect(onPick).toHaveBeenCalledWith('S1');
  });

  it('shows a long list as a select and one button that writes what is picked', async () => {
    const onPick = vi.fn();
    render(h(FixChoices, { choices: choices(12), fieldLabel: 'Code service', onPick }), root);
    expect(root.querySelectorAll('option')).toHaveLength(12);
    const button = root.querySelector('[data-ca-action="fix"]') as HTMLButtonElement;
    button.click();
    expect(onPick).toHaveBeenLastCalledWith('S0');
    const select = root.querySelector('select') as HTMLSelectElement;
    select.value = 'S7';
    select.dispatchEvent(new window.Event('change') as unknown as Event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    (root.querySelector('[data-ca-action="fix"]') as HTMLButtonElement).click();
    expect(onPick).toHaveBeenLastCalledWith('S7');
  });
});
