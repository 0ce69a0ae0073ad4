/**
 * The ways of laying out an invoice that the twenty-eighth blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a speech therapist’s « NOTE D’HONORAIRES » / « valant facture – n° F-2025-0226 »', () => {
  const page = read([
    [59, [[53, 'Claire Montagne']]],
    [85, [[336, 'Ville de Saint-Étienne']]],
    [98, [[53, 'Téléphone 04 73 52 81 20'], [336, 'Programme de réussite éducative']]],
    [173, [[453, 'Grenoble, le 01/08/2025']]],
    [197, [[51, 'NOTE D’HONORAIRES']]],
    [212, [[51, 'valant facture – n° F-2025-0226']]],
    [231, [[55, 'Réussite éducative (code)'], [214, 'SPORTS']]],
    [250, [[51, 'Objet : prise en charge orthophonique – juillet 2025.']]],
  ]);

  it('reads the number after the dash', () => {
    expect(page.fields.invoiceNumber).toBe('F-2025-0226');
  });

  it('reads the code beside « Réussite éducative (code) », no reference around', () => {
    expect(page.fields.serviceCode).toBe('SPORTS');
  });
});

describe('« Marché de surveillance de la qualité de l’air n°M12.6868 »: seven words between « Marché » and « n° »', () => {
  it('reads the market number', () => {
    const result = read([
      [40, [[35, 'Air Intérieur Conseil'], [420, 'Facture n° FA-2025-118']]],
      [242, [[35, 'Marché de surveillance de la qualité de l’air n°M12.6868']]],
    ]);
    expect(result.fields.marketNumber).toBe('M12.6868');
  });
});

describe('a building trade’s legal mention « assurance décennale contrat n° 50792525 »', () => {
  it('is no market number, not even offered', () => {
    const result = read([
      [40, [[35, 'Bain Confort Autonomie'], [420, 'Facture n° FA-2025-118']]],
      [810, [[136, 'Qualibat RGE n° E-E348150 – assurance décennale contrat n° 50792525, couverture France métropolitaine']]],
    ]);
    expect(result.fields.marketNumber).toBeUndefined();
  });

  it('while a public market for insurance keeps its number (« Marché d’assurances n° 2025-017 »)', () => {
    const result = read([
      [40, [[35, 'Cabinet Durand Assurances'], [420, 'Facture n° FA-2025-118']]],
      [200, [[35, 'Marché d’assurances dommages aux biens n° 2025-017']]],
    ]);
    expect(result.fields.marketNumber).toBe('2025-017');
  });
});
