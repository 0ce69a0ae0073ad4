/**
 * Ways of laying out an invoice that the fifteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('the invoice number under the names accounting software gives it', () => {
  it('reads « Numéro de / document » wrapped beside its value, a line of the supplier’s address between', () => {
    const result = read([
      [52, [[43, 'Datacentre du Forez'], [327, 'FACTURE']]],
      [63, [[43, '110 rue de la République']]],
      [67, [[331, 'Numéro de'], [427, 'FAC-202409-425']]],
      [73, [[43, '63000 Clermont-Ferrand']]],
      [77, [[331, 'document']]],
      [94, [[331, 'Date de facturation'], [427, '23 septembre 2024']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FAC-202409-425');
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads a bare « Référence » right under the title', () => {
    const result = read([
      [53, [[44, 'HébergeLoire'], [328, 'Facture']]],
      [64, [[44, '85 rue Michelet']]],
      [68, [[332, 'Référence'], [428, 'F-2025-0378']]],
      [84, [[332, 'Date du document'], [428, '2025-11-06']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('F-2025-0378');
    expect(result.fields.invoiceDate).toBe('2025-11-06');
  });

  it('but not a « Référence » far from any title', () => {
    const result = read([
      [53, [[44, 'HébergeLoire']]],
      [200, [[44, 'Désignation'], [300, 'Montant HT']]],
      [214, [[44, 'Référence'], [300, 'HB-2025-77']]],
    ]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });

  it('reads « Note de frais et honoraires n° », a commissaire de justice’s invoice', () => {
    const result = read([
      [154, [[262, 'FACTURE']]],
      [168, [[180, 'Note de frais et honoraires n°'], [311, '25-09612']]],
      [183, [[180, 'Date'], [311, '11.09.2025']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('25-09612');
    expect(result.fields.invoiceDate).toBe('2025-09-11');
  });
});

describe('« Date pièce » in a row of headings', () => {
  it('dates the invoice, not « Page »', () => {
    const result = read([
      [48, [[40, 'Gravure & Coupes du Forez'], [323, 'FACTURE']]],
      [68, [[40, '87 rue de la République'], [300, 'Pièce n°'], [360, 'Date pièce'], [430, 'Code client'], [500, 'Page']]],
      [78, [[40, '43000 Le Puy-en-Velay'], [303, '7245'], [360, '17/02/25'], [432, 'CL8272'], [501, '1/1']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('7245');
    expect(result.fields.invoiceDate).toBe('2025-02-17');
  });
});

describe('« Votre réf. », the buyer’s own reference', () => {
  const page = (reference: string) =>
    read([
      [146, [[40, 'Références'], [340, 'Facturé à']]],
      [158, [[40, reference], [340, 'Ville de Saint-Étienne']]],
      [169, [[40, 'Marché n° : M75.9118'], [340, 'Direction des Finances']]],
    ]);

  it('holds the engagement when it is in its seven digits', () => {
    const result = page('Votre réf. : 25 00 694');
    expect(result.fields.engagementNumber).toBe('2500694');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('gives no other reference there: it may be the buyer’s client code or a file', () => {
    expect(page('Votre réf. 2025-033087').fields.engagementNumber).toBeUndefined();
    expect(page('Votre référence   C00710').fields.engagementNumber).toBeUndefined();
  });

  it('never reads « Votre réf. client » (the supplier’s number for the buyer) as the engagement', () => {
    expect(page('Votre réf. client 4471230').fields.engagementNumber).toBeUndefined();
  });
});

describe('the service code in the buyer’s references', () => {
  it('reads « Service : FIN-001 » under a « Références » heading, beside a quote and a delivery note', () => {
    const result = read([
      [140, [[40, 'RÉFÉRENCES'], [313, 'FACTURÉ À']]],
      [150, [[40, 'Devis accepté : DV-2026-539'], [313, 'Ville de Saint-Étienne']]],
      [160, [[40, 'Livraison : BL46047 du 08/10/2026'], [313, 'Direction des Finances']]],
      [169, [[40, 'Service : FIN-001'], [313, 'Hôtel de Ville']]],
    ]);
    expect(result.fields.serviceCode).toBe('FIN-001');
  });

  it('reads a label broken at the end of a line of references: « – Code » then « service FIN-001 »', () => {
    const result = read([
      [142, [[47, 'Références'], [400, 'Destinataire']]],
      [152, [[47, 'Bon de commande n° 2025-0529 – Marché n° 2024-153 – Code'], [400, 'Département de la Loire']]],
      [163, [[47, 'service FIN-001'], [400, 'Hôtel du Département']]],
    ]);
    expect(result.fields.serviceCode).toBe('FIN-001');
  });

  it('and « – Service » then « destinataire BAT-02 »', () => {
    const result = read([
      [152, [[47, 'N° EJ 2523-408 – Marché de fournitures n° 2025.78.061 – Service'], [420, 'Ville de Saint-Étienne']]],
      [163, [[47, 'destinataire BAT-02'], [420, 'Direction des Finances']]],
    ]);
    expect(result.fields.serviceCode).toBe('BAT-02');
  });
});
