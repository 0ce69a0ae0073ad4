/**
 * Ways of laying out an invoice that the twentieth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

describe('« Marché de Noël » in an item table (an event, not a public market)', () => {
  it('gives no market number from the count in the row between its two lines', () => {
    // Small print (7 pt), as printed: the event's name wrapped in its cell, the row's figures between its two lines.
    const result = readTextFields(
      linesAt(
        [
          [47, [[40, 'Secouristes du Forez'], [420, 'N° de facture 202712023']]],
          [622, [[44, 'Date'], [96, 'Manifestation'], [233, 'Type'], [269, 'Public attendu'], [339, 'Prises en charge']]],
          [676, [[96, 'Marché de Noël – soirée']]],
          [679, [[44, '25/12/2026'], [233, 'PAPS'], [269, '3 200'], [339, '3']]],
          [684, [[96, 'd’ouverture']]],
        ],
        6,
      ),
    );
    expect(result.fields.marketNumber).toBeUndefined();
  });

  it('a real market number is still read', () => {
    const result = read([
      [47, [[40, 'Secouristes du Forez'], [420, 'N° de facture 202712023']]],
      [104, [[40, 'Marché n° : 2025-116']]],
    ]);
    expect(result.fields.marketNumber).toBe('2025-116');
  });
});

describe('a security deposit held, not cashed', () => {
  it('leaves the net to pay at the TTC, sure', () => {
    const result = read([
      [47, [[40, 'Chapiteaux Rhône-Loire'], [420, 'Facture n° FA-2025-04690']]],
      [300, [[330, 'Total HT / Net amount'], [500, '2 476,65 €']]],
      [314, [[330, 'TVA 20 % / VAT 20%'], [500, '495,33 €']]],
      [328, [[330, 'Total TTC / Total incl. VAT'], [500, '2 971,98 €']]],
      [350, [[40, 'Dépôt de garantie / Security deposit : 1 500,00 € – chèque de caution conservé, non encaissé.']]],
    ]);
    expect(result.fields.totalTTC).toBe('2971.98');
    expect(result.fields.netAPayer).toBe('2971.98');
    expect(result.unsure).not.toContain('netAPayer');
  });
});

describe('a bare « Référence » heading the identity row (« Référence   Date   Échéance   Code client »)', () => {
  const page = (headings: [number, string][]) =>
    read([
      [40, [[40, 'Loire Réception Location'], [520, 'FACTURE']]],
      [180, headings],
      [194, [[45, 'F-2024-0488'], [215, '25.07.2024'], [395, '24/08/2024'], [575, '41184597']]],
    ]);

  it('numbers the invoice', () => {
    expect(page([[45, 'Référence'], [215, 'Date'], [395, 'Échéance'], [575, 'Code client']]).fields.invoiceNumber).toBe('F-2024-0488');
  });

  it('not when the row is no identity row (« Référence   Désignation   Quantité »)', () => {
    expect(page([[45, 'Référence'], [215, 'Désignation'], [395, 'Quantité'], [575, 'Montant']]).fields.invoiceNumber).toBeUndefined();
  });
});

describe('an association « non assujettie à la TVA (art. 261-7-1° b du CGI) », « TVA   néant »', () => {
  it('has one total, HT and TTC alike, and no VAT, all sure', () => {
    const result = read([
      [47, [[40, 'Secours et Prévention Ligériens'], [420, 'Facture n° 2025-060']]],
      [300, [[380, 'Total'], [500, '4 097,35 €']]],
      [314, [[380, 'TVA'], [520, 'néant']]],
      [328, [[380, 'Somme à régler'], [500, '4 097,35 €']]],
      [350, [[40, 'Association non assujettie à la TVA (art. 261-7-1° b du CGI).']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '4097.35', totalTVA: '0.00', totalTTC: '4097.35', netAPayer: '4097.35' });
    expect(result.unsure).toEqual([]);
  });
});

describe('service codes', () => {
  it('« Direction de la culture (code)   DRH-PAIE »: the code of the direction named', () => {
    const result = read([
      [170, [[45, 'Engagement juridique n°'], [210, '2024-2271']]],
      [200, [[45, 'Direction de la culture (code)'], [210, 'DRH-PAIE']]],
    ]);
    expect(result.fields.serviceCode).toBe('DRH-PAIE');
  });

  it('« Service   ENF-SCO » in the buyer’s block, without a colon', () => {
    const result = read([
      [158, [[44, 'Site'], [293, 'Destinataire']]],
      [168, [[44, 'Auditorium du conservatoire'], [293, 'Ville de Saint-Étienne']]],
      [178, [[293, 'Direction des Finances']]],
      [189, [[293, 'Hôtel de Ville']]],
      [200, [[293, '42000 Saint-Étienne']]],
      [219, [[298, 'Service'], [417, 'ENF-SCO']]],
    ]);
    expect(result.fields.serviceCode).toBe('ENF-SCO');
  });

  it('but not a department named in one cell there (« Service achats »)', () => {
    const result = read([
      [158, [[293, 'Destinataire']]],
      [168, [[293, 'Ville de Saint-Étienne']]],
      [178, [[293, 'Service achats']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('« Numéro   Édité le » heading one row of the identity', () => {
  it('gives the date printed under « Édité le » as the invoice’s, sure', () => {
    const result = read([
      [40, [[40, 'Grande Pharmacie du Forez'], [400, 'Facturé à']]],
      [150, [[40, 'FACTURE MENSUELLE']]],
      [170, [[45, 'Numéro'], [215, 'Édité le'], [385, 'Période'], [555, 'Compte client']]],
      [184, [[45, 'F-2026-0505'], [215, '02/09/2026'], [385, 'août 2026'], [555, '41146157']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2026-0505');
    expect(result.fields.invoiceDate).toBe('2026-09-02');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});
