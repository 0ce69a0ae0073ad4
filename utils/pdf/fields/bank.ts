import { normalizeIban } from '../../model/iban.ts';
import type { Line } from '../lines.ts';

/** The supplier's IBAN: the checksum decides where it ends ("IBAN : FR76 3000 … BIC : …"). */
export function findIban(lines: Line[]): string | null {
  const found: string[] = [];
  for (const line of lines) {
    const text = line.text.toUpperCase().replace(/[\u00a0\u202f]/g, ' ');
    for (const match of text.matchAll(/(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,32})/g)) {
      const compact = match[1]!.replace(/[ -]/g, '');
      for (let length = Math.min(compact.length, 34); length >= 14; length--) {
        const iban = normalizeIban(compact.slice(0, length));
        if (iban) {
          found.push(iban);
          break;
        }
      }
    }
  }
  const distinct = [...new Set(found)];
  return distinct.length === 1 ? distinct[0]! : (distinct[0] ?? null);
}
