import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

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
