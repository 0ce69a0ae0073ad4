import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseProfileFile } from '../../../utils/rules/profile-file.ts';

// @wxt-dev/storage picks `globalThis.chrome` when it is first imported: install the fake before.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const history = await import('../../../utils/storage/history.ts');
const settings = await import('../../../utils/storage/settings.ts');
const profiles = await import('../../../utils/storage/profiles.ts');
const tabStatus = await import('../../../utils/storage/tab-status.ts');
const pendingPdfs = await import('../../../utils/storage/pending-pdfs.ts');

describe('storage items, versioned', () => {
  beforeEach(() => fakeBrowser.reset());

  it('history v1 {number, siret, at} becomes v2 with the rule engine names, keeping every sending', async () => {
    await fakeBrowser.storage.local.set({
      sentInvoices: [
        { number: 'F-1', siret: '21420218600018', at: '2025-01-02T10:00:00.000Z' },
        { number: 'F-2', siret: '21420218600018' },
        { siret: 'broken' },
      ],
      sentInvoices$: { v: 1 },
    });
    await history.sentInvoicesItem.migrate();
    expect(await history.loadSentInvoices()).toEqual([
      { invoiceNumber: 'F-1', recipientSiret: '21420218600018', sentAt: '2025-01-02T10:00:00.000Z' },
      { invoiceNumber: 'F-2', recipientSiret: '21420218600018', sentAt: new Date(0).toISOString() },
    ]);
    expect((await fakeBrowser.storage.local.get('sentInvoices$')).sentInvoices$).toEqual({ v: 2 });
  });

  it('history: record, delete one, clear, CSV', async () => {
    await history.recordSentInvoice({ invoiceNumber: 'A', recipientSiret: '21420218600018', sentAt: '2026-01-01T00:00:00.000Z', amount: '1200,00' });
    await history.recordSentInvoice({ invoiceNumber: 'B;"x"', recipientSiret: '21420218600018', sentAt: '2026-01-02T00:00:00.000Z' });
    expect((await history.loadSentInvoices()).map((entry) => entry.invoiceNumber)).toEqual(['A', 'B;"x"']);
    const csv = history.historyToCsv(await history.loadSentInvoices());
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain('"B;""x"""');
    await history.deleteSentInvoice('2026-01-01T00:00:00.000Z', 'A');
    expect((await history.loadSentInvoices()).map((entry) => entry.invoiceNumber)).toEqual(['B;"x"']);
    await history.clearSentInvoices();
    expect(await history.loadSentInvoices()).toEqual([]);
  });

  it('settings: defaults, a saved patch, and a damaged value that never breaks anything', async () => {
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
    expect(settings.DEFAULT_SETTINGS.language).toBe('auto');
    await settings.saveSettings({ panelPosition: 'left', autofillSuggestions: false });
    expect(await settings.loadSettings()).toMatchObject({ panelPosition: 'left', autofillSuggestions: false });
    // A v1 value stored before "language" existed reads with its default.
    await fakeBrowser.storage.local.set({ settings: { autofillSuggestions: true, panelPosition: 'right', panelCollapsed: false } });
    expect((await settings.loadSettings()).language).toBe('auto');
    await fakeBrowser.storage.local.set({ settings: { panelPosition: 'top' } });
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
  });

  it('profiles: import validated, French errors, remove', async () => {
    const bad = parseProfileFile('{"id":"Mairie X","name":"","recipientSirets":["123"],"rules":{"se/nope":{}}}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/minuscules|SIRET/);
    expect(parseProfileFile('pas du json')).toEqual({ ok: false, errors: ["Le fichier n'est pas du JSON valide."] });
    const good = parseProfileFile(
      JSON.stringify({ id: 'mairie-x', name: 'Mairie X', recipientSirets: ['21420218600018'], extends: 'chorus-pro', rules: { 'se/engagement-required': {} } }),
    );
    expect(good.ok).toBe(true);
    if (good.ok) await profiles.importProfile(good.profile);
    expect((await profiles.loadProfiles()).map((profile) => profile.id)).toEqual(['chorus-pro', 'saint-etienne', 'mairie-x']);
    await profiles.removeProfile('mairie-x');
    expect((await profiles.loadProfiles()).map((profile) => profile.id)).toEqual(['chorus-pro', 'saint-etienne']);
  });

  it('tab statuses live in session storage; the badge shows the number of errors', async () => {
    const status = { page: 'saisie' as const, profile: 'saint-etienne', counts: { error: 3, warning: 1, info: 0 }, top: [] };
    await tabStatus.saveTabStatuses({ '7': status });
    expect(await tabStatus.loadTabStatuses()).toEqual({ '7': status });
    expect(tabStatus.badgeText(status)).toBe('3');
    expect(tabStatus.badgeText({ ...status, counts: { error: 0, warning: 2, info: 0 } })).toBe('');
    expect(tabStatus.badgeText({ ...status, counts: { error: 120, warning: 0, info: 0 } })).toBe('99+');
    expect(tabStatus.badgeText(null)).toBe('');
  });

  it('the deposit window’s PDF waits in session storage with the reader’s doubts: its unsure values stay unsure', async () => {
    const result = { ok: true as const, source: 'text' as const, fields: { totalHT: '100.00', totalTTC: '120.00', engagementNumber: '2401234' }, unsure: ['engagementNumber' as const], ms: 12 };
    await pendingPdfs.rememberPendingPdf(7, { fileName: 'facture.pdf', result, savedAt: Date.now() });
    expect((await pendingPdfs.pendingPdfOf(7))?.result).toEqual(result);
    expect(await pendingPdfs.pendingPdfOf(8)).toBeNull();
    // A damaged message is not kept (an unknown key in `unsure` included).
    await pendingPdfs.rememberPendingPdf(9, { fileName: 'x.pdf', result: { ...result, unsure: ['password'] }, savedAt: Date.now() });
    expect(await pendingPdfs.pendingPdfOf(9)).toBeNull();
    expect(Object.keys((await fakeBrowser.storage.session.get('pendingPdfs')).pendingPdfs as object)).toEqual(['7']);
  });
});
