import type { PageKind } from '../model/fields.ts';
import { hasOwnText } from './dom.ts';
import { PAGE_SIGNS, type PageSign } from './pages.ts';
import type { Visibility } from './visibility.ts';
import { foldWords } from './words.ts';

const HEADING_SELECTOR = 'h1, h2, h3, [role=heading], legend, .titre-page, .page-title, [aria-current=page], .active > a, a.active';

function foldedHas(haystack: string, words: string): boolean {
  return haystack.includes(foldWords(words));
}

const NAVIGATION = 'nav, [role=navigation], [role=menubar], [role=menu], a, button';

/**
 * Texts that stand as titles: headings, the active menu entry, and any element whose whole text is short and
 * stands alone outside menus and links (a page title styled as a div).
 */
function headingTexts(document: Document, visibility: Visibility): string[] {
  const texts = [...document.querySelectorAll(HEADING_SELECTOR)].filter((element) => visibility.isShown(element)).map((element) => foldWords(element.textContent ?? ''));
  const walker = document.createTreeWalker(document.body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (!hasOwnText(element) || element.children.length > 2) continue;
    const text = element.textContent ?? '';
    if (text.length > 60 || element.closest(NAVIGATION)) continue;
    if (visibility.isShown(element)) texts.push(foldWords(text));
  }
  return texts;
}

export function matchesSign(sign: PageSign, text: string, headings: () => string[]): boolean {
  if (sign.all && !sign.all.every((words) => foldedHas(text, words))) return false;
  if (sign.any) {
    const found = sign.any.filter((words) => foldedHas(text, words)).length;
    if (found < (sign.minAny ?? 1)) return false;
  }
  if (sign.heading) {
    const wanted = sign.heading.map(foldWords);
    if (!headings().some((heading) => wanted.some((words) => heading === words || heading.startsWith(`${words} `)))) return false;
  }
  return true;
}

/**
 * The kind of Chorus Pro page shown, from the words a person sees (the real URLs are `?execution=eXsY`
 * flows and say nothing), or undefined when the page is none the assistant knows.
 */
export function recognisePage(document: Document, visibility: Visibility, signs: readonly PageSign[] = PAGE_SIGNS): PageKind | undefined {
  if (!document.body) return undefined;
  const text = ` ${foldWords(visibility.visibleText(document.body))} `;
  let headings: string[] | undefined;
  const lazyHeadings = () => (headings ??= headingTexts(document, visibility));
  return signs.find((sign) => matchesSign(sign, text, lazyHeadings))?.kind;
}

/** Whether some words are visible on the page (e.g. the deposit receipt's "justificatif de dépôt"). */
export function pageShows(document: Document, words: readonly string[], visibility: Visibility): boolean {
  if (!document.body) return false;
  const text = foldWords(visibility.visibleText(document.body));
  return words.some((word) => text.includes(foldWords(word)));
}
