// Builds the extension exactly as wxt.config.ts says, into a private folder (ACP_SECURITY_OUT), so that the
// security specs never race with another build writing .output/ at the same time. Source maps are added (they
// change no code, only append a comment) so that every suspicious call in a bundle can be traced to the module
// it comes from: ours, or a library's.
import { resolve } from 'node:path';
import base from '../../wxt.config.ts';

const root = resolve(import.meta.dirname, '../..');
const baseVite = base.vite;

export default {
  ...base,
  root,
  outDir: process.env.ACP_SECURITY_OUT ?? resolve(root, '.output-security'),
  vite: (env: Parameters<NonNullable<typeof baseVite>>[0]) => {
    const config = baseVite ? baseVite(env) : {};
    const resolved = config as { build?: object };
    return { ...resolved, build: { ...resolved.build, sourcemap: true } };
  },
};
