/**
 * The command line's entry (`npm run cli`), in plain JavaScript so that Node reads it without loading its TypeScript
 * stripper. Node's compile cache is switched on before the first TypeScript file is read: main.ts, what it imports
 * and the reading threads' code (they read the variable) are stripped and compiled once, then taken from the cache,
 * keyed by content so an edit is never stale. For `extract`, the first reading thread starts right away: its start
 * (a Node thread, then pdf.js) is most of a short run, and overlaps the parsing of the command line.
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
