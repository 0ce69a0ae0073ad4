import { FIELD_KEYS, type FieldKey, type PageKind } from '../model/fields.ts';
import { ASSISTANT_TAG, CONTROL_SELECTOR } from './dom.ts';
import { PAGE_DESCRIPTORS } from './pages.ts';
import type { Visibility } from './visibility.ts';

/**
 * How well the assistant recognised the page: the fields it found, the ones it expected there and did not
 * find, and whether recognition is partial (a known page with expected fields not found, or a Chorus Pro page
 * it cannot place that shows a form). A partial page is where the assistant asks for the page's skeleton.
 */
export interface FieldCoverage {
  found: readonly FieldKey[];
  /** Expected on this page (its descriptor in pages.ts) and not found. */
  missing: readonly FieldKey[];
  partial: boolean;
}

/** Whether the page shows a control a person can fill (outside the assistant's own panel). */
export function showsForm(document: Document, visibility: Visibility): boolean {
  for (const control of document.querySelectorAll(CONTROL_SELECTOR)) {
    if (!control.closest(ASSISTANT_TAG) && visibility.isShown(control)) return true;
  }
  return false;
}

export function fieldCoverage(page: PageKind | undefined, found: readonly FieldKey[], showsUnplacedForm: () => boolean): FieldCoverage {
  const foundSet = new Set(found);
  const ordered = FIELD_KEYS.filter((key) => foundSet.has(key));
  if (!page) return { found: ordered, missing: [], partial: showsUnplacedForm() };
  // A field the portal shows only in some cases (« Motif d'exonération ») is not missing when it is not there.
  const expected = PAGE_DESCRIPTORS[page]?.fields.filter((field) => !field.onlyWhenShown).map((field) => field.key) ?? [];
  const missing = expected.filter((key) => !foundSet.has(key));
  return { found: ordered, missing, partial: missing.length > 0 };
}
