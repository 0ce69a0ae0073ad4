/**
 * Two labels that each name the invoice's number without doubt, in the head of the page, giving two numbers: the
 * reader gives the first but does not stand behind it (a quote's or an earlier invoice's number may sit in either).
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

const head: [number, [number, string][]][] = [
  [40, [[40, 'Menuiserie Forez Bois'], [320, 'Ville de Saint-Étienne']]],
  [54, [[40, '12 rue des Artisans'], [320, 'Direction des Finances']]],
];

describe('two invoice-number labels that disagree', () => {
  it('gives the first number to be checked', () => {
    const result = read([
      ...head,
      [80, [[40, 'FACTURE N° F-2026-0418']]],
      [100, [[40, 'Date : 14/03/2026']]],
      [114, [[40, 'N° de facture : 2026-0400']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0418');
    expect(result.unsure).toContain('invoiceNumber');
  });

  it('stands behind a number printed twice, with or without its prefix', () => {
    const result = read([
      ...head,
      [80, [[40, 'FACTURE N° F-2026-0418']]],
      [100, [[40, 'Date : 14/03/2026']]],
      [114, [[40, 'N° de facture : 2026-0418']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0418');
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('counts the number right under the title alone as a second label', () => {
    const result = read([
      ...head,
      [80, [[400, 'FACTURE']]],
      [94, [[400, 'F-2026-0042']]],
      [120, [[40, 'Facture n° 2026-17 – travaux du lot 2']]],
    ]);
    expect(result.unsure).toContain('invoiceNumber');
  });

  it('does not count a short « n° » beside another heading (a lot, a market) as a rival', () => {
    const result = read([
      ...head,
      [80, [[200, 'FACTURE N° F-2025-0770']]],
      [100, [[40, 'Date de facture'], [300, '07/05/2025']]],
      [112, [[40, 'Marché à bons de commande'], [300, 'n° 2024-981 – Lot unique']]],
      [124, [[40, 'Lot'], [300, 'n° 4']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2025-0770');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});
