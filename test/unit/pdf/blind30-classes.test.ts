/**
 * The ways of laying out an invoice that the thirtieth blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

describe('an Excel key–value table whose labels wrap round their values, with words after the label itself', () => {
  // In 6-point type, as the sheet prints it: the value sits between the label's lines, three points from each.
  const page = readTextFields(linesAt([
    [50, [[37, 'Clean’Cité Rhône-Alpes'], [376, 'FACTURE']]],
    [119, [[37, 'Numéro de la facture'], [147, '202603009']]],
    [129, [[37, 'Date d’émission'], [147, '12/03/2026']]],
    [181, [[37, 'N° EJ – à rappeler sur toute']]],
    [184, [[147, '4586337388']]],
    [187, [[37, 'correspondance']]],
    [196, [[37, 'Numéro du marché public de propreté']]],
    [200, [[147, '2026.23.998']]],
    [202, [[37, 'urbaine']]],
    [212, [[37, 'Code du service destinataire (Chorus']]],
    [215, [[147, 'DPB/ETU']]],
    [218, [[37, 'Pro)']]],
  ], 6));

  it('reads the engagement, the market and the service code between the label’s lines', () => {
    expect(page.fields).toMatchObject({ engagementNumber: '4586337388', marketNumber: '2026.23.998', serviceCode: 'DPB/ETU' });
  });
});

describe('« Références de la commande » over « Service   CULTURE »', () => {
  it('reads the service code', () => {
    const result = read([
      [77, [[50, 'Destinataire']]],
      [87, [[50, 'Loire Forez Agglomération']]],
      [97, [[50, 'Service rivières – GEMAPI'], [495, 'Facture']]],
      [208, [[294, 'Échéance'], [407, '04/12/2025']]],
      [226, [[46, 'Références de la commande']]],
      [239, [[50, 'Service'], [225, 'CULTURE']]],
    ]);
    expect(result.fields.serviceCode).toBe('CULTURE');
  });
});
