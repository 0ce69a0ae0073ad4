import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_ERROR_CODES, EXTRACT_ERROR_MESSAGES, extractErrorMessage, MAX_FILE_BYTES } from '../../../utils/pdf/errors.ts';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { encryptedPdf, FIXTURES_DIR, GENERATED_DIR, textPdf } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();
const goodPdf = () => new Uint8Array(readFileSync(join(GENERATED_DIR, 'classic-01.pdf')));

async function codeOf(bytes: Uint8Array, options = {}) {
  const result = await extractInvoice(pdfjs, bytes, options);
  return result.ok ? 'ok' : result.error.code;
}

describe('error codes of the contract', () => {
  it('has a French message that tells what to do for every code', () => {
    for (const code of EXTRACT_ERROR_CODES) {
      expect(EXTRACT_ERROR_MESSAGES[code]).toMatch(/[A-Z].{30,}\.$/);
    }
  });

  it('says the same in English for the English interface; the results (and the CLI) stay French', () => {
    for (const code of EXTRACT_ERROR_CODES) {
      expect(extractErrorMessage(code, 'fr')).toBe(EXTRACT_ERROR_MESSAGES[code]);
      expect(extractErrorMessage(code, 'en')).toMatch(/[A-Z].{30,}\.$/);
      expect(extractErrorMessage(code, 'en')).not.toBe(EXTRACT_ERROR_MESSAGES[code]);
    }
  });

  it('empty file → empty', async () => {
    expect(await codeOf(new Uint8Array())).toBe('empty');
  });

  it('not a PDF → not-pdf', async () => {
    expect(await codeOf(new TextEncoder().encode('Ceci est une facture en texte brut, pas un PDF.'))).toBe('not-pdf');
    expect(await codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('not-pdf');
  });

  it('truncated or garbled PDF → corrupt', async () => {
    expect(await codeOf(goodPdf().subarray(0, 2000))).toBe('corrupt');
    expect(await codeOf(new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500)))).toBe('corrupt');
  });

  it('password-protected PDF → encrypted', async () => {
    expect(await codeOf(encryptedPdf())).toBe('encrypted');
  });

  it('image-only PDF (a scan) → no-text', async () => {
    expect(await codeOf(new Uint8Array(readFileSync(join(FIXTURES_DIR, 'image-only.pdf'))))).toBe('no-text');
  });

  it('file over the size cap → too-large, before pdf.js reads it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await codeOf(big)).toBe('too-large');
    expect(await codeOf(goodPdf(), { maxBytes: 1000 })).toBe('too-large');
  });

  it('reading longer than the time cap → timeout', async () => {
    expect(await codeOf(goodPdf(), { timeoutMs: 1 })).toBe('timeout');
  });

  it('a Node Buffer is accepted like a Uint8Array', async () => {
    expect(await codeOf(readFileSync(join(GENERATED_DIR, 'classic-01.pdf')))).toBe('ok');
  });

  it('a minimal hand-made PDF is read', async () => {
    const result = await extractInvoice(pdfjs, textPdf(['FACTURE No F-2024-001', 'Date : 03/06/2024', 'Total HT 100,00', 'TVA 20 % 20,00', 'Total TTC 120,00']));
    expect(result.ok && result.fields).toMatchObject({ invoiceNumber: 'F-2024-001', invoiceDate: '2024-06-03', totalTTC: '120.00' });
  });
});
