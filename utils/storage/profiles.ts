import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { BUILT_IN_PROFILES, type Profile } from '../rules/profiles.ts';
import { profileSchema } from '../rules/profile-schema.ts';
import { RULES } from '../rules/registry.ts';

/** Profiles of other public bodies, imported from JSON files in the settings. */
export const customProfilesItem = storage.defineItem<Profile[]>('local:customProfiles', { fallback: [], version: 1 });

export async function loadProfiles(): Promise<Profile[]> {
  const custom = z.catch(z.array(profileSchema), []).parse(await customProfilesItem.getValue());
  return [...BUILT_IN_PROFILES, ...custom.filter((profile) => !BUILT_IN_PROFILES.some((builtIn) => builtIn.id === profile.id))];
}

export type ProfileImport = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Validates a profile file: its shape, and that every check it names exists. Errors are French. */
export function parseProfileFile(text: string): ProfileImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["Le fichier n'est pas du JSON valide."] };
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'fichier'} : ${issue.message}`) };
  }
  const unknown = Object.keys(parsed.data.rules).filter((id) => !RULES.has(id));
  if (unknown.length) return { ok: false, errors: unknown.map((id) => `rules : vérification inconnue « ${id} »`) };
  if (BUILT_IN_PROFILES.some((profile) => profile.id === parsed.data.id)) {
    return { ok: false, errors: [`id : « ${parsed.data.id} » est un profil intégré, choisissez un autre identifiant.`] };
  }
  return { ok: true, profile: parsed.data };
}

export async function importProfile(profile: Profile): Promise<void> {
  const current = await customProfilesItem.getValue();
  await customProfilesItem.setValue([...current.filter((existing) => existing.id !== profile.id), profile]);
}

export async function removeProfile(id: string): Promise<void> {
  const current = await customProfilesItem.getValue();
  await customProfilesItem.setValue(current.filter((profile) => profile.id !== id));
}
