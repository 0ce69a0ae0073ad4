import { isValidSiret } from '../model/siret.ts';

/**
 * A yes/no cell as the directory writes it: `true`/`false`, `Oui`/`Non`, `1`/`0` (a spreadsheet boolean reads
 * 1/0 too), `Vrai`/`Faux`. Undefined for anything else, empty included: the caller picks the safe default.
 */
export function parseFlag(raw: string | undefined): boolean | undefined {
  if (raw === undefined) return undefined;
  // The file's own spelling first: this runs for every flag of 280 000 rows.
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  const folded = raw
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (folded === '') return undefined;
  if (['true', 'oui', '1', 'vrai', 'o', 'yes', 'y'].includes(folded)) return true;
  if (['false', 'non', '0', 'faux', 'n', 'no'].includes(folded)) return false;
  return undefined;
}

const SIRET_TYPES = /^(siret|1)?$/i;

/**
 * The structure's identifier as Chorus Pro knows it. A SIRET a spreadsheet stored as a number has lost its
 * leading zeros (and may read 2.1420218600018E13): it gets its 14 digits back. Other identifiers stay as written.
 */
export function normaliseIdentifier(raw: string | undefined, idType = ''): string {
  const text = (raw ?? '').trim();
  if (text === '') return '';
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+(\.0+)?$/.test(compact) || /^\d(\.\d+)?e\+?\d+$/i.test(compact)) {
    const digits = /e/i.test(compact) ? numberToDigits(compact) : compact.replace(/\.0+$/, '');
    if (digits !== null && SIRET_TYPES.test(idType.trim()) && digits.length < 14 && digits.length > 9) return digits.padStart(14, '0');
    if (digits !== null) return digits;
  }
  return compact;
}

function numberToDigits(scientific: string): string | null {
  const value = Number(scientific);
  return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
}

/** An identifier that claims to be a SIRET but is not a valid one (14 digits and the check key). */
export function isBadSiret(id: string, idType: string): boolean {
  if (!SIRET_TYPES.test(idType.trim())) return false;
  return !isValidSiret(id);
}

/** A cell's text without its surrounding spaces; undefined when empty. */
export function cellText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  const text = /\s\s|[\t\n\r]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return text === '' ? undefined : text;
}
