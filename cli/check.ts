import { readFileSync } from 'node:fs';
import { parseDate } from '../utils/model/date.ts';
import { runChecks } from '../utils/rules/engine.ts';
import { historyFromList } from '../utils/rules/history.ts';
import { checkInputSchema, describeInputErrors } from './check-input.ts';
import { UsageError } from './usage.ts';

export function checkCommand(args: string[]): number {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('usage : npm run cli -- check FORMULAIRE.json');
  const path = args[0]!;
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
  const { unsure: pdfUnsure, ...pdf } = input.pdf ?? {};
  const result = runChecks({
    snapshot: { page: input.page, fields: input.fields, starred: input.starred, depositFile: input.depositFile },
    pdf: input.pdf ? pdf : undefined,
    pdfUnsure,
    history: input.history ? historyFromList(input.history) : undefined,
    today: input.today ? (parseDate(input.today) ?? undefined) : undefined,
    locale: input.locale,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
