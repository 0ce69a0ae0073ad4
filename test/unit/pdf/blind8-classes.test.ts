/**
 * Ways of laying out an invoice that the eighth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

/** x of a 10-point text that ends at `right` (linesAt's width: half the size per character). */
const endingAt = (right: number, text: string): [number, string] => [right - text.length * 5, text];

describe('a framework agreement « à bons de commande »', () => {
  it('reads its number as the market number, never as the engagement (the order words name the agreement)', () => {
    const result = read([
      [100, [[40, 'Accord-cadre à bons de commande n° 2025M0552'], [400, 'Direction des Finances']]],
      [114, [[40, 'Code service Chorus DSI'], [400, 'Hôtel de Ville']]],
    ]);
    expect(result.fields.marketNumber).toBe('2025M0552');
    expect(result.unsure).not.toContain('marketNumber');
    expect(result.fields.engagementNumber).toBeUndefined();
  });

  it('does not join a market number in two groups into a seven-digit engagement', () => {
    const result = read([[100, [[40, 'Accord-cadre à bons de commande n° 2025-549'], [400, 'Direction des Finances']]]]);
    expect(result.fields.engagementNumber).toBeUndefined();
    expect(result.fields.marketNumber).toBe('2025-549');
  });

  it('still reads the engagement printed under its own label beside it', () => {
    const result = read([
      [100, [[40, 'N° d’engagement juridique 2445-909']]],
      [114, [[40, 'Accord-cadre à bons de commande n° 2023M2745']]],
    ]);
    expect(result.fields).toMatchObject({ engagementNumber: '2445909', marketNumber: '2023M2745' });
  });
});

describe('« Service destinataire », the portal’s own name for the service code', () => {
  it('reads the code after the label', () => {
    const result = read([[100, [[40, 'Service destinataire : FIN-001'], [400, 'Ville de Saint-Étienne']]]]);
    expect(result.fields.serviceCode).toBe('FIN-001');
  });

  it('reads the code under the label in a row of references', () => {
    const result = read([
      [100, [[40, 'Réf. marché'], [300, 'Service destinataire']]],
      [114, [[40, '2023-865'], [300, 'ENS-07']]],
    ]);
    expect(result.fields).toMatchObject({ serviceCode: 'ENS-07', marketNumber: '2023-865' });
  });

  it('gives no code when the label is followed by the name of a service', () => {
    const result = read([[100, [[40, 'Service destinataire : Direction des Finances']]]]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('« Service : » stacked under the references against the right margin', () => {
  it('reads the code right-aligned under the engagement', () => {
    const result = read([
      [40, [[40, 'Indépendance Portage Loire'], endingAt(560, 'N° d’engagement : 2687240')]],
      [52, [endingAt(560, 'Service : DSI')]],
      [64, [[40, 'Société de portage salarial']]],
    ]);
    expect(result.fields).toMatchObject({ engagementNumber: '2687240', serviceCode: 'DSI' });
  });
});

describe('a travel agency’s package under the margin scheme (no VAT shown)', () => {
  const page = (note: string) =>
    read([
      [100, [[40, 'FACTURE N° SE-2024-0113'], [400, 'Date : 02/12/2024']]],
      [140, [[40, 'Prestations'], [300, 'Nombre'], [380, 'Prix unitaire'], [480, 'Montant']]],
      [154, [[40, 'Forfait séjour 5 jours / 4 nuits – par élève'], [300, '30'], [380, '106,00'], [480, '3 180,00']]],
      [168, [[40, 'Transport en autocar grand tourisme'], [300, '1'], [380, '3 038,01'], [480, '3 038,01']]],
      [182, [[40, 'Activités encadrées'], [300, '30'], [380, '13,46'], [480, '403,80']]],
      [210, [[250, 'Prix total TTC'], [480, '6 621,81 €']]],
      [224, [[250, 'Acompte 30 % réglé le 18/09/2024 (facture AC-2024-2797)'], [480, '-1 986,54 €']]],
      [238, [[250, 'Net à payer'], [480, '4 635,27 €']]],
      [270, [[40, note]]],
    ]);

  it('gives the total as HT and TTC with no VAT, and the net after the deposit', () => {
    const result = page('Régime particulier – Agences de voyages (art. 266-1-e du CGI) : TVA sur la marge, non mentionnée sur la facture.');
    expect(result.fields).toMatchObject({ totalHT: '6621.81', totalTVA: '0.00', totalTTC: '6621.81', netAPayer: '4635.27' });
    expect(result.unsure).not.toContain('totalTTC');
  });

  it('reads second-hand goods under the margin scheme the same way', () => {
    const result = page('Régime particulier – biens d’occasion : TVA sur la marge.');
    expect(result.fields).toMatchObject({ totalHT: '6621.81', totalTVA: '0.00', totalTTC: '6621.81' });
  });
});
