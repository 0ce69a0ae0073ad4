import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * One runner for every test that runs in Node: `unit` (fast, in parallel) and `security` (the built extension
 * scanned, fuzzing of the PDF reader and the CLI: slow, one file at a time, generous time limits). The end-to-end
 * specs drive a real Chromium and run with Node's own runner (test/e2e/run-e2e.mjs, see docs/testing.md).
 */
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 10 * 60_000,
          hookTimeout: 10 * 60_000,
        },
      },
    ],
  },
});
