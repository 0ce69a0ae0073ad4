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
      {
        extends: true,
        // Some unit tests start the CLI as a user would (a Node process each): on a busy 2-core machine a few of
        // them in one test outlast vitest's 5 s default. The limit guards against a hang; it measures nothing.
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], testTimeout: 30_000 },
      },
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
