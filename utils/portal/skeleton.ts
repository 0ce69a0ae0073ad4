import { FIELD_KEYS, type FieldKey, type PageKind } from '../model/fields.ts';
import { normalizeSpaces } from '../model/text.ts';
import { ASSISTANT_TAG } from './dom.ts';
import { FIELD_BLOCKS, FIELD_LABELS, PAGE_DESCRIPTORS, PAGE_SIGNS, RECEIPT_WORDS, SEND_BUTTON_WORDS } from './pages.ts';
import type { Visibility } from './visibility.ts';
import { foldWords } from './words.ts';

/**
 * « Copier la structure de la page (sans vos données) »: the page as an indented tree of its elements (names,
 * ids, names, classes, roles, input types) with the portal's own words (labels, legends, headings, button
 * captions, menu entries, aria-label/title/placeholder of controls), for a maintainer to rebuild the page as a
 * replica. Never a field's value, an option's caption, a table cell, nor free text of the page (it may name the
 * user, the company or the invoice): those show as « … ». What is kept is masked again: runs of two digits or
 * more in words (SIRET, amounts, dates, IBAN), of five or more in ids, names and classes, e-mail addresses; and
 * a word that also appears in the page's data (a value, a chosen option, a table cell) drops the whole text.
 */
export interface SkeletonInput {
  page: PageKind | undefined;
  /** The field keys the assistant found on the page. */
  found: readonly FieldKey[];
  /** Expected on this page and not found (see coverage.ts). */
  missing: readonly FieldKey[];
  partial: boolean;
  /** The page's address: only its origin, path and query keys are kept. */
  url: string;
  version: string;
  /** yyyy-mm-dd */
  date: string;
  /** Marks the parts a person does not see (a closed window). */
  visibility?: Visibility;
  maxElements?: number;
  maxChars?: number;
}

const MAX_ELEMENTS = 3000;
const MAX_CHARS = 120_000;
const MAX_DEPTH = 60;
const MAX_WORDS = 120;
export const TRUNCATED = '… (tronqué)';

/** Never read: code, styles, the assistant itself. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BASE', ASSISTANT_TAG.toUpperCase()]);
/** Shown as one line, without what is inside (option captions, a typed text, embedded documents). */
const CLOSED = new Set(['SELECT', 'TEXTAREA', 'DATALIST', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE']);
/** Elements whose text is the portal's words. */
const WORD_TAGS = new Set(['LABEL', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BUTTON', 'CAPTION', 'DT', 'SUMMARY', 'TITLE']);
const LABEL_CLASSES = new Set(['control-label', 'col-form-label', 'form-label', 'libelle', 'ui-outputlabel']);
const MENU_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist']);
/** Roles of what shows data (a list's options, a grid's cells, a select2 box's caption): no words inside. */
const DATA_ROLES = new Set(['option', 'listbox', 'grid', 'gridcell', 'cell', 'row', 'rowheader', 'columnheader', 'textbox', 'combobox', 'treeitem', 'log', 'marquee']);
const WORD_ROLES = new Set(['heading', 'button', 'tab', 'menuitem']);
const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);
const CHOICE_TYPES = new Set(['radio', 'checkbox']);
/** What may be named by the elements it points to with aria-labelledby (not a select2 box: it names its caption). */
const LABELLED = 'input, select, textarea, fieldset, section, [role=dialog], [role=alertdialog], [role=group], [role=radiogroup], [role=region]';
/** The assistant's own marks: their values are its own field keys and states. */
const OWN_ATTRIBUTES = new Set(['data-ca-field', 'data-ca-state', 'data-ca-mark', 'data-ca-page']);
const ID_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
// Not `checked` nor `selected`: which choice is made is the user's.
const FLAG_ATTRIBUTES = ['readonly', 'disabled', 'required', 'multiple', 'hidden'];
const SMALL_WORDS = new Set(['les', 'des', 'une', 'sur', 'par', 'pour', 'aux', 'est', 'vos', 'nos', 'son', 'ses', 'the', 'and', 'avec', 'dans']);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DIGIT_RUN = /\d(?:[\d\s.,/:-]*\d)?/g;
const LONG_DIGIT_RUN = /\d{5,}/g;

/** Digits of what is kept: a lone digit stays (« A1 », « Étape 2 »), a run of two or more becomes « # ». */
function maskWords(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= 2 ? '#' : run));
}

/** Ids, names and classes are structure; a long digit run in them may be a SIRET or an amount. */
function maskName(text: string): string {
  const masked = text.replace(EMAIL, '[e-mail]').replace(LONG_DIGIT_RUN, '#');
  return masked.length > 80 ? `${masked.slice(0, 79)}…` : masked;
}

const tokens = (text: string) => foldWords(text).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length >= 3 && !SMALL_WORDS.has(token));

let portalVocabulary: Set<string> | undefined;
/** Words the assistant knows as the portal's (labels, synonyms, page signs, blocks): never taken for data. */
function knownPortalWords(): Set<string> {
  if (portalVocabulary) return portalVocabulary;
  const texts: string[] = [
    ...Object.values(FIELD_LABELS).map((label) => label.fr),
    ...Object.values(PAGE_DESCRIPTORS).flatMap((descriptor) => descriptor.fields.flatMap((field) => field.synonyms ?? [])),
    ...PAGE_SIGNS.flatMap((sign) => [...(sign.all ?? []), ...(sign.any ?? []), ...(sign.heading ?? [])]),
    ...Object.keys(FIELD_BLOCKS),
    ...RECEIPT_WORDS,
    ...SEND_BUTTON_WORDS,
  ];
  portalVocabulary = new Set(texts.flatMap(tokens));
  return portalVocabulary;
}

/**
 * The page's data: values typed or chosen, table cells; as words (but the portal's own words) and as whole texts.
 * A kept text sharing one of those words, or repeating one of those texts, is dropped.
 */
function pageData(document: Document): { words: Set<string>; texts: Set<string> } {
  const known = knownPortalWords();
  const words = new Set<string>();
  const texts = new Set<string>();
  const add = (text: string | null | undefined) => {
    const part = (text ?? '').slice(0, 500);
    const folded = foldWords(part);
    if (folded.length >= 3) texts.add(folded);
    for (const token of tokens(part)) if (!known.has(token)) words.add(token);
  };
  let budget = 3000;
  for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (budget-- <= 0) break;
    // A radio's or a checkbox's value is the portal's code for a choice, not what the user typed.
    if (!BUTTON_TYPES.has(control.type) && !CHOICE_TYPES.has(control.type)) add(control.value);
  }
  for (const option of document.querySelectorAll<HTMLOptionElement>('option')) {
    if (budget-- <= 0) break;
    if (option.selected && option.value !== '') add(option.text);
  }
  for (const cell of document.querySelectorAll('td')) {
    if (budget-- <= 0) break;
    add(cell.textContent);
  }
  return { words, texts };
}

interface Walk {
  /** Words of the page's data (see dataWords). */
  data: Set<string>;
  /** The page's data as whole texts, folded. */
  dataTexts: Set<string>;
  visibility?: Visibility;
  labelledIds: Set<string>;
  elements: number;
  maxElements: number;
  truncated: boolean;
}

interface Context {
  /** Inside a table cell: no words at all. */
  cell: boolean;
  /** Inside a menu: its links' captions are the portal's. */
  menu: boolean;
  /** Inside an element whose words were already given. */
  worded: boolean;
  /** Inside editable content or a control: no words. */
  closed: boolean;
  shown: boolean;
}

/** The portal's words, masked; undefined when they might be data. */
function keptWords(text: string | null, walk: Walk): string | undefined {
  const normalised = normalizeSpaces(text ?? '');
  if (!normalised) return undefined;
  if (tokens(normalised).some((token) => walk.data.has(token))) return undefined;
  const folded = foldWords(normalised);
  for (const data of walk.dataTexts) if (folded === data || (data.length >= 8 && folded.includes(data))) return undefined;
  const masked = maskWords(normalised);
  return masked.length > MAX_WORDS ? `${masked.slice(0, MAX_WORDS - 1)}…` : masked;
}

const NO_TEXT = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', ASSISTANT_TAG.toUpperCase()]);

/** An element's words, without what its controls hold; read up to a bound, however big the element is. */
function wordsOf(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* elements and texts */, {
    acceptNode: (node) =>
      node.nodeType === 1 && (NO_TEXT.has((node as Element).tagName.toUpperCase()) || (node as Element).hasAttribute('hidden')) ? 2 /* reject */ : 1,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_WORDS * 2; node = walker.nextNode()) {
    text += node.nodeType === 3 ? node.nodeValue : ' ';
  }
  return text;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function hasOwnLetters(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /[\p{L}\p{N}]/u.test(child.nodeValue ?? '')) return true;
  }
  return false;
}

/** A label of a radio or a checkbox is an option's caption: the user's choices may show there. */
function labelsAChoice(element: Element): boolean {
  if (element.tagName !== 'LABEL') return false;
  const forId = element.getAttribute('for');
  const target = forId ? element.ownerDocument.getElementById(forId) : element.querySelector('input');
  return target?.tagName === 'INPUT' && CHOICE_TYPES.has((target as HTMLInputElement).type);
}

function isWordElement(element: Element, context: Context, walk: Walk): boolean {
  const tag = element.tagName;
  const role = element.getAttribute('role') ?? '';
  if (WORD_TAGS.has(tag) || WORD_ROLES.has(role)) return !labelsAChoice(element);
  if (tag === 'A') return context.menu || /\bbtn\b/.test(element.getAttribute('class') ?? '');
  if ([...element.classList].some((name) => LABEL_CLASSES.has(name))) return true;
  return element.id !== '' && walk.labelledIds.has(element.id);
}

/** One element as a line: tag#id.classes[attributes] "words" (or … for text left out). */
function describe(element: Element, context: Context, walk: Walk, words: 'give' | 'none'): string {
  const tag = element.tagName.toLowerCase();
  let line = tag;
  if (element.id) line += `#${maskName(element.id)}`;
  const classes = [...element.classList].slice(0, 8).map(maskName);
  if (classes.length) line += `.${classes.join('.')}`;
  const attributes: string[] = [];
  const wordAttributes: string[] = [];
  const name = element.getAttribute('name');
  if (name && tag !== 'meta') attributes.push(`name=${maskName(name)}`);
  if (tag === 'input' || tag === 'button') attributes.push(`type=${(element as HTMLInputElement).type}`);
  const role = element.getAttribute('role');
  if (role) attributes.push(`role=${maskName(role)}`);
  for (const attribute of ID_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value) attributes.push(`${attribute}=${maskName(value)}`);
  }
  if (tag === 'form') {
    const method = element.getAttribute('method');
    const action = element.getAttribute('action');
    if (method) attributes.push(`method=${maskName(method)}`);
    if (action) attributes.push(`action=${maskName(action.split(/[?#]/)[0] ?? '')}`);
  }
  if (tag === 'input' && (element as HTMLInputElement).type === 'file') {
    const accept = element.getAttribute('accept');
    if (accept) attributes.push(`accept=${maskName(accept)}`);
  }
  for (const flag of FLAG_ATTRIBUTES) if (element.hasAttribute(flag)) attributes.push(flag);
  for (const attribute of element.getAttributeNames()) {
    if (!attribute.startsWith('data-')) continue;
    const value = element.getAttribute(attribute) ?? '';
    attributes.push(OWN_ATTRIBUTES.has(attribute) && /^[\w-]{1,40}$/.test(value) ? `${attribute}=${value}` : attribute);
  }
  const noWords = context.cell || context.closed || DATA_ROLES.has(role ?? '');
  if (!noWords) {
    const isControl = tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button';
    // A title elsewhere may repeat what a box shows (select2 puts the chosen caption there).
    const describable = isControl || tag === 'a' || tag === 'nav' || tag === 'form' || tag === 'section' || tag === 'fieldset' || tag === 'table';
    for (const attribute of ['aria-label', ...(describable ? ['title'] : []), ...(isControl ? ['placeholder'] : [])]) {
      const kept = keptWords(element.getAttribute(attribute), walk);
      if (kept) wordAttributes.push(`${attribute}=${quote(kept)}`);
    }
    if (tag === 'input' && BUTTON_TYPES.has((element as HTMLInputElement).type)) {
      const kept = keptWords((element as HTMLInputElement).value, walk);
      if (kept) wordAttributes.push(`value=${quote(kept)}`);
    }
  }
  if (attributes.length) line += `[${attributes.join('][')}]`;
  if (wordAttributes.length) line += ` ${wordAttributes.join(' ')}`;
  if (tag === 'select') {
    const count = (element as HTMLSelectElement).options.length;
    line += ` (${count} option${count === 1 ? '' : 's'})`;
  }
  if (words === 'give' && !noWords) {
    const text = wordsOf(element);
    const kept = keptWords(text, walk);
    if (kept) line += ` ${quote(kept)}`;
    else if (normalizeSpaces(text)) line += ' …';
  } else if (!context.worded && hasOwnLetters(element) && !CLOSED.has(element.tagName)) line += ' …';
  if (walk.visibility && context.shown && element.tagName !== 'HEAD' && !walk.visibility.isShown(element)) line += ' (masqué)';
  return line;
}

/** The lines of an element and what it holds; identical siblings in a row are written once, with ×N. */
function render(element: Element, depth: number, context: Context, walk: Walk): string[] {
  if (walk.elements >= walk.maxElements) {
    walk.truncated = true;
    return [];
  }
  walk.elements++;
  const indent = '  '.repeat(depth);
  const gives = !context.worded && !context.cell && !context.closed && !DATA_ROLES.has(element.getAttribute('role') ?? '') && isWordElement(element, context, walk);
  const line = describe(element, context, walk, gives ? 'give' : 'none');
  if (CLOSED.has(element.tagName)) return [indent + line];
  if (depth >= MAX_DEPTH) {
    walk.truncated = true;
    return [indent + line, `${indent}  …`];
  }
  const role = element.getAttribute('role') ?? '';
  const inner: Context = {
    cell: context.cell || element.tagName === 'TD' || element.tagName === 'TH' || DATA_ROLES.has(role),
    menu: context.menu || element.tagName === 'NAV' || MENU_ROLES.has(role),
    worded: context.worded || gives,
    closed: context.closed || element.hasAttribute('contenteditable'),
    // The head is never shown: what is in it is not marked as hidden.
    shown: context.shown && element.tagName !== 'HEAD' && (!walk.visibility || walk.visibility.isShown(element)),
  };
  const lines = [indent + line];
  let previous: string | undefined;
  let previousLines: string[] = [];
  let repeats = 0;
  const flush = () => {
    if (previous === undefined) return;
    if (repeats > 1) previousLines[0] += ` ×${repeats}`;
    lines.push(...previousLines);
  };
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (SKIPPED.has(child.tagName.toUpperCase())) continue;
    const childLines = render(child, depth + 1, inner, walk);
    if (childLines.length === 0) break;
    const joined = childLines.join('\n');
    if (joined === previous) {
      repeats++;
      continue;
    }
    flush();
    previous = joined;
    previousLines = childLines;
    repeats = 1;
  }
  flush();
  return lines;
}

/** The address without what the query says: the origin, the path, the query's keys. */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const keys = [...new Set(parsed.searchParams.keys())].map((key) => `${maskName(key)}=…`);
    return `${parsed.origin}${maskName(parsed.pathname)}${keys.length ? `?${keys.join('&')}` : ''}`;
  } catch {
    return '?';
  }
}

const list = (keys: readonly FieldKey[]) => (keys.length ? keys.join(', ') : '—');

/** The page's skeleton as the user sees it before copying, and as the support desk receives it. */
export function pageSkeleton(document: Document, input: SkeletonInput): string {
  const data = pageData(document);
  const walk: Walk = {
    data: data.words,
    dataTexts: data.texts,
    visibility: input.visibility,
    labelledIds: new Set(
      [...document.querySelectorAll('[aria-labelledby]')].filter((element) => element.matches(LABELLED)).flatMap((element) => (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)),
    ),
    elements: 0,
    maxElements: input.maxElements ?? MAX_ELEMENTS,
    truncated: false,
  };
  const found = new Set(input.found);
  const missing = new Set(input.missing);
  const elsewhere = FIELD_KEYS.filter((key) => !found.has(key) && !missing.has(key));
  const recognition = input.page ? `${input.page}${input.partial ? ' (partial)' : ''}` : `none${input.partial ? ' (partial: a form the assistant cannot place)' : ''}`;
  const total = document.getElementsByTagName('*').length;
  const root = document.documentElement;
  const tree = root ? render(root, 0, { cell: false, menu: false, worded: false, closed: false, shown: true }, walk) : [];
  const header = [
    'Structure de la page Chorus Pro, sans vos données (Assistant Chorus Pro)',
    `version: ${input.version}`,
    `date: ${input.date}`,
    `url: ${safeUrl(input.url)}`,
    `page: ${recognition}`,
    `found (${found.size}): ${list(FIELD_KEYS.filter((key) => found.has(key)))}`,
    `missing (${missing.size}): ${list(FIELD_KEYS.filter((key) => missing.has(key)))}`,
    `missing, not expected on this page (${elsewhere.length}): ${list(elsewhere)}`,
    `elements: ${walk.elements} of ${total}`,
    'legend: tag#id.class[attribute] "the portal\'s words"; … = text left out (values, choices, table cells, free text); # = digits left out',
    '---',
  ];
  let text = [...header, ...tree].join('\n');
  const maxChars = input.maxChars ?? MAX_CHARS;
  if (text.length > maxChars) {
    text = text.slice(0, text.lastIndexOf('\n', maxChars) > 0 ? text.lastIndexOf('\n', maxChars) : maxChars);
    walk.truncated = true;
  }
  return walk.truncated ? `${text}\n${TRUNCATED}` : text;
}
