// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { DirectoryImport } from '../../../components/directory/DirectoryImport.tsx';
import { DirectorySearch } from '../../../components/directory/DirectorySearch.tsx';
import { QuickCheck } from '../../../components/guide/QuickCheck.tsx';
import { useLocaleFile } from '../../../utils/i18n/index.ts';
import type { DirectoryMeta } from '../../../utils/storage/directory.ts';
import type { ImportOutcome } from '../../../utils/storage/directory-import.ts';
import type { DirectoryStore } from '../../../utils/storage/directory-store.ts';
import { HOSPITAL, INACTIVE } from '../../directory/fixture-data.ts';
import { directory } from '../rules/directory-forms.ts';

useLocaleFile(fr, 'fr');

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

const META: DirectoryMeta = { ...directory.summary, database: 'acp-directory-1', importedAt: '2026-11-27T10:00:00.000Z', fileSize: 12_000, importMs: 40 };

/** The directory's components are handed their store: here one in memory, over the test directory. */
function memoryStore(imported: DirectoryMeta | null, outcome?: ImportOutcome): DirectoryStore & { current: DirectoryMeta | null; changed(): void } {
  const listeners = new Set<(meta: DirectoryMeta | null) => void>();
  const store: DirectoryStore & { current: DirectoryMeta | null; changed(): void } = {
    current: imported,
    changed: () => listeners.forEach((listener) => listener(store.current)),
    meta: async () => store.current,
    watchMeta(listener: (meta: DirectoryMeta | null) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    lookup: vi.fn(async (siret: string) => (store.current ? directory.entry(siret) : null)),
    search: vi.fn(async (query: string) => [...directory.structures.values()].filter((structure) => structure.name.toLowerCase().includes(query.toLowerCase()))),
    warmSearch: vi.fn(async () => {}),
    structure: async (id: string) => {
      const entry = directory.entry(id);
      return entry.structure ? { structure: entry.structure, services: [...entry.services] } : null;
    },
    startImport: vi.fn((_file: File, onProgress: (progress: { phase: string; done: number; total: number }) => void) => {
      onProgress({ phase: 'structures', done: 1, total: 2 });
      if (outcome?.ok) store.current = outcome.meta;
      return { result: Promise.resolve<ImportOutcome>(outcome ?? { ok: false, code: 'cancelled', message: '' }), cancel: () => {} };
    }),
    cleanUpStoppedImport: vi.fn(async () => {}),
    remove: vi.fn(async () => {
      store.current = null;
    }),
  };
  return store;
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const typeInto = async (selector: string, value: string) => {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
};
const chooseFile = async (input: HTMLInputElement, file: File) => {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
};

describe('the directory import (settings page)', () => {
  it('without a directory, says what importing would add; imports through its store and shows the counts', async () => {
    const store = memoryStore(null, { ok: true, meta: META });
    act(() => render(<DirectoryImport store={store} />, root));
    await settle();
    expect(root.querySelector('[data-ca-directory]')!.getAttribute('data-ca-directory')).toBe('none');
    expect(root.querySelector('[data-ca-directory-about]')!.textContent).toMatch(/Aucun annuaire importé.*SIRET est bien dans l'annuaire/s);
    await chooseFile(root.querySelector<HTMLInputElement>('[data-ca-action="import-directory"]')!, new File(['x'], 'annuaire.xlsx'));
    expect(store.startImport).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-ca-directory-status]')!.textContent).toBe('Annuaire du 20/11/2026 importé : 11 structures, 11 services.');
    expect(root.querySelector('[data-ca-directory-structures]')!.textContent).toBe('11 (dont 10 actives)');
    // « Supprimer l'annuaire » goes through the store too.
    await act(() => root.querySelector<HTMLButtonElement>('[data-ca-action="delete-directory"]')!.click());
    await settle();
    expect(store.remove).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-ca-directory]')!.getAttribute('data-ca-directory')).toBe('none');
  });

  it('after a stopped import, asks its store to clean up, and keeps the directory already there', async () => {
    const store = memoryStore(META, { ok: false, code: 'cancelled', message: '' });
    act(() => render(<DirectoryImport store={store} />, root));
    await settle();
    await chooseFile(root.querySelector<HTMLInputElement>('[data-ca-action="import-directory"]')!, new File(['x'], 'annuaire.xlsx'));
    expect(store.cleanUpStoppedImport).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-ca-directory-error]')!.textContent).toContain("L'annuaire déjà importé est conservé, inchangé.");
  });
});

describe('the support desk’s search (guide page)', () => {
  it('searches its store as one types and follows an import made elsewhere', async () => {
    const store = memoryStore(null);
    act(() => render(<DirectorySearch store={store} />, root));
    await settle();
    expect(root.querySelector('[data-ca-directory-search-none]')).not.toBeNull();
    store.current = META;
    act(() => store.changed());
    await settle();
    expect(store.warmSearch).toHaveBeenCalled();
    await typeInto('[data-ca-action="search-directory"]', 'hospitalier');
    expect(store.search).toHaveBeenLastCalledWith('hospitalier', 20);
    await act(() => root.querySelector<HTMLButtonElement>(`[data-ca-directory-result="${HOSPITAL}"]`)!.click());
    await settle();
    expect(root.querySelector(`[data-ca-directory-structure="${HOSPITAL}"] [data-ca-directory-service="URGENCES"]`)).not.toBeNull();
  });
});

describe("the guide's quick check with the directory", () => {
  const rules = () => [...root.querySelectorAll('[data-ca-rule]')].map((item) => item.getAttribute('data-ca-rule'));

  it("looks up the SIRET typed and gives the portal's directory messages, choices included", async () => {
    const store = memoryStore(META);
    act(() => render(<QuickCheck directory={store} />, root));
    await settle();
    await typeInto('#qc-recipientSiret', INACTIVE);
    expect(store.lookup).toHaveBeenLastCalledWith(INACTIVE);
    expect(rules()).toContain('cpp/recipient-inactive');
    expect(root.querySelector('#qc-recipientSiret')!.getAttribute('data-ca-state')).toBe('error');

    await typeInto('#qc-recipientSiret', HOSPITAL);
    await typeInto('#qc-serviceCode', 'URGENSES');
    expect(rules()).toContain('cpp/service-unknown');
    await act(() => root.querySelector<HTMLButtonElement>('[data-ca-action="fix"][data-ca-fix-value="URGENCES"]')!.click());
    await settle();
    expect(root.querySelector<HTMLInputElement>('#qc-serviceCode')!.value).toBe('URGENCES');
    expect(rules()).not.toContain('cpp/service-unknown');
  });

  it('says nothing of the directory when none is imported, or without a store', async () => {
    for (const store of [memoryStore(null), undefined]) {
      act(() => render(<QuickCheck directory={store} />, root));
      await settle();
      await typeInto('#qc-recipientSiret', INACTIVE);
      await typeInto('#qc-serviceCode', 'URGENSES');
      expect(rules().filter((rule) => rule!.startsWith('cpp/') && /directory|inactive|service-|engagement-required/.test(rule!))).toEqual([]);
      act(() => render(null, root));
    }
  });
});
