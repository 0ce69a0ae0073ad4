import { BUILT_IN_PROFILES } from './profiles.ts';
import { profileSchema, type Profile } from './profile-schema.ts';
import { RULES } from './registry.ts';

/*
 * A profile file imported in the settings: its shape, and that every check it names exists (so this module carries
 * every rule; what only reads stored profiles, like the content script's panel, does not import it).
 */

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
