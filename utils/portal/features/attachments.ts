import type { AttachmentInfo } from '../../rules/types.ts';
import { chosenAttachments, listedAttachmentNames } from '../read.ts';
import type { PortalFeature } from '../session.ts';

/**
 * Every attachment of the invoice, once: the files listed in the table (with the size seen when they were chosen,
 * if they were chosen on this page), then the files chosen in the input that the table does not list yet.
 */
export function mergeAttachments(chosen: readonly AttachmentInfo[], listed: readonly string[], sizes: ReadonlyMap<string, number>): AttachmentInfo[] {
  const fromTable = listed.map((name) => (sizes.has(name) ? { name, sizeBytes: sizes.get(name)! } : { name }));
  const notListed = chosen.filter((file) => !listed.includes(file.name));
  return [...fromTable, ...notListed];
}

/**
 * « PIÈCES JOINTES » on the entry form: the files added reach the checks (`cpp/attachment`) by their names and
 * sizes, from the file input and the table's rows; their content is never read. The page re-checks when a file
 * is chosen (the input's change) and when a row comes or goes (the page changed): nothing polls.
 */
export function attachmentsFeature(): PortalFeature {
  // A portal that empties its input once the files are listed would lose their sizes: they are kept by name.
  let sizes = new Map<string, number>();
  return {
    id: 'attachments',
    pages: ['saisie'],
    start() {
      sizes = new Map();
    },
    prepare(input, session) {
      const field = session.field('attachments');
      if (!field) return input;
      const chosen = chosenAttachments(field);
      for (const file of chosen) if (file.sizeBytes !== undefined) sizes.set(file.name, file.sizeBytes);
      return { ...input, attachments: mergeAttachments(chosen, listedAttachmentNames(field), sizes) };
    },
  };
}
