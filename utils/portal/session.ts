import type { FieldKey, PageKind } from '../model/fields.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';
import { runChecks, worstByField, type CheckResult } from '../rules/engine.ts';
import { BUILT_IN_PROFILES, type Profile } from '../rules/profiles.ts';
import type { CheckInput, FormSnapshot, Locale, SentInvoiceHistory } from '../rules/types.ts';
import { fieldCoverage, showsForm, type FieldCoverage } from './coverage.ts';
import { ASSISTANT_TAG } from './dom.ts';
import { locateFields, type LocatedField } from './locate.ts';
import { clearMarks, installMarkStyle, markFields, setPageMark, unmarkFields } from './marks.ts';
import { watchPage } from './observer.ts';
import { isRecognisedByCpp, snapshotOf } from './read.ts';
import { pageShows, recognisePage } from './recognise.ts';
import type { Visibility } from './visibility.ts';
import { writeField } from './write.ts';

/** A short message at the top of the panel that is not a verdict (receipt reminder, analysis under way). */
export interface Notice {
  id: string;
  tone: 'info' | 'success';
  text: string;
}

/** What the page is and what the checks say about it; a new object after each change. */
export interface SessionState {
  /** Undefined on a page the assistant does not know. */
  page: PageKind | undefined;
  profile: Profile;
  result: CheckResult;
  fields: readonly LocatedField[];
  notices: readonly Notice[];
  /** The fields found and missing, and whether recognition is partial (the skeleton is offered then). */
  coverage: FieldCoverage;
}

/**
 * A feature of the assistant on some pages (the deposit window's file check, the sending guard…). Each one
 * declares where it runs; it starts when such a page is shown and is torn down (its signal aborted) when the
 * page changes or the assistant stops.
 */
export interface PortalFeature {
  id: string;
  pages: readonly PageKind[] | 'all';
  start?(session: PortalSession, signal: AbortSignal): void;
  /** Adds what this feature knows to the checks' input (file details, a recipient hint…). */
  prepare?(input: CheckInput, session: PortalSession): CheckInput;
  notices?(session: PortalSession): Notice[];
  /** Called after the page was re-read (it changed without a page load). */
  onRefresh?(session: PortalSession): void;
}

export interface SessionOptions {
  document: Document;
  /** What a person sees of the page (layout in a browser, a fake in Node tests). */
  visibility: Visibility;
  features?: readonly PortalFeature[];
  profiles?: readonly Profile[];
  locale?: () => Locale;
  history?: () => SentInvoiceHistory | undefined;
  /** Today's date for the date check; the engine's own (Paris time) when absent. */
  today?: () => { year: number; month: number; day: number };
  /** Called after each check (the panel renders, the background is told); `urgent` when the page just changed. */
  onState?: (state: SessionState, urgent: boolean) => void;
  /** Resolves when the panel is mounted: the page mark waits for it. */
  ready?: Promise<void>;
  /** Reports an unexpected error once; the page must stay usable whatever happens. */
  onError?: (error: unknown) => void;
  /**
   * Whether the extension is still there. After an extension reload or update the old content script stays in
   * the page with a dead connection: the first event it sees then stops it (and its marks and panel go).
   */
  alive?: () => boolean;
  /** Quiet time before re-reading the page after it changed. */
  quietMs?: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const perf = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;

/**
 * The assistant on one portal page, as a model of the page and its check pipeline: recognises the page, finds
 * its fields, checks as the user types, marks the page and tells whoever listens. One observer for the page,
 * torn down by `stop()`. What the user sees of it is composed elsewhere (entrypoints/content).
 */
export class PortalSession {
  readonly document: Document;
  readonly visibility: Visibility;
  private readonly options: SessionOptions;
  private readonly controller = new AbortController();
  private featureController: AbortController | null = null;
  private stopWatching: (() => void) | null = null;
  private located: LocatedField[] = [];
  private coverage: FieldCoverage = { found: [], missing: [], partial: false };
  private controls = new Map<Element, LocatedField>();
  private currentPage: PageKind | undefined;
  private state: SessionState | undefined;
  private pdf: ExtractedFields | undefined;
  private pdfUnsure: readonly ExtractedFieldKey[] = [];
  private firstVerdictMarked = false;
  private profiles: readonly Profile[];
  private listeners = new Set<(state: SessionState) => void>();

  constructor(options: SessionOptions) {
    this.options = options;
    this.document = options.document;
    this.visibility = options.visibility;
    this.profiles = options.profiles ?? BUILT_IN_PROFILES;
  }

  /** Starts watching the page. */
  start(): void {
    const document = this.document;
    const signal = this.controller.signal;
    const onEdit = (event: Event) => this.safely(() => this.onFieldEvent(event));
    document.addEventListener('input', onEdit, { capture: true, signal });
    document.addEventListener('change', onEdit, { capture: true, signal });
    this.stopWatching = watchPage(document, () => this.safely(() => this.refresh()), this.options.quietMs);
    this.refresh();
  }

  /** Stops everything and removes the marks (extension reloaded or disabled). */
  stop(): void {
    this.controller.abort();
    this.featureController?.abort();
    this.stopWatching?.();
    this.stopWatching = null;
    clearMarks(this.document);
    this.listeners.clear();
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  get page(): PageKind | undefined {
    return this.currentPage;
  }

  /** The fields found on the current page. */
  fields(): readonly LocatedField[] {
    return this.located;
  }

  field(key: FieldKey): LocatedField | undefined {
    return this.located.find((field) => field.key === key);
  }

  /** The field an event hit (its target is one of the field's controls), if any. */
  fieldFor(target: EventTarget | null): LocatedField | undefined {
    return target ? this.controls.get(target as Element) : undefined;
  }

  /** The form as the rules see it right now; undefined on a page the assistant does not know. */
  snapshot(): FormSnapshot | undefined {
    return this.currentPage ? snapshotOf(this.currentPage, this.located) : undefined;
  }

  /** Whether some words are visible on the page (e.g. the deposit receipt's "justificatif de dépôt"). */
  shows(words: readonly string[]): boolean {
    return pageShows(this.document, words, this.visibility);
  }

  /** Fields whose value CPP's recognition filled (highlighted in blue on the portal). */
  recognisedByCpp(): FieldKey[] {
    const window = this.document.defaultView;
    if (!window) return [];
    return this.located.filter((field) => isRecognisedByCpp(field, window)).map((field) => field.key);
  }

  /** Writes a value into a field as a person would, then checks again. */
  write(key: FieldKey, value: string): boolean {
    const field = this.field(key);
    if (!field) return false;
    const written = writeField(field, value);
    this.check();
    return written;
  }

  /**
   * The values read from the invoice PDF, for the cross-check with the form (cpp/pdf-mismatch), and those the
   * reader could not confirm (`unsure`): the checks name them, never offer them as a fix.
   */
  setPdf(pdf: ExtractedFields | undefined, unsure: readonly ExtractedFieldKey[] = []): void {
    this.pdf = pdf;
    this.pdfUnsure = pdf ? unsure : [];
    this.check();
  }

  setProfiles(profiles: readonly Profile[]): void {
    this.profiles = profiles;
    this.check();
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    if (this.state) listener(this.state);
    return () => this.listeners.delete(listener);
  }

  getState(): SessionState | undefined {
    return this.state;
  }

  /** Re-reads the page: its kind, its fields; then checks. Called on load and when the page changed. */
  refresh(): void {
    if (this.stopped) return;
    const refreshStarted = now();
    const page = recognisePage(this.document, this.visibility);
    perf?.measure('ca:recognise', { start: refreshStarted, end: now() });
    const pageChanged = page !== this.currentPage;
    if (pageChanged) {
      this.currentPage = page;
      this.startFeatures();
    }
    const locateStarted = now();
    const located = page ? locateFields(this.document, page, this.visibility) : [];
    perf?.measure('ca:locate', { start: locateStarted, end: now() });
    // Marks of fields that left the page (a closed window) go with them.
    unmarkFields(this.located.filter((old) => !located.some((field) => field.key === old.key && field.controls[0] === old.controls[0])));
    this.located = located;
    this.coverage = fieldCoverage(page, located.map((field) => field.key), () => showsForm(this.document, this.visibility));
    this.controls = new Map(located.flatMap((field) => field.controls.map((control) => [control, field] as const)));
    if (located.length) installMarkStyle(this.document);
    for (const feature of this.activeFeatures()) {
      if (feature.onRefresh) this.safely(() => feature.onRefresh!(this));
    }
    perf?.measure('ca:refresh', { start: refreshStarted, end: now() });
    // Checked in the same task as the page was read, the first time too: the fields get their state before the
    // browser paints the page, so that the form shows with its marks. The page is marked last: whoever waits for
    // `data-ca-page` finds the fields marked with their state and the panel showing the verdicts.
    this.check(undefined, pageChanged);
    if (pageChanged) this.markPageWhenReady();
  }

  private markPageWhenReady(): void {
    const mark = () => {
      if (!this.stopped) setPageMark(this.document, this.currentPage);
    };
    if (this.options.ready) this.options.ready.then(mark, mark);
    else mark();
  }

  /** Checks the form and updates marks and panel (at once, not on the next frame, when the page changed). */
  check(origin?: Event, pageChanged = false): void {
    if (this.stopped) return;
    if (this.options.alive && !this.options.alive()) {
      this.stop();
      return;
    }
    const started = now();
    const page = this.currentPage;
    let result: CheckResult;
    if (page) {
      let input: CheckInput = {
        snapshot: snapshotOf(page, this.located),
        ...(this.pdf ? { pdf: this.pdf, pdfUnsure: this.pdfUnsure } : {}),
        history: this.options.history?.(),
        ...(this.options.today ? { today: this.options.today() } : {}),
        locale: this.options.locale?.() ?? 'fr',
      };
      for (const feature of this.activeFeatures()) {
        if (feature.prepare) input = this.safely(() => feature.prepare!(input, this), input);
      }
      result = runChecks(input, this.profiles);
      markFields(this.located, worstByField(result.verdicts));
    } else {
      result = { profile: 'chorus-pro', verdicts: [] };
    }
    if (perf) {
      perf.measure('ca:check', { start: started, end: now() });
      // What the assistant costs after a keystroke: reading the form, checking, marking (the panel renders on the next frame).
      if (origin) perf.measure('ca:recheck', { start: started, end: now() });
      if (!this.firstVerdictMarked && page && this.located.length) {
        this.firstVerdictMarked = true;
        perf.mark('ca:first-verdict');
      }
    }
    const profile = this.profiles.find((each) => each.id === result.profile) ?? BUILT_IN_PROFILES[0]!;
    const notices = this.activeFeatures().flatMap((feature) => (feature.notices ? this.safely(() => feature.notices!(this), []) : []));
    const state: SessionState = { page, profile, result, fields: this.located, notices, coverage: this.coverage };
    this.state = state;
    this.options.onState?.(state, pageChanged);
    for (const listener of this.listeners) this.safely(() => listener(state));
  }

  private onFieldEvent(event: Event): void {
    if (!this.fieldFor(event.target) || (event.target as Element).closest?.(ASSISTANT_TAG)) return;
    this.check(event);
  }

  private activeFeatures(): PortalFeature[] {
    const page = this.currentPage;
    return (this.options.features ?? []).filter((feature) => feature.pages === 'all' || (page !== undefined && feature.pages.includes(page)));
  }

  private startFeatures(): void {
    this.featureController?.abort();
    this.featureController = new AbortController();
    const signal = this.featureController.signal;
    for (const feature of this.activeFeatures()) {
      if (feature.start) this.safely(() => feature.start!(this, signal));
    }
  }

  /** Runs a piece of the assistant; an error is reported and the page carries on. */
  private safely<T>(work: () => T, fallback?: T): T {
    try {
      return work();
    } catch (error) {
      this.options.onError?.(error);
      return fallback as T;
    }
  }
}
