import type { FieldKey, PageKind } from '../model/fields.ts';
import { ASSISTANT_TAG, CONTROL_SELECTOR, cssEscape, hasOwnText, isControl, labelTextOf } from './dom.ts';
import { labelsOf, PAGE_DESCRIPTORS, type FieldDescriptor, type FieldKind, type PageDescriptor } from './pages.ts';
import type { Visibility } from './visibility.ts';
import { foldWords, labelPart } from './words.ts';

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field of the portal the assistant found, and how it was found. */
export interface LocatedField {
  key: FieldKey;
  kind: FieldKind;
  /** The control (for radios: every radio of the group). Empty for a read-only value shown as plain text. */
  controls: FieldControl[];
  /** The element carrying the value when it is plain text (read-only fields). */
  textElement?: Element;
  /** The element a person sees as the field (the select2 combobox for a wrapped select), where marks show. */
  visual: Element;
  /** The label that named it, if any. */
  label?: Element;
  /** The label shows the required star. */
  starred: boolean;
  /** How it was found: by what a person sees, or by the id/name hint. */
  foundBy: 'label-for' | 'wrapping-label' | 'aria-labelledby' | 'table-row' | 'group' | 'attribute' | 'id-hint';
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_WALK = 60;

/** Elements that show a label's words, by folded text, in document order. */
function labelIndex(scope: Element): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  const add = (text: string, element: Element) => {
    if (!text) return;
    const list = index.get(text);
    if (list) {
      if (!list.includes(element)) list.push(element);
    } else index.set(text, [element]);
  };
  const walker = scope.ownerDocument.createTreeWalker(scope, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'SELECT' || tag === 'OPTION' || tag === 'SCRIPT' || tag === 'STYLE' || tag === ASSISTANT_TAG.toUpperCase()) continue;
    if (HEADING_TAGS.has(tag) || element.getAttribute('role') === 'heading' || !hasOwnText(element)) continue;
    // A label is short: long texts (paragraphs, tables) are skipped before any costly reading.
    if ((element.textContent ?? '').length > 200) continue;
    const raw = labelTextOf(element);
    if (raw.length > 120) continue;
    const folded = foldWords(raw);
    add(folded, element);
    add(labelPart(folded), element);
  }
  return index;
}

/** A select wrapped by select2 is the field; its combobox is what a person sees. */
function select2Visual(control: FieldControl): Element {
  if (control.tagName === 'SELECT') {
    const next = control.nextElementSibling;
    if (next?.matches('.select2, .select2-container')) return next.querySelector('.select2-selection') ?? next;
  }
  return control;
}

function selectOfCombobox(element: Element): FieldControl | undefined {
  const document = element.ownerDocument;
  const rendered = element.matches('[id^="select2-"]') ? element : element.querySelector('[id^="select2-"][id$="-container"]');
  const match = rendered ? /^select2-(.+)-container$/.exec(rendered.id) : null;
  if (match) {
    const select = document.getElementById(match[1]!);
    if (select?.tagName === 'SELECT') return select as HTMLSelectElement;
  }
  const container = element.closest('.select2, .select2-container');
  const previous = container?.previousElementSibling;
  return previous?.tagName === 'SELECT' ? (previous as HTMLSelectElement) : undefined;
}

function asControl(element: Element | null | undefined): FieldControl | undefined {
  if (!element) return undefined;
  if (isControl(element)) return element;
  if (element.matches('[role=combobox], .select2-selection, .select2-selection__rendered')) return selectOfCombobox(element);
  return undefined;
}

function precedes(first: Node, second: Node): boolean {
  return Boolean(first.compareDocumentPosition(second) & 4);
}

/** Folded label words the page may show, for all fields of the page: met while walking, they end the search. */
function allLabels(descriptor: PageDescriptor): Set<string> {
  return new Set(descriptor.fields.flatMap((field) => labelsOf(field).map(foldWords)));
}

/**
 * The control a label names, in the order a person would read it: label[for], a wrapping label,
 * aria-labelledby, the next cells of the same table row, then the next control in the same group before any
 * other label. For a read-only field, plain text after the label is its value.
 */
function controlForLabel(
  label: Element,
  kind: FieldKind,
  scope: Element,
  otherLabels: Set<string>,
): { control?: FieldControl; textElement?: Element; foundBy: LocatedField['foundBy'] } | undefined {
  const document = label.ownerDocument;
  // A label linked to an id that does not exist names nothing beyond its own group: the walk below stays there.
  let walkScope = scope;
  if (label.tagName === 'LABEL') {
    const target = (label as HTMLLabelElement).htmlFor;
    const byFor = target ? asControl(document.getElementById(target)) : undefined;
    if (byFor) return { control: byFor, foundBy: 'label-for' };
    const wrapped = label.querySelector(CONTROL_SELECTOR);
    if (wrapped && isControl(wrapped)) return { control: wrapped, foundBy: 'wrapping-label' };
    if (target && label.parentElement && scope.contains(label.parentElement)) walkScope = label.parentElement;
  }
  const labelIds = [label.id, label.closest('[id]')?.id].filter((id): id is string => Boolean(id));
  for (const id of labelIds) {
    const labelled = scope.querySelector(`[aria-labelledby~="${cssEscape(id)}"]`);
    const control = asControl(labelled);
    if (control) return { control, foundBy: 'aria-labelledby' };
  }
  const cell = label.closest('td, th');
  if (cell && scope.contains(cell) && cell.parentElement?.tagName === 'TR' && !cell.querySelector(CONTROL_SELECTOR)) {
    for (let next = cell.nextElementSibling; next; next = next.nextElementSibling) {
      const control = [...next.querySelectorAll(CONTROL_SELECTOR)].find(isControl);
      if (control) return { control, foundBy: 'table-row' };
      const words = foldWords(labelTextOf(next));
      if (otherLabels.has(labelPart(words))) break;
      if (kind === 'readonly' && words) return { textElement: next, foundBy: 'table-row' };
    }
  }
  // The next control in reading order, unless another label of the page comes first.
  const walker = document.createTreeWalker(walkScope, 1);
  walker.currentNode = label;
  let steps = 0;
  for (let node = walker.nextNode(); node && steps < MAX_WALK; node = walker.nextNode(), steps++) {
    const element = node as Element;
    if (label.contains(element)) continue;
    if (element.tagName.toUpperCase() === ASSISTANT_TAG.toUpperCase()) break;
    const control = asControl(element);
    if (control) return { control, foundBy: 'group' };
    if (element.tagName === 'OPTION' || element.closest('select')) continue;
    if (hasOwnText(element)) {
      const words = labelPart(foldWords(labelTextOf(element)));
      if (otherLabels.has(words) || HEADING_TAGS.has(element.tagName)) break;
      if (kind === 'readonly') return { textElement: element, foundBy: 'group' };
    }
  }
  return undefined;
}

function radioGroup(radio: HTMLInputElement, scope: Element): HTMLInputElement[] {
  if (!radio.name) return [radio];
  return [...scope.ownerDocument.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${cssEscape(radio.name)}"]`)];
}

function kindFits(kind: FieldKind, control: FieldControl): boolean {
  const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type : control.tagName.toLowerCase();
  switch (kind) {
    case 'radio':
      // OUI/NON or Facture/Avoir may also be offered as a select.
      return type === 'radio' || type === 'select';
    case 'file':
      return type === 'file';
    case 'select':
      return type === 'select' || type === 'text' || type === 'search';
    case 'readonly':
      return type !== 'radio' && type !== 'checkbox' && type !== 'file';
    default:
      return type !== 'radio' && type !== 'checkbox' && type !== 'file';
  }
}

function starredLabel(label: Element | undefined): boolean {
  if (!label) return false;
  return /^\s*\*|\*\s*:?\s*$/.test(label.textContent ?? '') || Boolean(label.querySelector('.obligatoire, .required, abbr[title*="obligatoire" i]'));
}

/** Where a page's fields are: the region under its heading (the sign-up box, the deposit window), or the page. */
function scopeAndHeading(document: Document, descriptor: PageDescriptor, visibility: Visibility): { scope: Element | null; heading?: Element } {
  if (!document.body) return { scope: null };
  if (!descriptor.scopeHeading) return { scope: document.body };
  const wanted = descriptor.scopeHeading.map(foldWords);
  const walker = document.createTreeWalker(document.body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (!hasOwnText(element) || !wanted.includes(foldWords(labelTextOf(element)))) continue;
    if (!visibility.isShown(element)) continue;
    for (let ancestor = element.parentElement; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
      if (ancestor.querySelector(CONTROL_SELECTOR)) return { scope: ancestor, heading: element };
    }
  }
  return { scope: document.body };
}

/**
 * Finds the fields of a page by what a person sees (labels, table rows, groups, placeholders), with ids and
 * names only as a second signal. Each control is given to one field at most.
 */
export function locateFields(document: Document, page: PageKind, visibility: Visibility, descriptors = PAGE_DESCRIPTORS): LocatedField[] {
  const descriptor = descriptors[page];
  if (!descriptor) return [];
  const { scope, heading } = scopeAndHeading(document, descriptor, visibility);
  if (!scope) return [];
  const index = labelIndex(scope);
  const otherLabels = allLabels(descriptor);
  const claimed = new Set<Element>();
  const located: LocatedField[] = [];
  const found = new Set<FieldKey>();

  const accept = (field: FieldDescriptor, control: FieldControl | undefined, textElement: Element | undefined, label: Element | undefined, foundBy: LocatedField['foundBy']) => {
    if (control && (claimed.has(control) || !kindFits(field.kind, control))) return false;
    if (!control && !textElement) return false;
    // A field the page hides until some choice is made is not there for the person: not checked, not marked.
    if (field.onlyWhenShown && !visibility.isShown(control ? select2Visual(control) : textElement!)) return false;
    const controls: FieldControl[] = control?.type === 'radio' ? radioGroup(control as HTMLInputElement, scope) : control ? [control] : [];
    controls.forEach((each) => claimed.add(each));
    located.push({
      key: field.key,
      kind: field.kind,
      controls,
      ...(textElement ? { textElement } : {}),
      visual: control ? select2Visual(control) : textElement!,
      ...(label ? { label } : {}),
      starred: starredLabel(label),
      foundBy,
    });
    found.add(field.key);
    return true;
  };

  // First pass: labels (what a person reads).
  for (const field of descriptor.fields) {
    const candidates = [...new Set(labelsOf(field).flatMap((words) => index.get(foldWords(words)) ?? []))];
    // Reading order, but labels a person can see first (a hidden template or a closed search window may
    // repeat a label), and those after the region's heading first (the sign-up box beside the log-in box).
    // (Visibility is asked only when there is a choice: it makes the browser compute styles.)
    if (candidates.length > 1) {
      const rank = (label: Element) => (visibility.isShown(label) ? 0 : 2) + (heading && !precedes(heading, label) ? 1 : 0);
      const ranks = new Map(candidates.map((label) => [label, rank(label)]));
      candidates.sort((a, b) => ranks.get(a)! - ranks.get(b)! || (a === b ? 0 : precedes(a, b) ? -1 : 1));
    }
    for (const label of candidates) {
      const result = controlForLabel(label, field.kind, scope, otherLabels);
      if (result && accept(field, result.control, result.textElement, label, result.foundBy)) break;
    }
  }
  // Second pass: placeholders, titles and accessible names on the controls themselves.
  const controls = [...scope.querySelectorAll(CONTROL_SELECTOR)].filter(isControl);
  for (const field of descriptor.fields) {
    if (found.has(field.key)) continue;
    const words = new Set(labelsOf(field).map(foldWords));
    const control = controls.find(
      (each) => !claimed.has(each) && ['placeholder', 'title', 'aria-label'].some((name) => words.has(foldWords(each.getAttribute(name) ?? ''))),
    );
    if (control) accept(field, control, undefined, undefined, 'attribute');
  }
  // Last: ids and names (the portal's MODULE_Screen_Section_Field pattern, bean paths).
  for (const field of descriptor.fields) {
    if (found.has(field.key) || !field.idHints) continue;
    const hints = field.idHints.map((hint) => hint.toLowerCase());
    const control = controls.find((each) => {
      if (claimed.has(each)) return false;
      const names = `${each.id} ${each.getAttribute('name') ?? ''}`.toLowerCase().replace(/_/g, '');
      return hints.some((hint) => names.includes(hint.replace(/_/g, '')));
    });
    if (control) accept(field, control, undefined, undefined, 'id-hint');
  }
  const order = descriptor.fields.map((field) => field.key);
  return located.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}
