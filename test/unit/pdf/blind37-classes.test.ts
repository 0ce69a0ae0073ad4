/**
 * Ways of laying out an invoice that the blind part blind-37 (sport, leisure and swimming pools) showed, on small
 * hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« Accord-cadre AC-2023-26 » run into the engagement’s cell (« 2024-167724 Accord-cadreAC-2023-26 »)', () => {
  const page = (cell: string) =>
    read([
      [40, [[40, 'Aqua Équipement Loire'], [400, 'FACTURE N° FA43869']]],
      [165, [[35, 'EJ'], [233, cell]]],
      [178, [[35, 'Service'], [233, 'PATRIMOINE']]],
    ]);

  it('reads the market after the engagement’s value', () => {
    const result = page('2024-167724 Accord-cadreAC-2023-26');
    expect(result.fields.marketNumber).toBe('AC-2023-26');
    expect(result.fields.engagementNumber).toBe('2024-167724');
  });

  it('but not after words of a sentence', () => {
    expect(page('selon accord-cadre AC-2023-26').fields.marketNumber).toBeUndefined();
  });
});

describe('« N° MARCHÉ AMO   2023-166 »: a short word closing the market’s label', () => {
  it('reads the value in the next cell', () => {
    const result = read([
      [40, [[40, 'Assistance Projets Publics'], [400, 'FACTURE N° F-2025-0412']]],
      [120, [[390, 'BON DE COMMANDE N°'], [500, '1344997652']]],
      [132, [[390, 'N° MARCHÉ AMO'], [500, '2023-166']]],
    ]);
    expect(result.fields.marketNumber).toBe('2023-166');
  });
});

describe('« Service formation   FIN-001 » under a heading « Vos références »', () => {
  it('reads the service code', () => {
    const result = read([
      [40, [[40, 'Sauvetage Formation Loire'], [400, 'FACTURE N° F-2025-0871']]],
      [217, [[50, 'Début de la session'], [180, '14/11/2025']]],
      [232, [[50, 'Date d’échéance'], [180, '02/01/2026']]],
      [251, [[46, 'Vos références']]],
      [264, [[50, 'Service formation'], [208, 'FIN-001']]],
    ]);
    expect(result.fields.serviceCode).toBe('FIN-001');
  });
});
