/**
 * The command line's entry (`npm run cli`), in plain JavaScript so that Node reads it without loading its TypeScript
 * stripper. Node's compile cache is switched on before the first TypeScript file is read: main.ts, what it imports
 * and the reading threads' code (they read the variable) are stripped and compiled once, then taken from the cache,
 * keyed by content so an edit is never stale. For `extract`, the first reading thread starts right away: its start
 * (a Node thread, then pdf.js) is most of a short run, and overlaps the parsing of the command line.
 *
 * package.json starts Node with `--max-opt=2`: V8 optimises hot code with Maglev, never with TurboFan. A run of the
 * CLI is short (a few seconds) and TurboFan's compile jobs, repeated in each reading thread, cost more than its faster
 * code gives back there: measured on 2 cores, 126 small invoices read in 2.7 s instead of 3.3–3.4 s, 64 in 1.9 s
 * instead of 2.1–2.2 s, and 901 no slower (11.4 s against 12.5 s). The output is the same, byte for byte.
 */
import module from 'node:module';
import { join } from 'node:path';

process.env.NODE_COMPILE_CACHE ??= join(import.meta.dirname, '../node_modules/.cache/assistant-chorus-pro/node-compile-cache');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
if (process.argv[2] === 'extract') {
  const { startReadingThreadEarly } = await import('./extract-pool.ts');
  startReadingThreadEarly();
}
await import('./main.ts');
