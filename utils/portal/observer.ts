import { ASSISTANT_TAG } from './dom.ts';

/** Attributes whose change can show or hide a part of the portal (a window opening, a block collapsing). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && ((node as Element).tagName.toLowerCase() === ASSISTANT_TAG || (node as Element).id === 'chorus-assistant-marks');
}

/**
 * One observer for the whole page: the deposit window, the "Analyse en cours" step and search results appear
 * without a page load. Changes are gathered and handled once after a short quiet time; the assistant's own
 * element and marks are ignored. Nothing polls. Returns the function that stops it.
 */
export function watchPage(document: Document, onChange: () => void, quietMs = 60): () => void {
  const window = document.defaultView;
  if (!window || !document.body) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new window.MutationObserver((records) => {
    const relevant = records.some((record) => {
      if (isOurs(record.target) || (record.target as Element).closest?.(ASSISTANT_TAG)) return false;
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        return nodes.length > 0 && !nodes.every(isOurs);
      }
      return true;
    });
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
