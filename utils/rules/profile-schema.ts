import { z } from 'zod/mini';

/**
 * A profile is data: which checks apply to a public body, with what parameters. Adding a body
 * means adding a profile (built in, or imported as JSON in the settings), never touching the engine.
 * The schema lives apart from the built-in profiles (utils/rules/profiles.ts), so that the content script's
 * checks do not carry zod; the check of an imported file is in ./profile-file.ts.
 */
export const profileSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'identifiant en minuscules, chiffres et tirets')),
  name: z.string().check(z.minLength(1)),
  /** SIRETs of the body: the profile applies when the invoice is addressed to one of them. */
  recipientSirets: z.array(z.string().check(z.regex(/^\d{14}$/, 'un SIRET a 14 chiffres'))),
  /** Another profile whose checks apply too (usually "chorus-pro"). */
  extends: z.optional(z.string()),
  /** Parameters every check of this profile receives (name, SIRET, engagement length…). */
  params: z._default(z.record(z.string(), z.unknown()), {}),
  /** Checks by id, each with its own parameters on top of the profile's. */
  rules: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export type Profile = z.infer<typeof profileSchema>;
