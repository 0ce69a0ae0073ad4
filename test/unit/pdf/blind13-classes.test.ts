/**
 * Ways of laying out an invoice that the thirteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

type Row = Parameters<typeof read>[0][number];

/** A weighing-instrument table: serial numbers printed as « n° … », no price on the rows. */
function instrumentTable(top: number): Row[] {
  return [
    [top, [[40, '#'], [60, 'Site'], [200, 'Instrument'], [360, 'N° de série'], [450, 'Classe'], [500, 'Résultat']]],
    [top + 14, [[40, '1'], [60, 'Cuisine centrale'], [200, 'Balance plate-forme'], [360, 'n° 51-35764'], [450, 'III'], [500, 'Conforme']]],
    [top + 28, [[40, '2'], [60, 'EHPAD municipal'], [200, 'Balance des portions'], [360, 'n° 79/73051'], [450, 'III'], [500, 'Refusé']]],
  ];
}

/** Lines of the supplier's block and the buyer's, to push a table down the page. */
function filler(from: number, count: number): Row[] {
  return Array.from({ length: count }, (_, index): Row => [from + index * 14, [[40, `Ligne d’adresse ${index + 1}`]]]);
}

describe('« Facture » right-aligned above the value of a bare « Numéro »', () => {
  it('reads the number beside « Numéro », not a serial number in the table below', () => {
    const result = read([
      [40, [[40, 'Bascules et Mesures du Forez'], [480, 'Facture']]],
      [54, [[40, '52 rue des Aciéries']]],
      [68, [[40, '42100 Saint-Étienne'], [400, 'Numéro'], [480, 'F-2026-0363']]],
      [82, [[400, 'Date'], [480, '22/11/2026']]],
      [96, [[400, 'Client'], [480, 'CL4860']]],
      ...instrumentTable(300),
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0363');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});

describe('a « n° » far down a page whose only title is alone at the top', () => {
  it('is not stood behind: a row of a table numbers what it describes', () => {
    const result = read([[40, [[40, 'Métrologie Pesage'], [480, 'Facture']]], ...filler(54, 22), ...instrumentTable(400)]);
    expect(result.fields.invoiceNumber === undefined || result.unsure.includes('invoiceNumber')).toBe(true);
  });

  it('is still stood behind in the page’s head, a few lines under the title', () => {
    const result = read([[40, [[40, 'Métrologie Pesage'], [480, 'Facture']]], ...filler(54, 6), [160, [[40, 'N° 2025-118']]], [174, [[40, 'Date : 12/03/2025']]]]);
    expect(result.fields.invoiceNumber).toBe('2025-118');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});

describe('the engagement at the end of a line of running text', () => {
  it('reads the number opening the next line', () => {
    const result = read([
      [100, [[45, 'Objet : inspection télévisée de 5 tronçons, intervention du 05/12/2025. Suivant votre engagement juridique n°']]],
      [110, [[45, '2514057, nous vous prions de trouver ci-dessous le détail de notre intervention.']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2514057');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('reads it after the label’s last words when the line broke inside the label', () => {
    const result = read([
      [100, [[45, 'Objet : inspection de 3 tronçons, intervention du 18/02/2026 au 20/02/2026. Suivant votre engagement']]],
      [110, [[45, 'juridique n° 2026-056557, nous vous prions de trouver ci-dessous le détail de notre intervention.']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2026-056557');
  });

  it('takes nothing from a next line that goes on with words', () => {
    const result = read([
      [100, [[45, 'Objet : inspection de 3 tronçons, intervention du 18/02/2026. Merci de rappeler votre engagement']]],
      [110, [[45, 'juridique lors du dépôt sur Chorus Pro, 12 jours après réception.']]],
    ]);
    expect(result.fields.engagementNumber).toBeUndefined();
  });
});

describe('« Service gestionnaire (code) »', () => {
  it('reads the code beside it', () => {
    const result = read([
      [100, [[40, 'Marché n°'], [160, '2024-578']]],
      [114, [[40, 'Service gestionnaire (code)'], [160, 'SPORTS']]],
    ]);
    expect(result.fields.serviceCode).toBe('SPORTS');
  });
});

describe('the place and « le », the date in the next cell', () => {
  it('dates the invoice: « Clermont-Ferrand, le      13/06/2024 »', () => {
    const result = read([
      [40, [[40, 'Atelier Lumière et Plomb']]],
      [100, [[40, 'FACTURE DE SOLDE N° F-2024-0280']]],
      [114, [[40, 'Clermont-Ferrand, le'], [160, '13/06/2024']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-06-13');
  });

  it('takes no date from a bare « le » without a place', () => {
    const result = read([
      [40, [[40, 'FACTURE N° F-2024-0280']]],
      ...filler(60, 5),
      [160, [[40, 'le'], [160, '13/06/2024']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });
});
