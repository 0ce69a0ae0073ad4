// `npm run demo`: builds the extension, serves the portal replicas as the real Chorus Pro hosts, and opens
// Chromium with the extension on the entry form after CPP's recognition. With a display, the browser stays open
// for you to try; without one (CI, a server), a screenshot is saved and its path printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/lib/browser.ts';
import { ensureChromium } from './ensure-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOT = join(ROOT, 'docs/screenshot-saisie.png');

ensureChromium();
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headed = Boolean(process.env.DISPLAY);
const session = await launchWithExtension({ headed });
try {
  const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
  await page.waitForSelector('html[data-ca-page="saisie"]', { timeout: 10_000 });
  // Two mistakes suppliers of the Ville often make: a code service typed in, an engagement with its label.
  const serviceCode = page.locator('[data-ca-field="serviceCode"]');
  await serviceCode.fill('SERVICE FINANCES');
  await page.waitForFunction(() => document.querySelector('[data-ca-field="serviceCode"]')?.getAttribute('data-ca-state') === 'error');
  await page.locator('chorus-assistant [data-ca-rule="se/service-code"]').waitFor();
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.evaluate(() => document.querySelector('h1')?.scrollIntoView());
  await page.waitForTimeout(300);
  if (headed) {
    console.log('Chromium est ouvert sur la page de saisie (réplique locale de Chorus Pro). Fermez la fenêtre pour terminer.');
    await new Promise((resolveClosed) => session.context.on('close', resolveClosed));
  } else {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Pas d'écran (DISPLAY absent) : capture enregistrée dans ${SCREENSHOT}`);
  }
} finally {
  await session.close().catch(() => {});
}
