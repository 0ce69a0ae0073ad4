/**
 * Ways of laying out an invoice that the eleventh blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('« Service CODE » in a line of the buyer’s references', () => {
  it('reads the code beside the engagement and the framework agreement', () => {
    const result = read([[100, [[40, 'N° d’engagement 2026-7839'], [220, 'Accord-cadre n° 2025-156'], [400, 'Service SERV-ACHATS']]]]);
    expect(result.fields).toMatchObject({ engagementNumber: '2026-7839', marketNumber: '2025-156', serviceCode: 'SERV-ACHATS' });
  });

  it('gives no code for « Service » beside text that is not a reference', () => {
    expect(read([[100, [[40, 'Horaires : 9 h – 12 h'], [300, 'Service CLIENTS']]]]).fields.serviceCode).toBeUndefined();
  });
});

describe('the engagement under labels that name it in brackets or name the portal', () => {
  it('reads « Réf. client (EJ) 202636573 »', () => {
    expect(read([[100, [[40, 'Réf. client (EJ) 202636573']]]]).fields.engagementNumber).toBe('202636573');
  });

  it('reads « Numéro d’engagement Chorus » with its value in the next cell', () => {
    expect(read([[100, [[40, 'Numéro d’engagement Chorus'], [300, '2545015']]]]).fields.engagementNumber).toBe('2545015');
  });
});

describe('market labels with the kind of market in words', () => {
  it.each([
    ['Contrat-cadre (marché) n°', '2023M7921'],
    ['Marché de commande artistique n° :', '2024M6315'],
    ['Marché pneumatiques n°', 'MAPA-2026-35'],
  ])('reads « %s »', (label, value) => {
    const result = read([[100, [[40, label], [300, value]]]]);
    expect(result.fields.marketNumber).toBe(value);
    expect(result.unsure).not.toContain('marketNumber');
  });

  it('never takes the date a market was signed as its number', () => {
    expect(read([[100, [[40, 'Marché notifié le 12/03/2025']]]]).fields.marketNumber).toBeUndefined();
  });
});
