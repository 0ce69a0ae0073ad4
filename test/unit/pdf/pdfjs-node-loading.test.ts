import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withFlatTextStateCopies } from '../../../utils/pdf/node.ts';

const workerSource = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

describe("pdf.js's Node worker code as the reader loads it", () => {
  it('copies the text state on its class prototype, once, in the pdf.js installed (else the CLI silently reads slower)', () => {
    const adjusted = withFlatTextStateCopies(workerSource);
    expect(adjusted).not.toBe(workerSource);
    expect(adjusted.length - workerSource.length).toBe('Object.getPrototypeOf()'.length);
    expect(adjusted).toContain('Object.assign(Object.create(Object.getPrototypeOf(this)), this)');
  });

  it('leaves any other source untouched (another pdf.js version loads as it is)', () => {
    const other = workerSource.replace('clone.textMatrix = this.textMatrix.slice();', 'clone.textMatrix = [...this.textMatrix];');
    expect(withFlatTextStateCopies(other)).toBe(other);
    expect(withFlatTextStateCopies('export {};')).toBe('export {};');
  });

  it('gives a copy with the same values and methods, independent of the state it was copied from', async () => {
    // The copy as pdf.js writes it, run on a small class with public fields like pdf.js's text state.
    const copyBody = withFlatTextStateCopies(workerSource).match(/clone\(\) \{\n\s*(const clone = Object\.assign\(Object\.create\(Object\.getPrototypeOf\(this\)\), this\);)/)![1];
    const copy = new Function(`${copyBody} clone.textMatrix = this.textMatrix.slice(); return clone;`) as (this: object) => object;
    class State {
      fontSize = 0;
      textMatrix = [1, 0, 0, 1, 0, 0];
      move(x: number) {
        this.textMatrix[4] = (this.textMatrix[4] ?? 0) + x;
      }
    }
    const state = new State();
    state.fontSize = 9;
    const copied = copy.call(state) as State;
    expect(copied).toBeInstanceOf(State);
    expect(Object.getPrototypeOf(copied)).toBe(State.prototype);
    copied.move(5);
    state.fontSize = 12;
    expect(copied.fontSize).toBe(9);
    expect(copied.textMatrix).toEqual([1, 0, 0, 1, 5, 0]);
    expect(state.textMatrix).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
