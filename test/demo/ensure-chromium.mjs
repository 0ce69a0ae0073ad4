// The demo needs Debian's Chromium (with its French language pack, so that Chromium's own menus name the extension in French).
// On a fresh machine where we are root, it is installed from Debian's packages; otherwise we say how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'chromium-l10n', 'fonts-liberation'];

export function ensureChromium() {
  const languagePack = existsSync('/usr/lib/chromium/locales/fr.pak');
  if (existsSync(CHROMIUM) && (languagePack || process.env.CHROMIUM_PATH)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) {
    if (existsSync(CHROMIUM)) return CHROMIUM;
    console.error(`Chromium est introuvable (${CHROMIUM}). Installez-le : sudo apt-get install ${PACKAGES.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installation de Chromium depuis les paquets Debian (${PACKAGES.join(', ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...PACKAGES]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error('Installation de Chromium impossible : voir les messages ci-dessus.');
      process.exit(1);
    }
  }
  return CHROMIUM;
}
