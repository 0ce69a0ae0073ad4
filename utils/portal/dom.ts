/** Small DOM helpers that take the document or element they work on, so that tests can hand in their own DOM. */

export const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

/** The assistant's own element: never read as part of the portal. */
export const ASSISTANT_TAG = 'chorus-assistant';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'SVG', 'CHORUS-ASSISTANT']);

export function isControl(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return element.matches(CONTROL_SELECTOR);
}

/**
 * Whether a person can see the element. In a browser `checkVisibility` answers from layout; where there is no
 * layout (tests), the `hidden` attribute and inline `display: none` are what is known.
 */
export function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && element.ownerDocument.defaultView?.navigator.userAgent.includes('Chrom')) {
    return check.call(element, { visibilityProperty: true });
  }
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.hasAttribute('hidden')) return false;
    const style = (current as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * The text a person sees in a part of the page. In a browser `innerText` leaves out what is hidden by CSS
 * (closed windows, collapsed overlays); elsewhere text nodes are walked, hidden subtrees skipped.
 */
export function visibleText(root: Element): string {
  const inBrowser = root.ownerDocument.defaultView?.navigator.userAgent.includes('Chrom');
  if (inBrowser && 'innerText' in root) return (root as HTMLElement).innerText;
  const parts: string[] = [];
  const window = root.ownerDocument.defaultView;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden')) continue;
        if ((element as HTMLElement).style?.display === 'none') continue;
        if (window && window.getComputedStyle(element).display === 'none') continue;
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
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const inner = child as Element;
        if (SKIPPED_TAGS.has(inner.tagName.toUpperCase()) || inner.matches('button, input, [hidden]')) continue;
        walk(inner);
      }
    }
  };
  walk(element);
  return parts.join(' ');
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
