/** Small DOM helpers that take the document or element they work on, so that tests can hand in their own DOM. */

export const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

/** The assistant's own element: never read as part of the portal. */
export const ASSISTANT_TAG = 'chorus-assistant';

/** Elements whose text is never a label nor part of what a page says. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'SVG', 'CHORUS-ASSISTANT']);

export function isControl(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return element.matches(CONTROL_SELECTOR);
}

/** The text under `root`, element by element, without scripts, styles, options, nor the elements `skip` names. */
export function textOf(root: Element, skip: (element: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || skip(element)) continue;
        parts.push(' ');
        walk(element);
        parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('');
}

/**
 * The words an element shows as a label: its text without the controls inside it (a wrapped select's
 * options are not its label), without hidden parts.
 */
export function labelTextOf(element: Element): string {
  return textOf(element, (inner) => inner.matches('button, input, [hidden]'));
}

/** Whether an element holds text of its own (a direct text node with a letter), as a label or a value does. */
export function hasOwnText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\p{L}|\d/u.test(child.nodeValue ?? '')) return true;
  }
  return false;
}

export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
