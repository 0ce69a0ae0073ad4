import { describe, expect, it } from 'vitest';
import { normalizeIban } from '../../../utils/model/iban.ts';
import { normalizeEngagement } from '../../../utils/model/engagement.ts';

describe('IBAN', () => {
  it('normalises a printed IBAN and checks its key', () => {
    expect(normalizeIban('FR76 3000 6000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
    expect(normalizeIban('fr7630006000011234567890189')).toBe('FR7630006000011234567890189');
    expect(normalizeIban('FR76 3000 6000 0112 3456 7890 188')).toBeNull();
    expect(normalizeIban('not an iban')).toBeNull();
  });
});

describe('normalizeEngagement', () => {
  it.each([
    ['2401234', '2401234', []],
    ['24 01 234', '2401234', [' ', ' ']],
    ['EJ 2401234', '2401234', ['EJ', ' ']],
    ['EJ2401234', '2401234', ['EJ']],
    ['BC-2401234', '2401234', ['BC', '-']],
    ['n° 2401234', '2401234', ['n°', ' ']],
    ['N°2401234', '2401234', ['N°']],
    ['EJ n° 24-01_234', '2401234', ['EJ', ' ', 'n°', ' ', '-', '_']],
    ['Bon de commande : 2401234', '2401234', ['Bon de commande', ' : ']],
    ['PO201925478', 'PO201925478', []],
  ])('%j → %j', (raw, value, stripped) => {
    expect(normalizeEngagement(raw)).toEqual({ value, stripped });
  });

  it('keeps letters inside the number rather than guessing', () => {
    expect(normalizeEngagement('24O1234').value).toBe('24O1234');
    expect(normalizeEngagement('EJECT').value).toBe('EJECT');
  });
});
