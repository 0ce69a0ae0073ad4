import { describe, expect, it, vi } from 'vitest';
import { answerDirectoryLookup } from '../../../utils/messaging/directory-lookup.ts';
import type { DirectoryEntry } from '../../../utils/directory/entry.ts';

const HOSPITAL = '26000000200009';
const entry: DirectoryEntry = { siret: HOSPITAL, date: '2026-11-20', structure: null, services: [] };

describe('the background answering directoryLookup', () => {
  it('reads the directory for a 14-digit SIRET', async () => {
    const lookup = vi.fn(async () => entry);
    expect(await answerDirectoryLookup(HOSPITAL, lookup)).toBe(entry);
    expect(lookup).toHaveBeenCalledWith(HOSPITAL);
  });

  it('answers null to anything else, without reading the directory', async () => {
    const lookup = vi.fn(async () => entry);
    for (const data of ['2600000020000', '260 000 002 00009', `${HOSPITAL}0`, { siret: HOSPITAL }, 26000000200009, null, undefined, 'x'.repeat(1_000_000)]) {
      expect(await answerDirectoryLookup(data, lookup)).toBeNull();
    }
    expect(lookup).not.toHaveBeenCalled();
  });

  it('passes a failure to read on, so that the content script asks again later instead of keeping "no directory"', async () => {
    await expect(answerDirectoryLookup(HOSPITAL, async () => Promise.reject(new Error('IndexedDB closed')))).rejects.toThrow('IndexedDB closed');
  });
});
