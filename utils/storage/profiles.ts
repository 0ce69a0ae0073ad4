import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { BUILT_IN_PROFILES, type Profile } from '../rules/profiles.ts';
import { profileSchema } from '../rules/profile-schema.ts';

/** Profiles of other public bodies, imported from JSON files in the settings. */
export const customProfilesItem = storage.defineItem<Profile[]>('local:customProfiles', { fallback: [], version: 1 });

export async function loadProfiles(): Promise<Profile[]> {
  const custom = z.catch(z.array(profileSchema), []).parse(await customProfilesItem.getValue());
  return [...BUILT_IN_PROFILES, ...custom.filter((profile) => !BUILT_IN_PROFILES.some((builtIn) => builtIn.id === profile.id))];
}

export async function importProfile(profile: Profile): Promise<void> {
  const current = await customProfilesItem.getValue();
  await customProfilesItem.setValue([...current.filter((existing) => existing.id !== profile.id), profile]);
}

export async function removeProfile(id: string): Promise<void> {
  const current = await customProfilesItem.getValue();
  await customProfilesItem.setValue(current.filter((profile) => profile.id !== id));
}
