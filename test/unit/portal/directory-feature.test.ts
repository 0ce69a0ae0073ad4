import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryEntry } from '../../../utils/directory/entry.ts';
import { directoryFeature } from '../../../utils/portal/features/directory.ts';
import { PortalSession } from '../../../utils/portal/session.ts';
import { HOSPITAL, INACTIVE, NOT_IN_DIRECTORY } from '../../directory/fixture-data.ts';
import { directory } from '../rules/directory-forms.ts';
import { markupVisibility, replicaDocument } from './dom-fixture.ts';

const DIRECTORY_RULES = ['cpp/directory-unknown', 'cpp/recipient-inactive', 'cpp/engagement-required', 'cpp/service-required', 'cpp/service-unknown'];
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** The entry form (replica) with the directory feature, answered by `lookup`. */
function entryForm(lookup: (siret: string) => Promise<DirectoryEntry | null>, waitMs?: number) {
  const { document, window } = replicaDocument('cpp/saisie.html');
  const asked: string[] = [];
  const feature = directoryFeature((siret) => {
    asked.push(siret);
    return lookup(siret);
  }, waitMs);
  const session = new PortalSession({ document, visibility: markupVisibility, features: [feature], today: () => ({ year: 2026, month: 11, day: 27 }) });
  session.start();
  const type = (key: string, value: string) => {
    const input = document.querySelector(`[data-ca-field="${key}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
  };
  const rules = () => session.getState()!.result.verdicts.map((verdict) => verdict.rule);
  const verdict = (rule: string) => session.getState()!.result.verdicts.find((each) => each.rule === rule);
  const stateOf = (key: string) => document.querySelector(`[data-ca-field="${key}"]`)!.getAttribute('data-ca-state');
  return { session, type, rules, verdict, stateOf, asked };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('the directory on the entry form', () => {
  it('asks once for a 14-digit SIRET, then checks the form again with its entry', async () => {
    const form = entryForm(async (siret) => directory.entry(siret));
    stop = () => form.session.stop();
    await settle();
    form.type('recipientSiret', INACTIVE.slice(0, 13));
    expect(form.asked).toEqual([]);
    form.type('recipientSiret', INACTIVE);
    expect(form.asked).toEqual([INACTIVE]);
    // The answer arrives after the keystroke's check: the form is checked again then.
    expect(form.rules()).not.toContain('cpp/recipient-inactive');
    await settle();
    expect(form.verdict('cpp/recipient-inactive')).toMatchObject({ field: 'recipientSiret', severity: 'error' });
    expect(form.stateOf('recipientSiret')).toBe('error');
    // Typed again, elsewhere on the form, with spaces: the page's answer is kept, nothing is asked again.
    form.type('invoiceNumber', 'FA-1');
    form.type('recipientSiret', INACTIVE.replace(/^(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 '));
    expect(form.asked).toEqual([INACTIVE]);
    expect(form.rules()).toContain('cpp/recipient-inactive');
  });

  it("offers the structure's closest services for a code it does not have", async () => {
    const form = entryForm(async (siret) => directory.entry(siret));
    stop = () => form.session.stop();
    await settle();
    form.type('recipientSiret', HOSPITAL);
    form.type('serviceCode', 'URGENSES');
    await settle();
    const unknown = form.verdict('cpp/service-unknown')!;
    expect(unknown.fix!.choices![0]).toEqual({ value: 'URGENCES', label: 'URGENCES — Service des urgences' });
    expect(form.session.write('serviceCode', unknown.fix!.choices![0]!.value)).toBe(true);
    expect(form.rules()).not.toContain('cpp/service-unknown');
    expect(form.stateOf('serviceCode')).toBe('ok');
  });

  it('says nothing of the directory when none is imported', async () => {
    const form = entryForm(async () => null);
    stop = () => form.session.stop();
    await settle();
    for (const siret of [INACTIVE, HOSPITAL, NOT_IN_DIRECTORY]) {
      form.type('recipientSiret', siret);
      form.type('serviceCode', 'URGENSES');
      await settle();
      expect(form.rules().filter((rule) => DIRECTORY_RULES.includes(rule))).toEqual([]);
    }
  });

  it('drops an answer that comes back once the SIRET changed, and an answer about another SIRET', async () => {
    let answer: (entry: DirectoryEntry | null) => void = () => {};
    const form = entryForm((siret) => (siret === INACTIVE ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(directory.entry(HOSPITAL))));
    stop = () => form.session.stop();
    await settle();
    form.type('recipientSiret', INACTIVE);
    form.type('recipientSiret', NOT_IN_DIRECTORY);
    await settle();
    // The background answered with the hospital's entry to a question about another SIRET: not kept.
    expect(form.rules().filter((rule) => DIRECTORY_RULES.includes(rule))).toEqual([]);
    answer(directory.entry(INACTIVE));
    await settle();
    expect(form.rules()).not.toContain('cpp/recipient-inactive');
    // Back to the inactive structure: its answer was kept, no new question.
    form.type('recipientSiret', INACTIVE);
    expect(form.rules()).toContain('cpp/recipient-inactive');
    expect(form.asked.filter((siret) => siret === INACTIVE)).toHaveLength(1);
  });

  it('waits 500 ms at most: silent without an answer, asking again at a later check, a few times at most', async () => {
    vi.useFakeTimers();
    const form = entryForm(() => new Promise(() => {}));
    stop = () => form.session.stop();
    await vi.advanceTimersByTimeAsync(0);
    form.type('recipientSiret', INACTIVE);
    form.type('invoiceNumber', 'FA-1');
    // Still waiting for the first answer: not asked twice.
    expect(form.asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(form.rules().filter((rule) => DIRECTORY_RULES.includes(rule))).toEqual([]);
    for (let attempt = 0; attempt < 5; attempt++) {
      form.type('invoiceNumber', `FA-${attempt}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(form.asked).toHaveLength(3);
  });

  it('takes a late answer (the background waking up) and checks again', async () => {
    vi.useFakeTimers();
    const form = entryForm((siret) => new Promise((resolve) => setTimeout(() => resolve(directory.entry(siret)), 1200)));
    stop = () => form.session.stop();
    await vi.advanceTimersByTimeAsync(0);
    form.type('recipientSiret', INACTIVE);
    await vi.advanceTimersByTimeAsync(600);
    expect(form.rules()).not.toContain('cpp/recipient-inactive');
    await vi.advanceTimersByTimeAsync(600);
    expect(form.rules()).toContain('cpp/recipient-inactive');
  });

  it('an error is no answer: the checks stay silent and the page carries on', async () => {
    const form = entryForm(async () => Promise.reject(new Error('Could not establish connection')));
    stop = () => form.session.stop();
    await settle();
    form.type('recipientSiret', INACTIVE);
    await settle();
    expect(form.rules()).not.toContain('cpp/recipient-inactive');
    expect(form.stateOf('recipientSiret')).toBe('ok');
  });
});
