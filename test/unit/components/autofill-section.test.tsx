// @vitest-environment happy-dom
/**
 * The panel's PDF import, file after file: each import ends in exactly one visible outcome (the preview, or the
 * French message of its error), whatever came before; the last file chosen wins; each outcome is announced.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { AutofillSection } from '../../../components/autofill/AutofillSection.tsx';
import { importReducer, importStarted } from '../../../utils/autofill/import-state.ts';
import { planAutofill } from '../../../utils/autofill/plan.ts';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import type { ExtractedFieldKey, ExtractedFields } from '../../../utils/model/extracted.ts';
import type { FieldKey } from '../../../utils/model/fields.ts';
import { EXTRACT_ERROR_MESSAGES, type ExtractErrorCode } from '../../../utils/pdf/errors.ts';
import type { ReadPdf, ReadResult } from '../../../utils/pdf-reader/protocol.ts';

useLocaleFile(fr, 'fr');

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

const GOOD: ReadResult = { ok: true, source: 'text', fields: { invoiceNumber: 'F-1', totalHT: '100.00', totalTTC: '120.00' }, ms: 1 };
const OTHER_GOOD: ReadResult = { ok: true, source: 'text', fields: { invoiceNumber: 'F-2', totalHT: '200.00' }, ms: 1 };
const failure = (code: ExtractErrorCode): ReadResult => ({ ok: false, error: { code, message: EXTRACT_ERROR_MESSAGES[code] }, ms: 1 });
const EMPTY_FORM: Partial<Record<FieldKey, string>> = { invoiceNumber: '', totalHT: '', totalTVA: '', totalTTC: '' };

/**
 * The section as the panel shows it: answers come when the test says; each time the page learns about a PDF the
 * panel renders again (same section, as the content script's composition keeps it for the section's own imports).
 */
function panelWithSection(options: { initial?: ReadPdf } = {}) {
  const waiting = new Map<string, (result: ReadResult) => void>();
  const told: (string | undefined)[] = [];
  const show = () =>
    render(
      <AutofillSection
        key="autofill"
        readPdf={(file) => new Promise<ReadResult>((resolve) => waiting.set(file.name, resolve))}
        planFor={(pdf: ExtractedFields, unsure: readonly ExtractedFieldKey[] | undefined) => planAutofill({ fields: EMPTY_FORM, pdf, unsure })}
        write={() => true}
        onPdf={(read) => {
          told.push(read?.fileName);
          show();
        }}
        initial={options.initial}
        offerAutofill
      />,
      root,
    );
  act(show);
  return {
    told,
    async choose(name: string) {
      const input = root.querySelector<HTMLInputElement>('input[data-ca-action="import-pdf"]')!;
      const file = new File(['%PDF-'], name, { type: 'application/pdf' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    },
    async answer(name: string, result: ReadResult) {
      await act(async () => {
        waiting.get(name)!(result);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}

/** What a person sees after an import: the preview, the error message, or (wrongly) nothing or both. */
function outcome() {
  const preview = root.querySelector('[data-ca-action="apply-autofill"]') !== null;
  const error = root.querySelector('.ca-autofill__error')?.textContent ?? null;
  return { preview, error, state: root.querySelector('.ca-autofill')!.getAttribute('data-ca-import') };
}

const PROTECTED = /protégé par un mot de passe/;

describe('the panel’s PDF import, one file after another', () => {
  it('a good PDF, then a password-protected one: the preview goes, the protected file’s message shows', async () => {
    const panel = panelWithSection();
    await panel.choose('bonne.pdf');
    await panel.answer('bonne.pdf', GOOD);
    expect(outcome()).toMatchObject({ preview: true, error: null, state: 'read' });
    await panel.choose('protegee.pdf');
    // While it is read, neither the old preview nor an old error.
    expect(outcome()).toMatchObject({ preview: false, error: null, state: 'reading' });
    await panel.answer('protegee.pdf', failure('encrypted'));
    const shown = outcome();
    expect(shown.preview).toBe(false);
    expect(shown.error).toMatch(/^protegee\.pdf : /);
    expect(shown.error).toMatch(PROTECTED);
    // The page no longer compares the form with the first PDF.
    expect(panel.told).toEqual(['bonne.pdf', undefined]);
  });

  it('an error, then a good PDF: the message goes, the preview shows', async () => {
    const panel = panelWithSection();
    await panel.choose('scan.pdf');
    await panel.answer('scan.pdf', failure('no-text'));
    expect(outcome().error).toMatch(/scan\.pdf/);
    await panel.choose('bonne.pdf');
    await panel.answer('bonne.pdf', GOOD);
    expect(outcome()).toMatchObject({ preview: true, error: null });
  });

  it('the same error twice: shown each time, as a new element of the same live region (announced again)', async () => {
    const panel = panelWithSection();
    const region = root.querySelector('[role="alert"]');
    expect(region).not.toBeNull();
    await panel.choose('protegee.pdf');
    await panel.answer('protegee.pdf', failure('encrypted'));
    const first = root.querySelector('.ca-autofill__error')!;
    expect(first.textContent).toMatch(PROTECTED);
    await panel.choose('protegee.pdf');
    await panel.answer('protegee.pdf', failure('encrypted'));
    const second = root.querySelector('.ca-autofill__error')!;
    expect(second.textContent).toBe(first.textContent);
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
    // The region itself stays in place: screen readers watch it from the start.
    expect(root.querySelector('[role="alert"]')).toBe(region);
    expect(region!.contains(second)).toBe(true);
  });

  it('two good PDFs: the second one’s values are previewed', async () => {
    const panel = panelWithSection();
    await panel.choose('premiere.pdf');
    await panel.answer('premiere.pdf', GOOD);
    await panel.choose('seconde.pdf');
    await panel.answer('seconde.pdf', OTHER_GOOD);
    expect(outcome()).toMatchObject({ preview: true, error: null });
    expect(root.querySelector('[data-ca-autofill-field="invoiceNumber"] .ca-autofill__value--pdf')!.textContent).toBe('F-2');
    expect(root.querySelector('.ca-autofill__status')!.textContent).toMatch(/seconde\.pdf/);
  });

  it('a file chosen while another is read: the last one chosen wins, the earlier answer is dropped', async () => {
    const panel = panelWithSection();
    await panel.choose('lente.pdf');
    await panel.choose('protegee.pdf');
    await panel.answer('protegee.pdf', failure('encrypted'));
    await panel.answer('lente.pdf', GOOD);
    expect(outcome()).toMatchObject({ preview: false, state: 'failed' });
    expect(outcome().error).toMatch(/protegee\.pdf/);
    // The page was never told about the file given up.
    expect(panel.told).toEqual([undefined]);

    await panel.choose('lente.pdf');
    await panel.choose('bonne.pdf');
    await panel.answer('bonne.pdf', OTHER_GOOD);
    await panel.answer('lente.pdf', failure('corrupt'));
    expect(outcome()).toMatchObject({ preview: true, error: null });
    expect(panel.told).toEqual([undefined, 'bonne.pdf']);
  });

  it('the file input stays usable while a file is read', async () => {
    const panel = panelWithSection();
    await panel.choose('lente.pdf');
    expect(root.querySelector<HTMLInputElement>('input[data-ca-action="import-pdf"]')!.disabled).toBe(false);
  });

  it('a PDF handed over (the deposit window’s) shows as read, and an import after it still ends in its outcome', async () => {
    const panel = panelWithSection({ initial: { fileName: 'depot.pdf', result: GOOD } });
    expect(outcome()).toMatchObject({ preview: true, error: null });
    await panel.choose('protegee.pdf');
    await panel.answer('protegee.pdf', failure('encrypted'));
    expect(outcome()).toMatchObject({ preview: false });
    expect(outcome().error).toMatch(PROTECTED);
  });
});

describe('the preview of a PDF with values the reader is unsure of', () => {
  it('shows them « à vérifier sur la facture », unticked, the note part of the checkbox’s description', async () => {
    const panel = panelWithSection();
    await panel.choose('incertaine.pdf');
    await panel.answer('incertaine.pdf', { ...GOOD, unsure: ['totalTTC'] });
    const checkbox = (field: string) => root.querySelector<HTMLInputElement>(`[data-ca-autofill-field="${field}"] input[type=checkbox]`)!;
    expect(checkbox('totalTTC').checked).toBe(false);
    expect(checkbox('totalHT').checked).toBe(true);
    expect(checkbox('invoiceNumber').checked).toBe(true);
    const described = (field: string) =>
      checkbox(field)
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root.querySelector(`#${id}`)?.textContent ?? '')
        .join(' ');
    expect(described('totalTTC')).toMatch(/^à vérifier sur la facture /);
    expect(described('totalHT')).not.toMatch(/vérifier/);
    expect(root.querySelector('[data-ca-autofill-field="totalTTC"]')!.textContent).toContain('à vérifier sur la facture');
    // Why it is not ticked, said once above the rows.
    expect(root.querySelector('.ca-autofill__unsure-intro')!.textContent).toMatch(/ne sont pas cochées/);
    // Applying the default ticks leaves the unsure value out.
    const written: string[] = [];
    act(() => render(null, root));
    act(() =>
      render(
        <AutofillSection
          readPdf={async () => ({ ...GOOD, unsure: ['totalTTC'] })}
          planFor={(pdf, unsure) => planAutofill({ fields: EMPTY_FORM, pdf, unsure })}
          write={(field) => (written.push(field), true)}
          onPdf={() => {}}
          initial={{ fileName: 'incertaine.pdf', result: { ...GOOD, unsure: ['totalTTC'] } }}
          offerAutofill
        />,
        root,
      ),
    );
    await act(() => void root.querySelector<HTMLButtonElement>('[data-ca-action="apply-autofill"]')!.click());
    expect(written.sort()).toEqual(['invoiceNumber', 'totalHT']);
  });

  it('all sure: no note, no explanation', async () => {
    const panel = panelWithSection();
    await panel.choose('sure.pdf');
    await panel.answer('sure.pdf', GOOD);
    expect(root.querySelector('.ca-autofill__unsure, .ca-autofill__unsure-intro')).toBeNull();
  });
});

describe('importReducer', () => {
  const read = (fileName: string, result: ReadResult): ReadPdf => ({ fileName, result });

  it('counts each outcome, drops an answer for a file chosen before the last one', () => {
    let state = importStarted(undefined);
    expect(state.status.kind).toBe('idle');
    state = importReducer(state, { type: 'chosen', ticket: 1, fileName: 'a.pdf' });
    state = importReducer(state, { type: 'chosen', ticket: 2, fileName: 'b.pdf' });
    const stale = importReducer(state, { type: 'answered', ticket: 1, read: read('a.pdf', GOOD) });
    expect(stale).toBe(state);
    state = importReducer(state, { type: 'answered', ticket: 2, read: read('b.pdf', failure('encrypted')) });
    expect(state.status).toMatchObject({ kind: 'failed', read: { fileName: 'b.pdf' } });
    const outcome = state.outcome;
    state = importReducer(state, { type: 'chosen', ticket: 3, fileName: 'b.pdf' });
    state = importReducer(state, { type: 'answered', ticket: 3, read: read('b.pdf', failure('encrypted')) });
    expect(state.outcome).toBe(outcome + 1);
  });

  it('starts from a PDF already read: shown as its outcome', () => {
    expect(importStarted(read('d.pdf', GOOD)).status.kind).toBe('read');
    expect(importStarted(read('d.pdf', failure('no-text'))).status.kind).toBe('failed');
  });
});
