/**
 * Ways of laying out an invoice that the fourteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('the deposit’s own invoice named on a line of the totals', () => {
  const page = (deductionLabel: string) =>
    read([
      [40, [[40, 'Chrono Loire Événements'], [300, 'FACTURÉ À']]],
      [54, [[40, 'FACTURE']]],
      [68, [[49, 'Numéro'], [116, 'Date'], [176, 'Client']]],
      [82, [[49, 'F-2026-0939'], [116, '11/08/2026'], [176, 'CL6515']]],
      [300, [[289, 'Montant TTC'], [516, '3 749,02 €']]],
      [314, [[289, deductionLabel], [516, '-750,00 €']]],
      [328, [[289, 'Net à payer'], [516, '2 999,02 €']]],
    ]);

  it('is never taken for this invoice’s number: « Acompte à la commande – facture F-2026-0933 du »', () => {
    expect(page('Acompte à la commande – facture F-2026-0933 du').fields.invoiceNumber).toBe('F-2026-0939');
  });

  it('nor after « Avance versée – facture »', () => {
    expect(page('Avance versée – facture F-2026-0933').fields.invoiceNumber).toBe('F-2026-0939');
  });

  it('while a deposit invoice’s own « Facture d’acompte n° » still numbers it', () => {
    expect(read([[40, [[40, 'Facture d’acompte n° FA-2026-0101']]], [54, [[40, 'Date : 02/03/2026']]]]).fields.invoiceNumber).toBe('FA-2026-0101');
  });
});

describe('« N° de BC », the bon de commande’s initials', () => {
  it('reads the buyer’s order as the engagement', () => {
    const result = read([
      [100, [[40, 'Références client'], [300, 'Maître d’ouvrage']]],
      [114, [[40, 'N° de BC'], [160, '1370900772'], [300, 'Collège Jules Vallès']]],
    ]);
    expect(result.fields.engagementNumber).toBe('1370900772');
  });
});

describe('an invoice-number label below the head of the page', () => {
  it('is given to be checked, not stood behind: it may name another invoice', () => {
    const result = read([
      [40, [[40, 'Chrono Loire Événements'], [480, 'FACTURE']]],
      ...Array.from({ length: 22 }, (_, index): [number, [number, string][]] => [60 + index * 14, [[40, `Ligne ${index + 1} du détail`], [480, `${index + 10},00`]]]),
      [400, [[289, 'Rappel : facture N° F-2026-0933'], [516, '750,00 €']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0933');
    expect(result.unsure).toContain('invoiceNumber');
  });

  it('is stood behind in the head', () => {
    const result = read([
      [40, [[40, 'Chrono Loire Événements']]],
      [54, [[40, 'FACTURE N° F-2026-0939']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0939');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});
