/**
 * Ways of laying out an invoice that the second blind corpus revealed (issue 10), one small hand-made page each:
 * what the reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('totals printed beside another block', () => {
  it('reads a totals block set left of the item table, on the item rows’ lines', () => {
    const result = read([
      [40, [[40, 'Clôtures du Pilat'], [420, 'FACTURE']]],
      [52, [[420, 'N° F-2025-11']]],
      [100, [[40, 'Récapitulatif'], [230, 'Description'], [400, 'Qté'], [445, 'Prix HT'], [510, 'Total HT']]],
      [118, [[45, 'Total hors taxes'], [160, '3 000,00 €'], [230, 'Pose de clôture'], [410, '1'], [445, '1 000,00'], [510, '1 000,00']]],
      [136, [[45, 'TVA 20 %'], [160, '600,00 €'], [230, 'Grillage'], [410, '3'], [450, '500,00'], [510, '1 500,00']]],
      [154, [[45, 'Total TTC'], [160, '3 600,00 €'], [230, 'Portail'], [410, '1'], [450, '500,00'], [515, '500,00']]],
      [172, [[45, 'Déjà réglé'], [160, '-1 000,00 €']]],
      [190, [[45, 'Reste à payer'], [160, '2 600,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '3000.00', totalTVA: '600.00', totalTTC: '3600.00', netAPayer: '2600.00' });
    expect(result.unsure).toEqual([]);
  });

  it('reads totals rows that share their lines with a VAT table, under the item table’s amount column', () => {
    const result = read([
      [100, [[40, 'Réf.'], [100, 'Désignation'], [330, 'Qté'], [380, 'PU HT'], [460, 'Montant HT']]],
      [116, [[40, 'A1'], [100, 'Câbles'], [340, '2'], [380, '250,00'], [470, '500,00']]],
      [130, [[40, 'B2'], [100, 'Gaines'], [340, '1'], [380, '500,00'], [470, '500,00']]],
      [160, [[40, 'Taux'], [80, 'Base HT'], [140, 'Montant TVA'], [220, 'Règlement à 30 jours'], [380, 'Total HT'], [470, '1 000,00 €']]],
      [174, [[40, '20 %'], [80, '1 000,00'], [140, '200,00'], [380, 'Total TVA'], [475, '200,00 €']]],
      [188, [[380, 'Total TTC'], [470, '1 200,00 €']]],
      [202, [[380, 'Acompte reçu'], [470, '-300,00 €']]],
      [216, [[380, 'Net à payer'], [475, '900,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '900.00' });
    expect(result.unsure).toEqual([]);
  });

  it('takes each total of a one-line totals row from beside its own label', () => {
    const result = read([[300, [[40, 'Total HT'], [120, '1 000,00'], [200, 'Total TVA 20 %'], [300, '200,00'], [360, 'Total TTC'], [440, '1 200,00']]]]);
    expect(result.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00' });
    expect(result.unsure).toEqual([]);
  });

  it('reads a carbon book’s totals, each amount a little above its label, payment terms at the left', () => {
    const result = read([
      [470, [[30, 'Conditions de règlement :'], [350, '800,00']]],
      [476, [[270, 'Total H.T.']]],
      [483, [[42, 'Virement']]],
      [494, [[270, 'T.V.A.'], [310, '20 %'], [350, '160,00']]],
      [499, [[28, 'Banque / IBAN :']]],
      [514, [[270, 'Total T.T.C.'], [350, '960,00']]],
      [534, [[270, 'Acompte']]],
      [554, [[270, 'Net à payer'], [350, '960,00']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '800.00', totalTVA: '160.00', totalTTC: '960.00', netAPayer: '960.00' });
    expect(result.unsure).toEqual([]);
  });
});

describe('what remains to pay, under the words of a liberal profession', () => {
  it.each(['Solde à régler', 'Reste dû'])('stands behind « %s » once a provision received explains it', (label) => {
    const result = read([
      [300, [[305, 'Montant total HT'], [500, '1 000,00 €']]],
      [317, [[305, 'TVA 20 %'], [505, '200,00 €']]],
      [334, [[305, 'Total TTC'], [500, '1 200,00 €']]],
      [351, [[305, 'Provision reçue le 04/08/2024'], [505, '-300,00 €']]],
      [368, [[305, label], [505, '900,00 €']]],
    ]);
    expect(result.fields.netAPayer).toBe('900.00');
    expect(result.unsure).not.toContain('netAPayer');
  });
});

describe('the buyer’s references in their short and qualified forms', () => {
  it('reads « BdC » as the purchase order, and a label qualified in parentheses', () => {
    expect(read([[100, [[40, 'BdC n° : 4500123']]]]).fields.engagementNumber).toBe('4500123');
    const qualified = read([[100, [[40, 'N° d’engagement (Chorus Pro) : 2409876']]]]);
    expect(qualified.fields.engagementNumber).toBe('2409876');
    expect(qualified.unsure).not.toContain('engagementNumber');
  });

  it('reads « Marché 2024-317 - Serv. ESPACES-VERTS » and invents no engagement from the order label beside it', () => {
    const result = read([[212, [[28, 'Réf. / bon de commande :'], [160, 'Marché 2024-317 - Serv. ESPACES-VERTS']]]]);
    expect(result.fields).toMatchObject({ marketNumber: '2024-317', serviceCode: 'ESPACES-VERTS' });
    expect(result.fields.engagementNumber).toBeUndefined();
  });

  it('reads a bare « Service » heading in a references row, not an item table’s « Service » column', () => {
    const references = read([
      [162, [[250, 'Engagement juridique n°'], [600, 'Service']]],
      [176, [[265, '2401234'], [600, 'VOIRIE']]],
    ]);
    expect(references.fields).toMatchObject({ engagementNumber: '2401234', serviceCode: 'VOIRIE' });
    const items = read([
      [200, [[40, 'Service'], [300, 'Qté'], [400, 'Montant']]],
      [214, [[40, 'NETTOYAGE'], [300, '1'], [400, '100,00']]],
    ]);
    expect(items.fields.serviceCode).toBeUndefined();
  });
});

describe('header blocks', () => {
  it('reads the date right-aligned under « FACTURE N° … »', () => {
    const result = read([
      [40, [[40, 'Jardins Chapuis'], [430, 'FACTURE N° FA-2025-0042']]],
      [50, [[480, 'du 12/03/2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA-2025-0042', invoiceDate: '2025-03-12' });
    expect(result.unsure).not.toContain('invoiceDate');
  });

  it('reads a heading row’s values below a wrapped heading and lines of the block beside it', () => {
    const result = read([
      [45, [[40, 'Atelier Martin'], [460, 'FACTURE']]],
      [67, [[40, '69003 Lyon'], [360, 'Numéro'], [430, 'Date'], [480, 'Code'], [520, 'Page']]],
      [77, [[40, 'Tél. : 04 72 00 00 00'], [480, 'client']]],
      [87, [[40, 'contact@atelier.fr']]],
      [94, [[355, 'FA2025-77'], [425, '14.02.2025'], [475, 'C0042'], [525, '1']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA2025-77', invoiceDate: '2025-02-14' });
  });
});
