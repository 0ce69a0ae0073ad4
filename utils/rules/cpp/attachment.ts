import type { AttachmentInfo, Messages, Rule, RuleFinding } from '../types.ts';

/** Chorus Pro's limits on « Pièces jointes » (its published rules; docs/rules.md says where they come from). */
export const MAX_ATTACHMENT_NAME_LENGTH = 50;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_TOTAL_BYTES = 120 * 1024 * 1024;
export const ACCEPTED_ATTACHMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  'BMP', 'BZ2', 'CSV', 'DOC', 'DOCX', 'FAX', 'GIF', 'GZ', 'GZIP', 'HTM', 'HTML', 'JPEG', 'JPG', 'ODP', 'ODS', 'ODT',
  'P7S', 'PDF', 'PNG', 'PPS', 'PPT', 'PPTX', 'RTF', 'SVG', 'TGZ', 'TIF', 'TIFF', 'TXT', 'XHTML', 'XLC', 'XLM', 'XLS',
  'XLSX', 'XML', 'ZIP',
]);

/** "Annexe.PDF" → "PDF"; "" when the name has no extension. */
export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name.trim());
  return match ? match[1]!.toUpperCase() : '';
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');

/** A shorter name that Chorus Pro accepts, keeping the start of the name and the extension. */
export function shortenedName(name: string, max = MAX_ATTACHMENT_NAME_LENGTH): string {
  const characters = [...name.trim()];
  if (characters.length <= max) return name.trim();
  const extension = extensionOf(name);
  // A very long "extension" is no extension worth keeping.
  const suffix = extension && extension.length <= 5 ? [...name.trim().slice(-(extension.length + 1))] : [];
  return [...characters.slice(0, max - suffix.length), ...suffix].join('').replace(/[\s._-]+(\.[^.]+)?$/, '$1');
}

const NAME_TOO_LONG: Messages = {
  fr: 'Pièce jointe « {name} » : son nom fait {length} caractères avec l\'extension, Chorus Pro en accepte {max} au plus. Renommez le fichier (par exemple « {shorter} ») puis ajoutez-le de nouveau.',
  en: 'Attachment "{name}": its name is {length} characters long with the extension; Chorus Pro accepts at most {max}. Rename the file (for example "{shorter}") and add it again.',
};
const EXTENSION_REFUSED: Messages = {
  fr: 'Pièce jointe « {name} » : Chorus Pro n\'accepte pas les fichiers « .{extension} ». Enregistrez-la en PDF (menu Fichier › Enregistrer sous › PDF, ou Imprimer › PDF) et ajoutez ce PDF.',
  en: 'Attachment "{name}": Chorus Pro does not accept ".{extension}" files. Save it as PDF (File › Save as › PDF, or Print › PDF) and add that PDF.',
};
const NO_EXTENSION: Messages = {
  fr: 'Pièce jointe « {name} » : ce nom n\'a pas d\'extension (.pdf, .jpg…), Chorus Pro le refusera. Enregistrez le fichier en PDF et ajoutez ce PDF.',
  en: 'Attachment "{name}": the name has no extension (.pdf, .jpg…); Chorus Pro will refuse it. Save the file as PDF and add that PDF.',
};
const EMPTY: Messages = {
  fr: 'Pièce jointe « {name} » : ce fichier est vide (0 octet). Retirez-le et ajoutez le bon fichier.',
  en: 'Attachment "{name}": this file is empty (0 bytes). Remove it and add the right file.',
};
const TOO_LARGE: Messages = {
  fr: 'Pièce jointe « {name} » : elle fait {size} Mo, Chorus Pro refuse une pièce jointe de 10 Mo ou plus. Réduisez-la (PDF « taille réduite », images moins lourdes) ou découpez-la en plusieurs fichiers.',
  en: 'Attachment "{name}": it is {size} MB; Chorus Pro refuses an attachment of 10 MB or more. Make it smaller (reduced-size PDF, lighter images) or split it into several files.',
};
const TOTAL_TOO_LARGE: Messages = {
  fr: 'Les pièces jointes font {size} Mo en tout : Chorus Pro en accepte 120 Mo au plus pour une facture. Réduisez les plus lourdes ou retirez celles qui ne sont pas nécessaires.',
  en: 'The attachments add up to {size} MB: Chorus Pro accepts at most 120 MB for one invoice. Make the largest ones smaller or remove those that are not needed.',
};

function problemsOf(file: AttachmentInfo, say: (message: Messages, values?: Record<string, string | number>) => string): string[] {
  const name = file.name.trim();
  const messages: string[] = [];
  const length = [...name].length;
  if (length > MAX_ATTACHMENT_NAME_LENGTH) {
    messages.push(say(NAME_TOO_LONG, { name, length, max: MAX_ATTACHMENT_NAME_LENGTH, shorter: shortenedName(name) }));
  }
  const extension = extensionOf(name);
  if (extension === '') messages.push(say(NO_EXTENSION, { name }));
  else if (!ACCEPTED_ATTACHMENT_EXTENSIONS.has(extension)) messages.push(say(EXTENSION_REFUSED, { name, extension: extension.toLowerCase() }));
  if (file.sizeBytes === 0) messages.push(say(EMPTY, { name }));
  else if (file.sizeBytes !== undefined && file.sizeBytes >= MAX_ATTACHMENT_BYTES) messages.push(say(TOO_LARGE, { name, size: megabytes(file.sizeBytes) }));
  return messages;
}

export const attachment: Rule = {
  id: 'cpp/attachment',
  fields: ['attachments'],
  pages: ['saisie'],
  severity: 'error',
  check({ attachments, say }) {
    if (!attachments?.length) return [];
    const findings: RuleFinding[] = attachments.flatMap((file) => problemsOf(file, say).map((message) => ({ field: 'attachments' as const, message })));
    const total = attachments.reduce((sum, file) => sum + Math.max(0, file.sizeBytes ?? 0), 0);
    if (total > MAX_ATTACHMENTS_TOTAL_BYTES) findings.push({ field: 'attachments', message: say(TOTAL_TOO_LARGE, { size: megabytes(total) }) });
    return findings;
  },
};
