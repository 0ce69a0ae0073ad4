import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_ERROR_CODES } from '../../../utils/pdf/errors.ts';
import { extractInvoice } from '../../../utils/pdf/extract.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { GENERATED_DIR } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();

/** Deterministic pseudo-random damage: flipped bytes, cut tails, spliced garbage. */
function* damaged(bytes: Uint8Array): Generator<Uint8Array> {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let round = 0; round < 12; round++) {
    const copy = new Uint8Array(bytes);
    for (let flip = 0; flip < 1 + (round % 4) * 20; flip++) copy[next() % copy.length] = next() & 0xff;
    yield copy;
  }
  for (const fraction of [0.1, 0.5, 0.9, 0.99]) yield bytes.subarray(0, Math.floor(bytes.length * fraction));
  const spliced = new Uint8Array(bytes);
  spliced.fill(0x41, 200, 4000);
  yield spliced;
}

describe('no input makes extraction throw', () => {
  it('damaged PDFs give a result or a contract error code', async () => {
    for (const file of ['classic-01.pdf', 'multipage-01.pdf']) {
      for (const bytes of damaged(new Uint8Array(readFileSync(join(GENERATED_DIR, file))))) {
        const result = await extractInvoice(pdfjs, bytes, { timeoutMs: 5000 });
        if (!result.ok) expect(EXTRACT_ERROR_CODES).toContain(result.error.code);
      }
    }
  }, 120_000);
});
