/**
 * Ways of laying out an invoice that the seventeenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('an IBAN broken at the end of a line of the payment terms', () => {
  it('is read across the two lines, its checksum deciding', () => {
    const result = read([
      [426, [[35, 'Règlement par virement – IBAN FR76 1027 8432 6365 7586 4027']]],
      [435, [[35, '003 – BIC BNPAFRPPXXX'], [306, 'Total TVA 20 %'], [515, '683,46 €']]],
    ]);
    expect(result.fields.iban).toBe('FR7610278432636575864027003');
  });

  it('but never joined with digits that break its checksum', () => {
    const result = read([
      [426, [[35, 'Règlement par virement – IBAN FR76 1027 8432 6365 7586 4027']]],
      [435, [[35, '004 – BIC BNPAFRPPXXX']]],
    ]);
    expect(result.fields.iban).toBeUndefined();
  });
});

describe('the supplier’s own order', () => {
  it('« Notre commande : CO2511-9435 » is never given as the buyer’s engagement', () => {
    const result = read([
      [120, [[35, 'Facture n° FA2511-7706'], [300, 'Ville de Saint-Étienne']]],
      [132, [[35, 'Notre commande : CO2511-9435'], [300, 'Direction des Finances']]],
    ]);
    expect(result.fields.engagementNumber).toBeUndefined();
  });

  it('while « Votre commande n° » still gives it', () => {
    expect(read([[219, [[35, 'Votre commande n°'], [290, '2521-771']]]]).fields.engagementNumber).toBe('2521771');
  });
});

describe('« Pièce » heading a row of the invoice’s identity', () => {
  it('numbers the invoice, under the title', () => {
    const result = read([
      [167, [[35, 'Facture']]],
      [180, [[86, 'Pièce'], [204, 'Date pièce'], [296, 'Code client'], [367, 'Échéance'], [478, 'Période']]],
      [193, [[65, 'FA-2025-05896'], [201, '06/11/2025'], [297, '41188760'], [363, '06/12/2025'], [467, 'octobre 2025']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA-2025-05896');
    expect(result.fields.invoiceDate).toBe('2025-11-06');
  });

  it('but not heading an item table (a spare part’s reference)', () => {
    const result = read([
      [167, [[35, 'Facture']]],
      [180, [[40, 'Pièce'], [150, 'Désignation'], [350, 'Qté'], [420, 'Prix'], [500, 'Montant']]],
      [193, [[40, 'PR-20931'], [150, 'Joint de porte four'], [350, '2'], [420, '18,40'], [500, '36,80']]],
    ]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });
});

describe('a bare « Service » among the invoice’s references', () => {
  it('under « N° d’engagement »', () => {
    const result = read([
      [219, [[35, 'N° d’engagement'], [290, '2578270']]],
      [231, [[35, 'Service'], [290, 'DPB/ETU']]],
    ]);
    expect(result.fields.serviceCode).toBe('DPB/ETU');
  });

  it('under the quote and the consignment note it follows', () => {
    const result = read([
      [157, [[46, 'Facture']]],
      [172, [[50, 'Numéro'], [169, '25-00722']]],
      [188, [[50, 'Devis accepté'], [169, 'DV-2025-1565']]],
      [204, [[50, 'Lettre de voiture'], [169, 'LV 2777901']]],
      [220, [[50, 'Service'], [169, 'ENF-SCO']]],
    ]);
    expect(result.fields.serviceCode).toBe('ENF-SCO');
  });
});
