import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const settingsSchema = z.object({
  /** Offer to fill the form from the invoice PDF. */
  autofillSuggestions: z._default(z.boolean(), true),
  /** Which side of the window the panel sits on. */
  panelPosition: z._default(z.enum(['right', 'left']), 'right'),
  /** The panel starts collapsed (only its header shows). */
  panelCollapsed: z._default(z.boolean(), false),
  /**
   * Language of the assistant's pages: "auto" follows the user's preferred languages (French unless English
   * comes first). Added after v1 with a default, so older stored settings read as "auto" without a migration.
   */
  language: z._default(z.enum(['auto', 'fr', 'en']), 'auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, completed with defaults; a damaged value never breaks the extension. */
export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
