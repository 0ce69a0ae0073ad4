import type { PortalFeature } from '../session.ts';

/**
 * The "Factures de travaux" space shows no recipient: the recipient of the user's last sending tells which
 * public body's rules apply (the Ville de Saint-Étienne asks not to use this space at all). With no sending
 * recorded yet, `defaultRecipient` applies: the assistant is handed out by the Ville to its suppliers.
 */
export function worksSpaceFeature(lastRecipient: () => Promise<string | undefined>, defaultRecipient?: string): PortalFeature {
  let hint: string | undefined = defaultRecipient;
  return {
    id: 'works-space',
    pages: ['travaux'],
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
