/**
 * Ways of laying out an invoice that the twenty-first blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« Armoires de commande : 62 » (control cabinets counted, for information)', () => {
  it('is no order number: no engagement is given', () => {
    const result = read([
      [47, [[40, 'Lumière Forez Maintenance'], [420, 'Facture n° FA-2025-1187']]],
      [450, [[40, 'Points lumineux : 1 924']]],
      [462, [[40, 'Armoires de commande : 62']]],
    ]);
    expect(result.fields.engagementNumber).toBeUndefined();
  });

  it('a two-digit number is no engagement even under its label; letters and digits still are (« ACHETEUR_BC001 »)', () => {
    expect(read([[104, [[40, 'Commande n° : 62']]]]).fields.engagementNumber).toBeUndefined();
    expect(read([[104, [[40, 'Bon de commande : ACHETEUR_BC001']]]]).fields.engagementNumber).toBe('ACHETEUR_BC001');
  });
});

describe('« Numéro » / « d’engagement » / « juridique » centred in a box of a heading row', () => {
  it('is one label, its value under its last line', () => {
    const result = read([
      [128, [[347, 'Numéro']]],
      [136, [[66, 'N° pièce'], [148, 'Date'], [205, 'Code client'], [336, 'd’engagement'], [408, 'Page']]],
      [145, [[346, 'juridique']]],
      [160, [[62, 'FA37214'], [131, '26/10/2024'], [208, 'CL9073'], [341, '2428178'], [414, '1']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2428178');
  });
});

describe('« N° de commande publique »', () => {
  it('names the buyer’s order: its number is the engagement', () => {
    const result = read([
      [133, [[37, 'N° de commande publique'], [156, '24 01 065'], [336, 'Ville de Saint-Étienne']]],
      [142, [[336, 'Direction des Finances']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2401065');
  });
});

describe('service codes', () => {
  it('« Police municipale (code service)   VOIRIE42 »: the label in brackets after the service’s name', () => {
    const result = read([
      [124, [[37, 'Références'], [336, 'Facturé à']]],
      [133, [[37, 'N° de marché'], [156, 'MAPA-2026-81'], [336, 'Commune de Montbrison']]],
      [142, [[37, 'Police municipale (code service)'], [156, 'VOIRIE42'], [336, 'Direction des services techniques']]],
    ]);
    expect(result.fields.serviceCode).toBe('VOIRIE42');
  });

  it('« Service: » over its code, under a row of headings naming the public order (Odoo-like)', () => {
    const page = (service: string) =>
      read([
        [206, [[40, 'Facture FAC/2024/07986']]],
        [227, [[40, 'Date de facturation:'], [155, 'Date d’échéance:'], [268, 'Origine:'], [382, 'N° de commande publique:']]],
        [239, [[40, '04/04/2024'], [155, '19/05/2024'], [268, 'CT-BAL-2024-667'], [382, '2462-787']]],
        [258, [[40, service]]],
        [270, [[40, 'VOIRIE42']]],
      ]);
    expect(page('Service:').fields.serviceCode).toBe('VOIRIE42');
    expect(page('Service:').unsure).not.toContain('serviceCode');
    // Without its colon, the word may head anything (a column, a department): the code is only offered, unsure.
    expect(page('Service').unsure).toContain('serviceCode');
  });
});

describe('a VAT summary « Taxe   Base   Montant » beside the totals block’s own rate lines', () => {
  it('counts each rate once: the VAT between HT and Total is confirmed, sure', () => {
    const result = read([
      [47, [[40, 'Balayage Service Loire'], [420, 'Facture FAC/2025/04417']]],
      [541, [[40, 'Récapitulatif des taxes']]],
      [544, [[322, 'Montant hors taxes'], [502, '10 807,50€']]],
      [557, [[44, 'Taxe'], [159, 'Base'], [216, 'Montant']]],
      [562, [[322, 'TVA 10 %'], [516, '308,90€']]],
      [574, [[44, 'TVA 20 %'], [138, '7 718,50€'], [213, '1 543,70€']]],
      [580, [[322, 'TVA 20 %'], [507, '1 543,70€']]],
      [591, [[44, 'TVA 10 %'], [138, '3 089,00€'], [221, '308,90€']]],
      [598, [[322, 'Total'], [497, '12 660,10€']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '10807.50', totalTVA: '1852.60', totalTTC: '12660.10' });
    expect(result.unsure).not.toContain('totalTVA');
  });
});

describe('a credit note’s heading « Facture d’origine » beside « N° pièce »', () => {
  it('names the invoice corrected, not the title: the note’s own number stays sure', () => {
    const result = read([
      [48, [[35, 'Signaux Loire Équipement'], [492, 'AVOIR']]],
      [152, [[53, 'N° pièce'], [136, 'Date'], [209, 'Code client'], [287, 'Facture d’origine'], [449, 'du']]],
      [165, [[38, 'AV-2024-02876'], [123, '16/09/2024'], [211, '41150547'], [288, 'FA-2024-02854'], [432, '29/08/2024']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('AV-2024-02876');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});
