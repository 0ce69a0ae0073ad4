import type { ComponentChildren } from 'preact';
import type { PageKind } from '../../utils/model/fields.ts';
import type { PortalSession, SessionState } from '../../utils/portal/session.ts';

/**
 * A block of the panel contributed by another feature (e.g. the PDF import and autofill preview), shown above
 * the verdicts on the pages it declares. Register it before the panel mounts, or call `refreshPanel()` after.
 */
export interface PanelSection {
  id: string;
  /** Lower comes first; the verdicts come after every section. */
  order?: number;
  pages: readonly PageKind[] | 'all';
  /** Its heading in the panel (already in the user's language). */
  title: string;
  render(session: PortalSession, state: SessionState): ComponentChildren;
}

const sections = new Map<string, PanelSection>();
const listeners = new Set<() => void>();

export function registerPanelSection(section: PanelSection): () => void {
  sections.set(section.id, section);
  listeners.forEach((listener) => listener());
  return () => {
    sections.delete(section.id);
    listeners.forEach((listener) => listener());
  };
}

export function panelSections(page: PageKind | null): PanelSection[] {
  return [...sections.values()]
    .filter((section) => section.pages === 'all' || (page !== null && section.pages.includes(page)))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** Asks the panel to render again (a section's own state changed). */
export function refreshPanel(): void {
  listeners.forEach((listener) => listener());
}

export function onSectionsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
