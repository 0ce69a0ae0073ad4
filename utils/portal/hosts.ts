/**
 * Chorus Pro's hosts, production and qualification: where the assistant runs (manifest, content script), the
 * tabs the popup speaks about, and the only pages that may ask the PDF reader for anything.
 */
const DOMAIN = 'chorus-pro.gouv.fr';

/** Match patterns, as the manifest and the tabs API take them. */
export const CHORUS_PRO_MATCHES: string[] = [`https://${DOMAIN}/*`, `https://*.${DOMAIN}/*`];

export function isChorusProHost(hostname: string): boolean {
  return hostname === DOMAIN || hostname.endsWith(`.${DOMAIN}`);
}

/** Whether a URL (a tab's, an origin) is a Chorus Pro host; with `httpsOnly`, only over HTTPS. */
export function isChorusProUrl(url: string | undefined, options: { httpsOnly?: boolean } = {}): boolean {
  try {
    const parsed = new URL(url ?? '');
    return (!options.httpsOnly || parsed.protocol === 'https:') && isChorusProHost(parsed.hostname);
  } catch {
    return false;
  }
}
