import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { pageStatusSchema, type PageStatus } from '../messaging/protocol.ts';

/**
 * The last status each Chorus Pro tab reported. Kept in session storage: a Chrome service worker is stopped
 * after a while and its memory lost, but the badge and the popup must still know the tab's state. Session
 * storage is cleared when the browser closes; it never leaves the machine.
 */
const tabStatusesSchema = z.record(z.string(), pageStatusSchema);
export type TabStatuses = z.infer<typeof tabStatusesSchema>;

export const tabStatusesItem = storage.defineItem<TabStatuses>('session:tabStatuses', { fallback: {}, version: 1 });

/** A damaged or absent value reads as "no tab known". */
export async function loadTabStatuses(): Promise<TabStatuses> {
  try {
    return z.catch(tabStatusesSchema, {}).parse(await tabStatusesItem.getValue());
  } catch {
    // Firefox before 115 has no session storage: the background keeps its memory copy only.
    return {};
  }
}

export async function saveTabStatuses(statuses: TabStatuses): Promise<void> {
  try {
    await tabStatusesItem.setValue(statuses);
  } catch {
    // See loadTabStatuses.
  }
}

/** The badge of a tab: the number of errors, nothing when there is none. */
export function badgeText(status: PageStatus | null | undefined): string {
  const errors = status?.counts.error ?? 0;
  if (errors <= 0) return '';
  return errors > 99 ? '99+' : String(errors);
}

/** A calm dark red for errors (readable white text, contrast above 7:1), never a flashing colour. */
export const BADGE_COLOR = '#8c2f1b';
