import { readFileSync } from 'node:fs';
import { parseDate } from '../utils/model/date.ts';
import { compactForSearch } from '../utils/model/pdf-text.ts';
import { onlyDigits } from '../utils/model/siret.ts';
import { runChecks } from '../utils/rules/engine.ts';
import { historyFromList } from '../utils/rules/history.ts';
import { checkInputSchema, describeInputErrors } from './check-input.ts';
import { UsageError } from './usage.ts';

export async function checkCommand(args: string[]): Promise<number> {
  const { rest, directoryPath } = takeDirectoryOption(args);
  if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new UsageError('usage : npm run cli -- check FORMULAIRE.json [--directory ANNUAIRE.xlsx]');
  const path = rest[0]!;
  let text: string;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`impossible de lire le fichier « ${path} ».`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`« ${path} » n'est pas du JSON valide : ${(error as Error).message}`);
  }
  const parsed = checkInputSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`« ${path} » ne suit pas le format attendu :\n${describeInputErrors(parsed.error)}`);
  const input = parsed.data;
  const directory = directoryPath ? await directoryEntryFor(directoryPath, input.fields.recipientSiret) : undefined;
  const { unsure: pdfUnsure, ...pdf } = input.pdf ?? {};
  const result = runChecks({
    snapshot: { page: input.page, fields: input.fields, starred: input.starred, depositFile: input.depositFile },
    pdf: input.pdf ? pdf : undefined,
    pdfUnsure,
    history: input.history ? historyFromList(input.history) : undefined,
    today: input.today ? (parseDate(input.today) ?? undefined) : undefined,
    locale: input.locale,
    facturx: input.facturx,
    pdfText: input.pdfText === undefined ? undefined : compactForSearch(input.pdfText),
    pdfMentions: input.pdfMentions,
    attachments: input.attachments,
    directory,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

/** `--directory FILE.xlsx` (or `--directory=FILE.xlsx`), anywhere among the arguments. */
function takeDirectoryOption(args: string[]): { rest: string[]; directoryPath: string | undefined } {
  const rest: string[] = [];
  let directoryPath: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--directory') {
      directoryPath = args[++index];
      if (!directoryPath) throw new UsageError('--directory attend le chemin du fichier de l\'annuaire (.xlsx).');
    } else if (arg.startsWith('--directory=')) directoryPath = arg.slice('--directory='.length);
    else rest.push(arg);
  }
  return { rest, directoryPath };
}

/** The directory's entry for the form's recipient SIRET; none to look up when the form has no 14-digit SIRET. */
async function directoryEntryFor(path: string, recipientSiret: string | undefined) {
  const { readDirectoryEntry } = await import('./directory.ts');
  const siret = onlyDigits(recipientSiret ?? '');
  if (siret.length !== 14) {
    // The file is still read, so a wrong file is reported whatever the form says.
    await readDirectoryEntry(path, '');
    return undefined;
  }
  return readDirectoryEntry(path, siret);
}
