import module from 'node:module';
import { join } from 'node:path';
import { UsageError } from './usage.ts';

// Compiled code is kept between runs (for this thread and the reader's worker threads, which read the variable):
// TypeScript is stripped and pdf.js compiled once, not at every start. Keyed by content, so an edit is never stale.
const compileCache = join(import.meta.dirname, '../node_modules/.cache/assistant-chorus-pro/node-compile-cache');
process.env.NODE_COMPILE_CACHE ??= compileCache;
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);

const USAGE = `Assistant Chorus Pro — ligne de commande
  npm run cli -- check FORMULAIRE.json [--directory ANNUAIRE.xlsx]   vérifie un formulaire (JSON) comme l'extension
  npm run cli -- directory ANNUAIRE.xlsx    lit l'annuaire Chorus Pro : comptes et anomalies (JSON)
  npm run cli -- extract [--text-only] FACTURE.pdf…   lit des factures PDF (JSON Lines)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'check': {
      const { checkCommand } = await import('./check.ts');
      return checkCommand(args);
    }
    case 'directory': {
      const { directoryCommand } = await import('./directory.ts');
      return directoryCommand(args);
    }
    case 'extract': {
      const { extractCommand } = await import('./extract.ts');
      return extractCommand(args);
    }
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(command ? `commande inconnue « ${command} ».\n${USAGE}` : USAGE);
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
