/**
 * Ways of laying out an invoice that the blind part blind-34 (IT, telecom, office equipment, printing and
 * communication) showed, on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

const HEAD: [number, [number, string][]] = [40, [[40, 'Réseaux VDI Loire'], [400, 'FACTURE N° FA-2024-1187']]];

describe('a label whose last words wrap under it, closed by its colon (« Accord-cadre courants » / « faibles : »)', () => {
  it('reads the market beside the label’s first line', () => {
    const result = readTextFields(
      linesAt(
        [
          HEAD,
          [150, [[40, 'Échéance :'], [220, '01/12/2024']]],
          [162, [[40, 'Accord-cadre courants'], [220, 'MAPA-2024-77']]],
          [171, [[40, 'faibles :']]],
          [183, [[40, 'Code service :'], [220, 'CULTURE']]],
        ],
        8,
      ),
    );
    expect(result.fields.marketNumber).toBe('MAPA-2024-77');
  });
});

describe('« Numéro du marché ou de l’accord-cadre le cas échéant   MAPA-2026-54 »: words after the label', () => {
  it('reads the value beside, not the words', () => {
    const result = read([HEAD, [170, [[40, 'Numéro du marché ou de l’accord-cadre le cas échéant'], [420, 'MAPA-2026-54']]]]);
    expect(result.fields.marketNumber).toBe('MAPA-2026-54');
  });
});

describe('« Contrat de location-maintenance (marché)   2024-867 »: the buyer’s word in brackets names the market', () => {
  it('reads it as the market, sure', () => {
    const result = read([HEAD, [170, [[40, 'Contrat de location-maintenance (marché)'], [330, '2024-867']]]]);
    expect(result.fields.marketNumber).toBe('2024-867');
    expect(result.unsure).not.toContain('marketNumber');
  });

  it('while a bare « Contrat n° » is only offered, unsure', () => {
    const result = read([HEAD, [170, [[40, 'Contrat n°'], [330, '2024-867']]]]);
    expect(result.unsure).toContain('marketNumber');
  });
});
