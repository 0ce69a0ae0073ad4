import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { textOf } from '../../../utils/portal/dom.ts';
import type { Visibility } from '../../../utils/portal/visibility.ts';

const SITE = resolve(import.meta.dirname, '../../replicas/site');
const CSS = readFileSync(join(SITE, 'cpp/ressources/portail.css'), 'utf8');

/**
 * A replica page of the portal in a DOM without a browser: its markup, its stylesheet inlined (so hidden
 * windows are hidden), its scripts not run unless asked (the select2 imitation).
 */
export function replicaDocument(file: string, options: { scripts?: boolean } = {}): { window: Window; document: Document } {
  const window = new Window({ url: 'https://portail.chorus-pro.gouv.fr/cpp/page?execution=e1s1', settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const html = readFileSync(join(SITE, file), 'utf8');
  const document = window.document as unknown as Document;
  document.write(html.replace('</head>', `<style>${CSS}</style></head>`));
  // happy-dom loses the `selected` attribute of all but the first select of a written document: restore it,
  // as a browser would have parsed it.
  for (const option of document.querySelectorAll<HTMLOptionElement>('option[selected]')) option.selected = true;
  if (options.scripts) {
    const script = readFileSync(join(SITE, 'cpp/ressources/portail.js'), 'utf8');
    (window as unknown as { eval(code: string): void }).eval(script);
  }
  return { window, document };
}

/**
 * The tests' stand-in for layout: happy-dom computes no layout, so what the markup says counts (the `hidden`
 * attribute, inline styles; for text, also `display: none` from the inlined stylesheet).
 */
export const markupVisibility: Visibility = {
  isShown(element) {
    for (let current: Element | null = element; current; current = current.parentElement) {
      if (current.hasAttribute('hidden')) return false;
      const style = (current as HTMLElement).style;
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    }
    return true;
  },
  visibleText(root) {
    const window = root.ownerDocument.defaultView;
    return textOf(
      root,
      (element) =>
        element.hasAttribute('hidden') ||
        (element as HTMLElement).style?.display === 'none' ||
        (window !== null && window.getComputedStyle(element).display === 'none'),
    );
  },
};
