import type { FieldKey, PageKind } from '../model/fields.ts';
import type { Severity } from '../rules/types.ts';
import type { LocatedField } from './locate.ts';
import type { Visibility } from './visibility.ts';

export type FieldState = Severity | 'ok';

const STYLE_ID = 'chorus-assistant-marks';

/**
 * The marks' look: an outline outside the element, so the portal's layout never moves (no border, no width
 * change). The select2 box and radios carry `data-ca-mark` because the field itself may be hidden.
 */
const MARK_CSS = `
[data-ca-state="error"]:not(.select2-hidden-accessible), [data-ca-mark="error"] { outline: 2px solid #ce0500 !important; outline-offset: 1px !important; }
[data-ca-state="warning"]:not(.select2-hidden-accessible), [data-ca-mark="warning"] { outline: 2px dashed #b34000 !important; outline-offset: 1px !important; }
[data-ca-state="info"]:not(.select2-hidden-accessible), [data-ca-mark="info"] { outline: 1px dotted #0063cb !important; outline-offset: 1px !important; }
`;

/**
 * The panel sits beside the portal, not over it: the page gives it room on its side so that none of the
 * portal's buttons is ever under it (the html element's margin, through the same style element).
 */
const SPACE_CSS = `
html[data-ca-space="right"] { margin-right: var(--ca-space, 340px) !important; }
html[data-ca-space="left"] { margin-left: var(--ca-space, 340px) !important; }
`;

export function reservePanelSpace(document: Document, side: 'right' | 'left' | null, widthPx = 340): void {
  installMarkStyle(document);
  const root = document.documentElement;
  if (!side) {
    root.removeAttribute('data-ca-space');
    root.style.removeProperty('--ca-space');
    return;
  }
  root.setAttribute('data-ca-space', side);
  root.style.setProperty('--ca-space', `${widthPx}px`);
}

export function installMarkStyle(document: Document): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CSS + SPACE_CSS;
  (document.head ?? document.documentElement).append(style);
}

export function setPageMark(document: Document, page: PageKind | undefined): void {
  const root = document.documentElement;
  if (page) {
    if (root.getAttribute('data-ca-page') !== page) root.setAttribute('data-ca-page', page);
  } else root.removeAttribute('data-ca-page');
}

function setAttribute(element: Element, name: string, value: string): void {
  // Writing the same value again would still wake observers: only write changes.
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Marks each located field with its key, and after a check with the worst of its verdicts. */
export function markFields(fields: readonly LocatedField[], states?: ReadonlyMap<FieldKey | 'page', Severity>): void {
  for (const field of fields) {
    const state: FieldState = states?.get(field.key) ?? 'ok';
    const targets = field.controls.length ? field.controls : field.textElement ? [field.textElement] : [];
    for (const target of targets) {
      setAttribute(target, 'data-ca-field', field.key);
      if (states) setAttribute(target, 'data-ca-state', state);
    }
    if (states && field.visual !== targets[0]) setAttribute(field.visual, 'data-ca-mark', state);
  }
}

const FIELD_MARKS = ['data-ca-field', 'data-ca-state', 'data-ca-mark'] as const;

function unmark(element: Element): void {
  for (const name of FIELD_MARKS) element.removeAttribute(name);
}

/** Removes the marks of fields that left the page (a closed window). */
export function unmarkFields(fields: readonly LocatedField[]): void {
  for (const field of fields) {
    for (const element of [...field.controls, field.visual, field.textElement]) if (element) unmark(element);
  }
}

/** Removes every mark the assistant put on the page (extension reloaded or page changed). */
export function clearMarks(document: Document): void {
  for (const element of document.querySelectorAll(FIELD_MARKS.map((name) => `[${name}]`).join(', '))) unmark(element);
  document.documentElement.removeAttribute('data-ca-page');
  document.documentElement.removeAttribute('data-ca-space');
  document.documentElement.style.removeProperty('--ca-space');
  document.getElementById(STYLE_ID)?.remove();
}

const WINDOW_SELECTOR = '[role=dialog], [role=alertdialog], [aria-modal=true], dialog[open], .modal-dialog, .ui-dialog';

/** The part of a window that shows: a full-screen backdrop's inner box, or the element itself. */
function windowBox(element: Element, viewportWidth: number): Element | null {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 4; depth++) {
    const box = current.getBoundingClientRect();
    if (box.width > 0 && box.width < viewportWidth * 0.95) return current;
    current = [...current.children].sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0] ?? null;
  }
  return null;
}

/**
 * The panel keeps room beside the page, but the portal's windows (the deposit window) float over the whole
 * viewport: one the panel would cover is moved aside, by a style only (`translate`, which adds to the
 * window's own transform). Rules live in the assistant's style element, so the portal's DOM is not touched
 * beyond a data attribute. `side` null puts every window back.
 */
export function keepWindowsClear(document: Document, side: 'right' | 'left' | null, panelWidth: number, visibility: Visibility): void {
  const window = document.defaultView;
  const style = document.getElementById(STYLE_ID);
  if (!window || !style) return;
  for (const element of document.querySelectorAll('[data-ca-shift]')) element.removeAttribute('data-ca-shift');
  if (!side) return;
  // Only windows that show (a style check): measuring boxes makes the browser lay the page out at once.
  const shown = [...document.querySelectorAll(WINDOW_SELECTOR)].filter((candidate) => !candidate.closest('chorus-assistant') && visibility.isShown(candidate));
  if (shown.length === 0) {
    if (style.textContent !== MARK_CSS + SPACE_CSS) style.textContent = MARK_CSS + SPACE_CSS;
    return;
  }
  const width = window.innerWidth;
  const edge = side === 'right' ? width - panelWidth : panelWidth;
  const rules = new Set<string>();
  for (const candidate of shown) {
    const box = windowBox(candidate, width);
    if (!box || box.hasAttribute('data-ca-shift')) continue;
    const rect = box.getBoundingClientRect();
    if (rect.height === 0) continue;
    const overlap = side === 'right' ? rect.right - edge : edge - rect.left;
    if (overlap <= 0) continue;
    const room = side === 'right' ? rect.left : width - rect.right;
    const shift = Math.round(Math.min(overlap + 12, Math.max(0, room - 8)));
    if (shift <= 0) continue;
    const value = String(side === 'right' ? -shift : shift);
    box.setAttribute('data-ca-shift', value);
    rules.add(`[data-ca-shift="${value}"] { translate: ${value}px 0 !important; }`);
  }
  const base = MARK_CSS + SPACE_CSS;
  const next = base + [...rules].join('\n');
  if (style.textContent !== next) style.textContent = next;
}
