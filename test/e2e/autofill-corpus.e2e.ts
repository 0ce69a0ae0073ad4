/**
 * The acceptance of « zero wrong values ticked by default »: every invoice of the corpora below is imported in the
 * panel of the empty entry form, the default ticks are confirmed as they are, and no field of the form may receive a
 * value that differs from the invoice. A field left empty or unticked is fine; a written value that differs fails,
 * naming the file and the field. The expected values come from each corpus's truth (never from the reader), written
 * in the portal's formats by the same mapping the product uses (utils/model/pdf-to-form.ts).
 *
 * One page for every file: import → apply → read the fields → undo (the form must be back as it was).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parseAmountCents } from '../../utils/model/amount.ts';
import type { ExtractedFields } from '../../utils/model/extracted.ts';
import { PDF_TO_FORM } from '../../utils/model/pdf-to-form.ts';
import { vatRegime } from '../../utils/rules/cpp/vat-type.ts';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { openPortal, panel } from './lib/portal.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The corpus folders, each with its truth: `ground-truth.json` lists every field the invoice prints (a field absent
 * is not printed: any value written there is wrong); `expected.json` (public samples) lists the fields known, and an
 * engagement number only when there is one (as test/corpus/score.ts counts it). The held-back blind part is never
 * imported by a test (test/corpus/README.md); `AUTOFILL_CORPORA=dir,dir` runs other folders for a look.
 */
const CORPORA: readonly string[] = process.env.AUTOFILL_CORPORA?.split(',').filter(Boolean) ?? ['test/corpus/generated', 'test/corpus/spent', 'test/fixtures/public'];

type Truth = ExtractedFields & Record<string, string | undefined>;

interface Corpus {
  dir: string;
  /** Every printed field is in the truth. */
  complete: boolean;
  truth: Record<string, Truth>;
  files: string[];
}

function loadCorpus(folder: string): Corpus {
  const dir = resolve(ROOT, folder);
  const complete = existsSync(join(dir, 'ground-truth.json'));
  const truth = JSON.parse(readFileSync(join(dir, complete ? 'ground-truth.json' : 'expected.json'), 'utf8')) as Record<string, Truth>;
  const files = readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort();
  const untold = files.filter((name) => !(name in truth));
  if (untold.length) throw new Error(`${folder}: no truth for ${untold.join(', ')}`);
  return { dir, complete, truth, files };
}

/** The form fields the autofill may write, with the PDF keys their value comes from. */
const SOURCES = new Map<string, (keyof ExtractedFields)[]>();
for (const [key, mapping] of Object.entries(PDF_TO_FORM)) SOURCES.set(mapping!.field, [...(SOURCES.get(mapping!.field) ?? []), key as keyof ExtractedFields]);
SOURCES.set('vatType', ['totalTVA']);

/**
 * Judges a written value against the invoice's truth: `'agrees'`, `undefined` when the truth does not tell, or
 * what is wrong. The expected value is the truth written as the portal expects it; a choice (select, radios) may
 * show it in its own words (« EUR - Euro européen »).
 */
function judge(field: string, written: FieldValue, truth: Truth, complete: boolean): 'agrees' | string | undefined {
  const keys = SOURCES.get(field) ?? [];
  if (field === 'vatType') {
    if (truth.totalTVA === undefined) return complete ? 'the invoice has no VAT total' : undefined;
    if (parseAmountCents(truth.totalTVA) !== 0) return `the invoice has VAT (${truth.totalTVA})`;
    return vatRegime(written.value) === 'sans-tva' ? 'agrees' : 'the invoice says « Sans TVA »';
  }
  for (const key of keys) {
    const expected = PDF_TO_FORM[key]!.toForm(truth);
    if (expected === null) continue;
    if (written.value === expected || (written.kind === 'choice' && PDF_TO_FORM[key]!.same(written.value, truth))) return 'agrees';
    return `the invoice says « ${expected} »`;
  }
  // A truth that lists only some fields may know a related one: a SIRET must then belong to the SIREN it lists.
  const known = keys.filter((key) => truth[key] !== undefined);
  if (!complete && known.length) return known.some((key) => PDF_TO_FORM[key]!.same(written.value, truth)) ? 'agrees' : `the invoice says ${known.map((key) => `${key} « ${truth[key]} »`).join(', ')}`;
  if (complete || field === 'engagementNumber') return 'the invoice has none';
  return undefined;
}

interface FieldValue {
  kind: 'text' | 'choice';
  value: string;
}

/**
 * The form as a person sees it: text inputs' values, a select's chosen caption, the checked radio's value. Runs in
 * the page (passed to `page.evaluate`, so it closes over nothing).
 */
function readForm(): Record<string, FieldValue> {
  const form: Record<string, FieldValue> = {};
  for (const element of document.querySelectorAll('[data-ca-field]')) {
    const key = element.getAttribute('data-ca-field')!;
    if (element instanceof HTMLSelectElement) form[key] = { kind: 'choice', value: element.selectedOptions[0]?.text.trim() ?? '' };
    else if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
      if (element.checked) form[key] = { kind: 'choice', value: element.value };
      else form[key] ??= { kind: 'choice', value: '' };
    } else if (element instanceof HTMLInputElement && element.type !== 'file') form[key] = { kind: 'text', value: element.value };
    else if (element instanceof HTMLTextAreaElement) form[key] = { kind: 'text', value: element.value };
  }
  return form;
}

/** Presses a panel button and waits (5 s at most) until `awaited` is there, or gone. */
async function pressPanelButton(page: Page, action: string, awaited: string, state: 'attached' | 'detached') {
  const button = panel(page).locator(`[data-ca-action="${action}"]`);
  await button.evaluate((element) => (element as HTMLButtonElement).click());
  await panel(page).locator(`[data-ca-action="${awaited}"]`).waitFor({ state, timeout: 5_000 });
}

/**
 * Confirms the preview's default ticks, reads the form, undoes, and reads it again. The buttons are pressed through
 * the DOM rather than by pointer: the other autofill specs click as a person does; here some 500 files go through
 * the same buttons.
 */
async function applyReadUndo(page: Page): Promise<{ filled: Record<string, FieldValue>; undone: Record<string, FieldValue> }> {
  await pressPanelButton(page, 'apply-autofill', 'undo-autofill', 'attached');
  const filled = await page.evaluate(readForm);
  await pressPanelButton(page, 'undo-autofill', 'undo-autofill', 'detached');
  return { filled, undone: await page.evaluate(readForm) };
}

/** Waits for the import of `name` to end; its outcome and, when read, the preview's rows. */
async function importOutcome(page: Page, name: string) {
  const handle = await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector('chorus-assistant')?.shadowRoot;
      const state = root?.querySelector('.ca-autofill')?.getAttribute('data-ca-import');
      const said = (selector: string) => (root?.querySelector(selector)?.textContent ?? '').includes(wanted);
      if (state === 'failed' && said('.ca-autofill__error')) return { state, error: root!.querySelector('.ca-autofill__error')!.textContent!, rows: [] };
      if (state !== 'read' || !said('.ca-autofill__status')) return null;
      const rows = [...root!.querySelectorAll('[data-ca-autofill-field]')].map((row) => ({
        field: row.getAttribute('data-ca-autofill-field')!,
        ticked: (row.querySelector('input[type=checkbox]') as HTMLInputElement | null)?.checked ?? false,
        unsure: row.getAttribute('data-ca-unsure') === 'true',
      }));
      return { state, error: '', rows };
    },
    name,
    { timeout: 20_000, polling: 10 },
  );
  return (await handle.jsonValue())!;
}

describe('autofill of every corpus invoice: no field receives a value the invoice does not say', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test(`the default ticks, confirmed on ${CORPORA.join(', ')}`, async (t) => {
    const corpora = CORPORA.map(loadCorpus);
    const started = performance.now();
    let page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    // The form before any import: what every field shows on the empty entry form.
    const empty = await page.evaluate(readForm);
    const fileInput = () => panel(page).locator('input[type=file][data-ca-action="import-pdf"]');
    const failures: string[] = [];
    const tally = { files: 0, unread: 0, ticked: 0, unsure: 0, written: 0, agreed: 0, reloads: 0 };

    for (const corpus of corpora) {
      for (const name of corpus.files) {
        const file = relative(ROOT, join(corpus.dir, name));
        const truth = corpus.truth[name]!;
        tally.files++;
        await fileInput().setInputFiles(join(corpus.dir, name));
        const outcome = await importOutcome(page, name);
        if (outcome.state === 'failed') {
          tally.unread++;
          continue;
        }
        tally.unsure += outcome.rows.filter((row) => row.unsure).length;
        for (const row of outcome.rows.filter((each) => each.unsure && each.ticked)) failures.push(`${file}: ${row.field} is unsure yet ticked`);
        const ticked = new Set(outcome.rows.filter((row) => row.ticked).map((row) => row.field));
        tally.ticked += ticked.size;
        if (ticked.size === 0) continue;

        const { filled, undone } = await applyReadUndo(page);
        for (const [field, written] of Object.entries(filled)) {
          if (written.value === empty[field]?.value) continue;
          tally.written++;
          if (!ticked.has(field)) failures.push(`${file}: ${field} written (« ${written.value} ») without being ticked`);
          const verdict = judge(field, written, truth, corpus.complete);
          if (verdict === 'agrees') tally.agreed++;
          else if (verdict !== undefined) failures.push(`${file}: ${field} = « ${written.value} », ${verdict}`);
        }

        const left = Object.keys(empty).filter((field) => undone[field]?.value !== empty[field]!.value);
        if (left.length) {
          failures.push(`${file}: undo left ${left.map((field) => `${field} = « ${undone[field]?.value} »`).join(', ')}`);
          // The next file starts from an empty form all the same.
          await page.close();
          page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
          tally.reloads++;
        }
      }
    }
    await page.close();

    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(
      `${tally.files} files in ${seconds.toFixed(1)} s (${((seconds * 1000) / tally.files).toFixed(0)} ms a file): ${tally.unread} not read, ` +
        `${tally.ticked} rows ticked, ${tally.unsure} rows unsure, ${tally.written} fields written, ${tally.agreed} checked against the truth, ` +
        `${failures.length} failures, ${tally.reloads} reloads`,
    );
    assert.ok(tally.files >= corpora.reduce((sum, corpus) => sum + corpus.files.length, 0) && tally.agreed > 0, 'every file was imported and values were written');
    assert.deepEqual(failures, []);
  });
});
