import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** "FR76 3000 6000 0112 3456 7890 189" → "FR7630006000011234567890189", or null when the checksum fails. */
export function normalizeIban(raw: string): string | null {
  const electronic = electronicFormatIBAN(raw.toUpperCase());
  return electronic && isValidIBAN(electronic) ? electronic : null;
}
