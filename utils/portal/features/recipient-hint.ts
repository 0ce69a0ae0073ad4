import type { PageKind } from '../../model/fields.ts';
import type { PortalFeature } from '../session.ts';

/**
 * Which public body's rules apply when the page shows no recipient yet (an empty SIRET, the works space, a
 * deposit window without structure): the recipient of the user's last sending, else `defaultRecipient` (the
 * assistant is handed out by the Ville de Saint-Étienne to its suppliers). Once a SIRET is on the page, it
 * decides (the engine uses the hint only when the page shows none).
 */
export function recipientHintFeature(
  lastRecipient: () => Promise<string | undefined>,
  defaultRecipient?: string,
  pages: readonly PageKind[] = ['saisie', 'depot', 'travaux'],
): PortalFeature {
  let hint: string | undefined = defaultRecipient;
  return {
    id: 'recipient-hint',
    pages,
    start(session, signal) {
      lastRecipient()
        .then((siret) => {
          if (signal.aborted || !siret || siret === hint) return;
          hint = siret;
          session.check();
        })
        .catch(() => {});
    },
    prepare(input) {
      return hint && !input.recipientHint ? { ...input, recipientHint: hint } : input;
    },
  };
}
