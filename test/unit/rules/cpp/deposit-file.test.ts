import { describe, expect, it } from 'vitest';
import { verdictsOf } from '../forms.ts';

const RULE = 'cpp/deposit-file';
const window = { depositFormat: 'PDF non signé', depositFrame: 'A1', depositStructure: '21420218600018' };

describe(RULE, () => {
  it('refuses a file that is not a PDF when a PDF format is chosen', () => {
    expect(verdictsOf(RULE, { ...window, depositFile: 'facture.docx' }, { page: 'depot' })).toMatchObject([
      { field: 'depositFile', severity: 'error' },
    ]);
    expect(verdictsOf(RULE, { ...window, depositFormat: 'XML UBL', depositFile: 'facture.xml' }, { page: 'depot' })).toEqual([]);
  });

  it('trusts the bytes over the name', () => {
    const info = { name: 'facture.pdf', isPdf: false };
    expect(verdictsOf(RULE, { ...window, depositFile: 'facture.pdf' }, { page: 'depot', depositFile: info })).toHaveLength(1);
  });

  it('refuses files over 10 MB and password-protected ones, warns for image-only ones', () => {
    const verdicts = (info: object) => verdictsOf(RULE, { ...window, depositFile: 'f.pdf' }, { page: 'depot', depositFile: { name: 'f.pdf', ...info } });
    expect(verdicts({ sizeBytes: 10 * 1024 * 1024 + 1 })).toMatchObject([{ severity: 'error' }]);
    expect(verdicts({ sizeBytes: 10 * 1024 * 1024 })).toEqual([]);
    expect(verdicts({ encrypted: true })).toMatchObject([{ severity: 'error' }]);
    expect(verdicts({ hasTextLayer: false })).toMatchObject([{ severity: 'warning' }]);
    expect(verdicts({ isPdf: true, hasTextLayer: true, encrypted: false, sizeBytes: 50_000 })).toEqual([]);
  });

  it('says nothing before a file is chosen', () => {
    expect(verdictsOf(RULE, { ...window, depositFile: '' }, { page: 'depot' })).toEqual([]);
  });
});
