/**
 * Ways of laying out an invoice that the fourth blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('dates of other documents', () => {
  it('never takes the date of the invoice a corrective invoice replaces', () => {
    const result = read([
      [40, [[40, 'Atelier Verne'], [400, 'Destinataire']]],
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [134, [[40, 'Date : 15 juin 2026']]],
      [160, [[44, 'Remplace la facture n° R-31 émise le 15 mai 2026 pour 1 200,00 € TTC – motif : erreur de quantité.']]],
      [300, [[380, 'Total HT'], [480, '1 000,00 €']]],
      [314, [[380, 'TVA 20 %'], [480, '200,00 €']]],
      [328, [[380, 'Total TTC'], [480, '1 200,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'R-88', invoiceDate: '2026-06-15' });
    expect(result.unsure).not.toContain('invoiceDate');
  });

  it('reads "en date du" beside the number, not the cancelled invoice’s "du"', () => {
    const result = read([
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [134, [[40, 'En date du 20/12/2024']]],
      [160, [[44, 'Cette facture annule et remplace notre facture n° R-88-A du 07/11/2024 d’un montant de 500,00 € TTC.']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-12-20');
  });

  it('gives no date rather than the replaced invoice’s when the invoice’s own is not printed', () => {
    const result = read([
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [160, [[44, 'Annule et remplace la facture n° R-31 émise le 15/05/2026.']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });

  it('does not take an e-mail’s sending date for the date of the invoice it carries', () => {
    const result = read([
      [40, [[40, 'Facture 9017']]],
      [54, [[40, 'De :'], [80, 'Boulangerie Morel <contact@morel.fr>']]],
      [68, [[40, 'À :'], [80, 'factures@mairie.fr']]],
      [82, [[40, 'Date :'], [80, 'jeu. 15 mai 2025 à 17:00']]],
      [150, [[40, 'Boulangerie Morel'], [420, 'FACTURE N° 9017']]],
      [164, [[40, '5 rue Haute'], [430, 'Date : 12/05/2025']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2025-05-12');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

describe('a block of labels and values beside the supplier', () => {
  const block = (numberRow: [number, string][]) =>
    read([
      [50, [[44, 'Traiteur Morel'], [460, 'FACTURE']]],
      [76, numberRow],
      [97, [[44, 'contact@morel.fr'], [332, 'Émise le'], [428, '21 janvier 2025']]],
      [109, [[44, 'Siret 892 879 479 33930'], [332, 'À régler le'], [428, '7 mars 2025']]],
      [128, [[332, 'N° d’engagement'], [428, '25 64 443']]],
    ]);

  it('reads "Émise le" over "À régler le" as two rows, the first one the invoice date', () => {
    const result = block([[332, 'Facture n°'], [428, 'FA03136']]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA03136', invoiceDate: '2025-01-21' });
    expect(result.unsure).toEqual([]);
  });

  it('reads the number beside a bare "Facture" heading the block', () => {
    const result = block([[332, 'Facture'], [428, 'F-2025-0524']]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2025-0524', invoiceDate: '2025-01-21' });
    expect(result.unsure).toEqual([]);
  });

  it('doubts a number beside a lone "Facture" that no block of labels confirms', () => {
    const result = read([[60, [[332, 'Facture'], [428, 'F-2025-0524']]]]);
    expect(result.fields.invoiceNumber).toBe('F-2025-0524');
    expect(result.unsure).toContain('invoiceNumber');
  });
});

describe('title blocks without labels', () => {
  it('reads the date alone under the number of a title block', () => {
    const result = read([
      [54, [[44, 'Forez Bâtiment'], [349, 'Facture récapitulative multi-sites']]],
      [65, [[44, '140 rue Haute'], [467, 'N° FAC/2025/02758']]],
      [76, [[44, '69003 Lyon'], [477, '17 janvier 2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FAC/2025/02758', invoiceDate: '2025-01-17' });
    expect(result.unsure).toEqual([]);
  });

  it('does not take a dated sentence under the number for the invoice date', () => {
    const result = read([
      [54, [[349, 'FACTURE']]],
      [65, [[349, 'N° FAC/2025/02758']]],
      [76, [[349, 'Livraison du 17 janvier 2025']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });

  it('reads the number right under a title naming the kind of invoice', () => {
    const result = read([
      [52, [[47, 'Ondaine Location'], [408, 'FACTURE DE LOCATION']]],
      [64, [[47, 'Location – Vente'], [457, 'FAC-202511-934']]],
      [100, [[394, 'Date : 08/11/2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FAC-202511-934' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});

describe('fee notes', () => {
  it('reads the number of a "note d’honoraires" and its "Fait le" date', () => {
    const result = read([
      [40, [[40, 'Cabinet Fayolle – Avocats']]],
      [200, [[40, 'NOTE D’HONORAIRES ET DE FRAIS N° 24/3794']]],
      [212, [[40, '(valant facture)']]],
      [224, [[40, 'Fait le 07/01/2024']]],
      [236, [[40, 'Dossier : Ville c/ SCI – réf. 41126010']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: '24/3794', invoiceDate: '2024-01-07' });
    expect(result.unsure).toEqual([]);
  });

  it('doubts a "Fait le" date far from the number', () => {
    const result = read([
      [200, [[40, 'Note d’honoraires n° 24/3794']]],
      ...[0, 1, 2, 3, 4].map((row): [number, [number, string][]] => [260 + row * 14, [[40, `Vacation ${row + 1}`], [480, '100,00 €']]]),
      [700, [[40, 'Fait le 07/01/2024']]],
      [720, [[40, 'Signature']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-01-07');
    expect(result.unsure).toContain('invoiceDate');
  });
});

describe('SIRET grouped in threes', () => {
  it('reads a buyer SIRET printed "214 202 186 000 18"', () => {
    const result = read([
      [40, [[40, 'Imprimerie Morel'], [400, 'FACTURE N° F-12']]],
      [60, [[40, 'SIRET : 489 263 616 38240'], [300, 'Client']]],
      [72, [[300, 'Ville de Saint-Étienne']]],
      [84, [[300, '42000 Saint-Étienne']]],
      [96, [[300, 'SIRET du destinataire : 214 202 186 000 18']]],
    ]);
    expect(result.fields).toMatchObject({ supplierSiret: '48926361638240', buyerSiret: '21420218600018' });
  });
});

describe('the buyer’s references', () => {
  it('reads "CODE SERVICE :" and its code though the address block goes on beside them', () => {
    const result = read([
      [140, [[48, 'BON DE COMMANDE N° :'], [173, 'DA575361']]],
      [157, [[48, 'N° EJ :'], [173, '2470288'], [285, 'HÔTEL DE VILLE']]],
      [192, [[48, 'CODE SERVICE :'], [173, 'DRH-PAIE'], [285, '42000 SAINT-ÉTIENNE']]],
    ]);
    expect(result.fields.serviceCode).toBe('DRH-PAIE');
  });

  it('reads "Service : CULTURE" under the order number as the service code', () => {
    const result = read([
      [213, [[40, 'BC n° : 2579591']]],
      [227, [[40, 'Service : CULTURE']]],
    ]);
    expect(result.fields.serviceCode).toBe('CULTURE');
  });

  it('does not stand behind a "Service :" line far from the buyer’s references: offered to be checked only', () => {
    const result = read([
      [100, [[40, 'Service : CULTURE']]],
      [300, [[40, 'Désignation'], [300, 'Montant']]],
    ]);
    expect(result.unsure).toContain('serviceCode');
  });

  it('reads the number of a framework agreement (accord-cadre) as the market number', () => {
    expect(read([[100, [[40, 'Accord-cadre n° : M26.7608']]]]).fields.marketNumber).toBe('M26.7608');
    expect(read([[100, [[40, 'Accord-cadre n°'], [250, '2023-478']]]]).fields.marketNumber).toBe('2023-478');
  });
});

describe('a contract that is not the public market', () => {
  it('offers a bare « Contrat n° » (a rental, a factoring agreement) as the market number only unsure', () => {
    const result = read([
      [50, [[44, 'Loxam Centre'], [400, 'Contrat n° LC25-54139']]],
      [120, [[40, 'FACTURE N° F-2025-0994'], [400, 'Date : 08/07/2025']]],
    ]);
    expect(result.fields.marketNumber).toBe('LC25-54139');
    expect(result.unsure).toContain('marketNumber');
  });

  it('prefers the « Marché » printed beside it, and stands behind that one', () => {
    const result = read([
      [50, [[44, 'Loxam Centre'], [400, 'Contrat n° LC25-54139']]],
      [120, [[40, 'FACTURE N° F-2025-0994'], [400, 'Marché n° 2024M4662']]],
    ]);
    expect(result.fields.marketNumber).toBe('2024M4662');
    expect(result.unsure).not.toContain('marketNumber');
  });
});
