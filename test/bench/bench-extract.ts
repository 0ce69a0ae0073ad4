/**
 * npm run bench:extract [-- --corpus public|public-text|seen|spent|blind] [--layouts NAME,…] [--pairs N] [--reveal-blind] [--verbose]
 *
 * Reads each corpus through the command line exactly as `npm run cli -- extract FILES…` does (one process for all the
 * files) and scores its JSON Lines against the ground truth: exact / wrong / missing / unsure-right / unsure-wrong per
 * field, wrong values outside `unsure`, invented engagement numbers, Factur-X exactness, accuracy per producer and
 * per layout family. Then times the CLI against a shell-style `pdftotext -layout FILE -` loop over the same files
 * (whole processes, alternated, median of 5 pairs). `--layouts` keeps only the files of those layouts (`_layout` in the
 * ground truth), to time a part of a corpus (e.g. the small invoices of spent).
 *
 * The blind part (test/corpus/blind) prints figures only: its mistakes stay hidden unless --reveal-blind is given
 * (see test/corpus/README.md for the protocol). The spent part (test/corpus/spent, the blind parts retired
 * after their one measurement) is development material like the seen part: its mistakes are listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { accuracy, emptyScore, expectedCount, scoreOne, type Expected, type FieldScore, type Score } from '../corpus/score.ts';

const root = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({
  options: { corpus: { type: 'string', multiple: true }, layouts: { type: 'string' }, 'reveal-blind': { type: 'boolean' }, verbose: { type: 'boolean' }, pairs: { type: 'string' } },
});
const layouts = options.layouts ? new Set(options.layouts.split(',').map((name) => name.trim())) : undefined;
const PAIRS = Number(options.pairs ?? process.env.BENCH_PAIRS ?? 5);
const TARGET = { accuracy: 0.98, time: 1.25 };

interface Corpus {
  name: string;
  dir: string;
  truthFile: string;
  textOnly?: boolean;
  hidden?: boolean;
  timed: boolean;
  filter?: (file: string) => boolean;
}

const CORPORA: Corpus[] = [
  { name: 'public', dir: process.env.PUBLIC_CORPUS ?? join(root, 'test/fixtures/public'), truthFile: 'expected.json', timed: true },
  // The same public files read with --text-only, except the deliberately broken Factur-X cases whose text disagrees.
  { name: 'public-text', dir: process.env.PUBLIC_CORPUS ?? join(root, 'test/fixtures/public'), truthFile: 'expected.json', textOnly: true, timed: false, filter: (file) => !file.startsWith('caslimites-') },
  { name: 'seen', dir: join(root, 'test/corpus/generated'), truthFile: 'ground-truth.json', timed: true },
  { name: 'spent', dir: join(root, 'test/corpus/spent'), truthFile: 'ground-truth.json', timed: true },
  { name: 'blind', dir: join(root, 'test/corpus/blind'), truthFile: 'ground-truth.json', hidden: true, timed: true },
];

interface CliResult {
  file: string;
  ok: boolean;
  source?: string;
  fields?: Record<string, string>;
  unsure?: string[];
  error?: { code: string };
}

/**
 * The command of `npm run cli` (package.json), run with the same Node npm gives it, one process for all the files.
 * npm's own start (about 0.2 s, once per command whatever the files) is left out: it is npm's, not the reader's.
 */
const cliScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.cli!;
const [cliProgram, ...cliArguments] = cliScript.split(/\s+/);
if (cliProgram !== 'node') throw new Error(`the cli script should start with node: ${cliScript}`);
function cli(files: string[], textOnly: boolean, capture: boolean) {
  return spawnSync(process.execPath, [...cliArguments, 'extract', ...(textOnly ? ['--text-only'] : []), ...files], {
    cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'ignore'],
  });
}

function pdftotextLoop(files: string[]) {
  for (const file of files) spawnSync('pdftotext', ['-layout', file, '-'], { stdio: 'ignore' });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
let allMet = true;

function groupTable(title: string, groups: Map<string, Score>) {
  out(`| ${title} | files | fields | exact | wrong (not unsure) | missing | unsure right / wrong |`);
  out('|---|---|---|---|---|---|---|');
  for (const [key, score] of [...groups.entries()].sort()) {
    out(`| ${key} | ${score.files} | ${expectedCount(score)} | ${score.exact} (${pct(accuracy(score))}) | ${score.wrong} | ${score.missing} | ${score.unsureRight} / ${score.unsureWrong} |`);
  }
}

const wanted = options.corpus ?? CORPORA.map((corpus) => corpus.name);
for (const name of wanted) if (!CORPORA.some((corpus) => corpus.name === name)) throw new Error(`unknown corpus ${name} (${CORPORA.map((corpus) => corpus.name).join(', ')})`);

for (const corpus of CORPORA.filter((c) => wanted.includes(c.name))) {
  const truthPath = join(corpus.dir, corpus.truthFile);
  if (!existsSync(truthPath)) {
    out(`## ${corpus.name}: no ${truthPath}`);
    continue;
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, Expected>;
  const names = Object.keys(truth).filter(
    (file) => existsSync(join(corpus.dir, file)) && (corpus.filter?.(file) ?? true) && (!layouts || layouts.has(truth[file]!._layout ?? '')),
  );
  const paths = names.map((file) => join(corpus.dir, file));

  const run = cli(paths, Boolean(corpus.textOnly), true);
  const results = new Map<string, CliResult>();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const result = JSON.parse(line) as CliResult;
    results.set(result.file, result);
  }

  const score = emptyScore();
  const facturx = emptyScore();
  const byProducer = new Map<string, Score>();
  const byFamily = new Map<string, Score>();
  for (const [index, file] of names.entries()) {
    const expected = truth[file]!;
    const result = results.get(paths[index]!) ?? results.get(file);
    const fields = result?.ok ? ((result.fields ?? {}) as Record<string, string>) : null;
    const unsure = result?.unsure ?? [];
    const add = (target: Score) => scoreOne(target, file, expected, fields, unsure);
    add(score);
    if (!corpus.textOnly && (expected._source ?? '').startsWith('embedded XML')) add(facturx);
    if (expected._producer) add(byProducer.get(expected._producer) ?? byProducer.set(expected._producer, emptyScore()).get(expected._producer)!);
    if (expected._family) add(byFamily.get(expected._family) ?? byFamily.set(expected._family, emptyScore()).get(expected._family)!);
  }

  out(`## ${corpus.name}${corpus.textOnly ? ' (--text-only)' : ''}${layouts ? ` (layouts ${[...layouts].join(', ')})` : ''}: ${score.files} files, ${score.failed} not read`);
  const total = expectedCount(score);
  const accuracyMet = accuracy(score) >= TARGET.accuracy;
  out(`expected fields: ${total} — exact ${score.exact} (${pct(accuracy(score))}, target ≥ 98 %: ${mark(accuracyMet)}), wrong ${score.wrong}, missing ${score.missing}, unsure ${score.unsureRight + score.unsureWrong} (right ${score.unsureRight}, wrong ${score.unsureWrong})`);
  out(`wrong values outside unsure: ${score.wrong} (target 0: ${mark(score.wrong === 0)})`);
  const inventedSure = score.inventedEngagements - score.inventedEngagementsUnsure;
  out(`invented engagement numbers: ${score.inventedEngagements} in all, ${inventedSure} outside unsure, ${score.inventedEngagementsUnsure} flagged unsure (target 0: ${mark(score.inventedEngagements === 0)})`);
  const othersSure = score.inventedOthers - score.inventedOthersUnsure;
  const complete = names.some((file) => truth[file]!._layout !== undefined);
  if (complete) out(`values of other fields the invoice does not print: ${score.inventedOthers} in all, ${othersSure} outside unsure, ${score.inventedOthersUnsure} flagged unsure (target 0 outside unsure: ${mark(othersSure === 0)})`);
  let facturxMet = true;
  if (facturx.files > 0) {
    facturxMet = accuracy(facturx) === 1;
    out(`Factur-X exactness (truth from embedded XML): ${facturx.files} files, ${pct(accuracy(facturx))} exact (${facturx.wrong} wrong, ${facturx.missing} missing, ${facturx.unsureRight + facturx.unsureWrong} unsure) (target 100 %: ${mark(facturxMet)})`);
  } else out('Factur-X exactness: no file of this corpus carries embedded XML');
  out();
  out('| field | exact | wrong (not unsure) | missing | unsure right | unsure wrong |');
  out('|---|---|---|---|---|---|');
  for (const [field, value] of Object.entries(score.fields).sort() as [string, FieldScore][]) out(`| ${field} | ${value.exact} | ${value.wrong} | ${value.missing} | ${value.unsureRight} | ${value.unsureWrong} |`);
  if (byProducer.size > 0) {
    out();
    groupTable('producer', byProducer);
  }
  if (byFamily.size > 0) {
    out();
    groupTable('layout family', byFamily);
  }

  let timeMet = true;
  if (corpus.timed && PAIRS > 0) {
    // Whole processes, alternated so that a busy machine does not favour either side.
    const cliTimes: number[] = [];
    const textTimes: number[] = [];
    const loadBefore = loadavg()[0]!.toFixed(1);
    for (let pair = 0; pair < PAIRS; pair++) {
      const timeText = () => {
        const started = performance.now();
        pdftotextLoop(paths);
        textTimes.push(performance.now() - started);
      };
      const timeCli = () => {
        const started = performance.now();
        cli(paths, Boolean(corpus.textOnly), false);
        cliTimes.push(performance.now() - started);
      };
      if (pair % 2 === 0) {
        timeText();
        timeCli();
      } else {
        timeCli();
        timeText();
      }
    }
    const ratio = median(cliTimes) / median(textTimes);
    timeMet = ratio <= TARGET.time;
    out();
    out(`time, median of ${PAIRS} pairs: CLI ${median(cliTimes).toFixed(0)} ms vs pdftotext -layout loop ${median(textTimes).toFixed(0)} ms over ${paths.length} files → ratio ${ratio.toFixed(2)} (target ≤ 1.25: ${mark(timeMet)}; load average ${loadBefore} → ${loadavg()[0]!.toFixed(1)})`);
  }

  if (corpus.hidden && !options['reveal-blind']) {
    out(`mistakes: ${score.mistakes.length} (hidden: the blind part's details are shown only with --reveal-blind)`);
  } else if (options.verbose || score.mistakes.length <= 60) {
    if (score.mistakes.length > 0) out(`mistakes (${score.mistakes.length}):`);
    for (const mistake of score.mistakes) out(`  - ${mistake}`);
  } else {
    out(`mistakes: ${score.mistakes.length} (--verbose lists them); the first 60:`);
    for (const mistake of score.mistakes.slice(0, 60)) out(`  - ${mistake}`);
  }
  out();
  if (!corpus.textOnly && !(accuracyMet && score.wrong === 0 && score.inventedEngagements === 0 && score.inventedOthers === score.inventedOthersUnsure && facturxMet && timeMet)) allMet = false;
}

out(`targets (blind ≥ 98 % exact, 0 wrong outside unsure, 0 invented engagements, 0 other invented values outside unsure, Factur-X 100 %, time ≤ 1.25×): ${allMet ? 'all met' : 'some MISSED'}`);
process.exitCode = allMet ? 0 : 1;
