/**
 * The ways of laying out an invoice that the thirty-first blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a key–value table of references followed by a numbered section « 1. Prestations forfaitaires »', () => {
  const page = read([
    [34, [[40, 'Bâti-Maintenance Rhône-Alpes']]],
    [85, [[44, 'FACTURE'], [316, 'Hôtel de Ville']]],
    [148, [[44, 'Facture n°'], [146, 'FA-2026-06714']]],
    [164, [[44, 'Date'], [146, '16/05/2026']]],
    [221, [[44, 'N° d’engagement'], [146, '26 96 850']]],
    [235, [[44, 'Service'], [146, 'DPB/ETU']]],
    [253, [[40, '1. Prestations forfaitaires']]],
  ]);

  it('reads the service code beside its label, never the section’s number under it', () => {
    expect(page.fields.serviceCode).toBe('DPB/ETU');
  });

  it('reads the engagement beside its label when the section’s heading follows it', () => {
    const result = read([
      [85, [[44, 'FACTURE']]],
      [148, [[44, 'Facture n°'], [146, 'FA-2026-06714']]],
      [198, [[44, 'N° EJ'], [146, '202420769']]],
      [216, [[40, '1. Prestations forfaitaires']]],
    ]);
    expect(result.fields.engagementNumber).toBe('202420769');
  });
});

describe('« NUMÉRO   2575-430 » over « D’ENGAGEMENT », in capitals', () => {
  it('reads the engagement: the label’s complement goes on under it', () => {
    const result = read([
      [40, [[38, 'Sols Confort Loire'], [338, 'FACTURE N° 2025-0417']]],
      [102, [[338, 'ÉCHÉANCE'], [435, '30/03/2025']]],
      [121, [[338, 'NUMÉRO'], [435, '2575-430']]],
      [133, [[338, 'D’ENGAGEMENT']]],
      [150, [[38, 'Ville de Saint-Étienne']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2575430');
  });
});
