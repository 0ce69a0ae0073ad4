/**
 * `npm run fuzz [-- --mutations N --seed S --cli N --light]`: the long fuzz run of the PDF extractor.
 *
 * Feeds thousands of hostile files (hand-written attacks and mutations of the public corpus and of generated
 * invoices) to extractInvoice, in a worker thread watched from outside, then a sample of them to the CLI. Every file
 * must get a result or a contract error within the time cap: no crash, no unhandled rejection, no stack trace,
 * memory bounded. Prints the figures for the closing note; exit status 1 when any case failed.
 */
import { buildCases, type CaseListSpec } from './lib/cases.ts';
import { percentile, runCli, runIsolated, type CaseOutcome } from './lib/run.ts';
import { MAX_MILLISECONDS } from '../../utils/pdf/errors.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} expects a number`);
  return value;
}

const spec: CaseListSpec = {
  seed: option('seed', 20_260_127),
  heavy: !process.argv.includes('--light'),
  mutations: option('mutations', 3000),
};
const cliCount = option('cli', 200);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const cases = buildCases(spec);
console.log(`fuzz: ${cases.length} cases (seed ${spec.seed}, ${spec.heavy ? 'with' : 'without'} the heavy hand-written ones), time cap ${MAX_MILLISECONDS} ms per file`);
const started = performance.now();
const run = await runIsolated(spec, {
  onOutcome(outcome, index, total) {
    if (outcome.problems.length > 0 || outcome.family.startsWith('generated')) {
      console.log(`  [${index + 1}/${total}] ${outcome.outcome.padEnd(9)} ${String(Math.round(outcome.ms)).padStart(6)} ms  ${outcome.name}${outcome.problems.length ? `\n      ✖ ${outcome.problems.join('\n      ✖ ')}` : ''}`);
    } else if ((index + 1) % 250 === 0) {
      console.log(`  [${index + 1}/${total}] … ${Math.round((performance.now() - started) / 1000)} s`);
    }
  },
});

function tally(outcomes: readonly CaseOutcome[], key: (outcome: CaseOutcome) => string): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(key(outcome), (counts.get(key(outcome)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', ');
}

const times = run.outcomes.map((outcome) => outcome.ms);
const failed = run.outcomes.filter((outcome) => outcome.problems.length > 0);
console.log('\nextractInvoice (in-process, as the extension and the CLI call it)');
console.log(`  cases            ${run.outcomes.length} in ${Math.round((performance.now() - started) / 1000)} s`);
console.log(`  outcomes         ${tally(run.outcomes, (outcome) => outcome.outcome)}`);
console.log(`  by family        ${tally(run.outcomes, (outcome) => outcome.family)}`);
console.log(`  time per file    median ${Math.round(percentile(times, 50))} ms, p95 ${Math.round(percentile(times, 95))} ms, p99 ${Math.round(percentile(times, 99))} ms, max ${Math.round(Math.max(...times))} ms (cap ${MAX_MILLISECONDS} ms)`);
console.log(`  memory (RSS)     max ${mb(run.maxRss)}; after 100 files ${mb(run.rssAfterWarmup)}, at the end ${mb(run.rssAtEnd)} (growth ${mb(run.rssAtEnd - run.rssAfterWarmup)}; whole process, after a GC, last worker)`);
console.log(`  worker restarts  ${run.restarts}`);
console.log(`  failures         ${failed.length}`);
for (const outcome of failed) console.log(`    ✖ ${outcome.name}: ${outcome.problems.join('; ')}`);

// The CLI: a sample of the same cases, a few dozen files per invocation, as a support desk would run it.
let cliFailures = 0;
if (cliCount > 0) {
  const hung = new Set(run.outcomes.filter((outcome) => outcome.outcome === 'hung').map((outcome) => outcome.name));
  // Every hand-written attack that did not hang in-process, then mutations evenly spread over the run.
  const usable = cases.filter((fuzzCase) => !hung.has(fuzzCase.name));
  const generated = usable.filter((fuzzCase) => fuzzCase.family.startsWith('generated'));
  const mutations = usable.filter((fuzzCase) => !fuzzCase.family.startsWith('generated'));
  const step = Math.max(1, Math.floor(mutations.length / Math.max(1, cliCount - generated.length)));
  const sample = [...generated, ...mutations.filter((_, index) => index % step === 0)].slice(0, cliCount);
  const cliStarted = performance.now();
  const statuses = new Map<string, number>();
  const codes = new Map<string, number>();
  for (let start = 0; start < sample.length; start += 40) {
    const batch = sample.slice(start, start + 40);
    const result = runCli(batch);
    statuses.set(String(result.status), (statuses.get(String(result.status)) ?? 0) + 1);
    for (const line of result.lines as { ok: boolean; error?: { code: string } }[]) {
      const key = line.ok ? 'ok' : (line.error?.code ?? '?');
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    if (result.problems.length > 0) {
      cliFailures += result.problems.length;
      console.log(`  ✖ cli batch ${start / 40 + 1}: ${result.problems.join('\n      ')}`);
    }
  }
  console.log('\nCLI (`npm run cli -- extract FILE…`)');
  console.log(`  files            ${sample.length} in ${Math.ceil(sample.length / 40)} invocations, ${Math.round((performance.now() - cliStarted) / 1000)} s`);
  console.log(`  outcomes         ${[...codes].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', ')}`);
  console.log(`  exit statuses    ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}`);
  console.log(`  problems         ${cliFailures} (invalid JSON line, wrong exit status, stack trace on stderr…)`);
}

process.exitCode = failed.length > 0 || cliFailures > 0 ? 1 : 0;
