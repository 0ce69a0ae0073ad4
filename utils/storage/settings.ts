import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const settingsSchema = z.object({
  /** Offer to fill the form from the invoice PDF. */
  autofillSuggestions: z.boolean().default(true),
  /** Which side of the window the panel sits on. */
  panelPosition: z.enum(['right', 'left']).default('right'),
  /** The panel starts collapsed (only its header shows). */
  panelCollapsed: z.boolean().default(false),
  /**
   * Language of the assistant's pages: "auto" follows the user's preferred languages (French unless English
   * comes first). Added after v1 with a default, so older stored settings read as "auto" without a migration.
   */
  language: z.enum(['auto', 'fr', 'en']).default('auto'),
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
