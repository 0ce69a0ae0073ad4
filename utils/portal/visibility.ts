import { textOf } from './dom.ts';

/**
 * What a person sees of the page: whether an element shows, and the text of a part of the page. Handed in like
 * the document (the content script passes `layoutVisibility`, Node tests a fake without layout), so that
 * page recognition, the choice between repeated labels and the portal's windows kept clear of the panel read
 * the page the same way in every browser.
 */
export interface Visibility {
  isShown(element: Element): boolean;
  visibleText(root: Element): string;
}

/** Hidden by its computed styles: `display: none` on it or an ancestor, or `visibility: hidden`. */
function hiddenByStyles(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(element).visibility === 'hidden') return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (view.getComputedStyle(current).display === 'none') return true;
  }
  return false;
}

/**
 * In a browser, layout answers: `checkVisibility` where the browser has it (Chrome 105, Firefox 106, Safari
 * 17.4), else the computed styles; `innerText`, which leaves out what CSS hides (closed windows, collapsed
 * overlays). Chosen by what the browser offers, never by its name.
 */
export const layoutVisibility: Visibility = {
  isShown(element) {
    if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
    return !hiddenByStyles(element);
  },
  visibleText(root) {
    if ('innerText' in root) return (root as HTMLElement).innerText;
    const view = root.ownerDocument.defaultView;
    return textOf(root, (element) => view?.getComputedStyle(element).display === 'none');
  },
};
