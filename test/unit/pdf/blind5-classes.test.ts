/**
 * Ways of laying out an invoice that the fifth blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('numbers of other documents', () => {
  const columns = (invoiceColumn: [number, string][]) =>
    read([
      [40, [[44, 'Atelier Verne'], [327, 'Adressé à']]],
      [143, [[47, 'Devis'], [217, 'Acceptation'], [387, 'Facture']]],
      [160, [[47, 'N° Q-5521'], [217, 'Bon pour accord'], ...invoiceColumn]],
      [177, [[47, 'du 01/10/2025'], [217, 'le 10/10/2025'], [387, 'Date : 06/12/2025']]],
      [360, [[279, 'Total HT'], [504, '1 000,00 €']]],
      [378, [[279, 'TVA 20 %'], [504, '200,00 €']]],
      [396, [[279, 'Total TTC'], [504, '1 200,00 €']]],
    ]);

  it('never takes the number under a « Devis » heading for the invoice’s, even with « Facture » beside it', () => {
    const result = columns([[387, 'N° 2025-0129']]);
    expect(result.fields.invoiceNumber).toBe('2025-0129');
    expect(result.fields.invoiceDate).toBe('2025-12-06');
  });

  it('gives no invoice number when only the quote’s column is numbered', () => {
    const result = columns([]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });

  it('never takes the number under a delivery note’s or an order’s heading', () => {
    for (const heading of ['Bon de livraison', 'Commande', 'Proforma', 'Contrat']) {
      const result = read([
        [60, [[40, 'FACTURE']]],
        [100, [[47, heading], [387, 'Date']]],
        [116, [[47, 'N° 77120'], [387, '06/12/2025']]],
      ]);
      expect(result.fields.invoiceNumber === '77120' && !result.unsure.includes('invoiceNumber')).toBe(false);
    }
  });
});

describe('a title saying what the invoice is for, then its number', () => {
  const titled = (title: string, references: [number, string][] = []) =>
    read([
      [40, [[40, 'Copies du Forez'], [339, 'Ville de Saint-Étienne']]],
      [118, [[46, title], [479, 'du 21/10/2025']]],
      [139, [[40, 'Période de relevé : du 21/07/2025 au 20/10/2025'], ...references]],
      [240, [[348, 'Total HT'], [520, '100,00 €']]],
      [254, [[348, 'TVA 20 %'], [520, '20,00 €']]],
      [268, [[348, 'Montant TTC'], [520, '120,00 €']]],
    ]);

  it('reads the number and the date of « FACTURE – Relevé compteurs N° … du … »', () => {
    for (const title of ['FACTURE – Relevé compteurs N° 2025-3052', 'FACTURE DE RELEVÉ DE COMPTEURS N° 2025-3052', 'FACTURE COPIES N° 2025-3052']) {
      const result = titled(title);
      expect(result.fields).toMatchObject({ invoiceNumber: '2025-3052', invoiceDate: '2025-10-21' });
      expect(result.unsure).not.toContain('invoiceNumber');
    }
  });

  it('never takes a number the title’s words give to another document', () => {
    for (const title of ['Facture relative à la commande n° 2025-3052', 'Facture sur devis n° 2025-3052', 'Facture client n° 2025-3052']) {
      expect(titled(title).fields.invoiceNumber).toBeUndefined();
    }
  });

  it('offers a « Contrat cadre n° » as the market number, unsure (a public accord-cadre or a private master agreement)', () => {
    const result = titled('FACTURE COPIES N° 2025-3052', [[308, 'Contrat cadre n° : 2024-565']]);
    expect(result.fields.marketNumber).toBe('2024-565');
    expect(result.unsure).toContain('marketNumber');
  });
});

describe('a paid invoice', () => {
  const paid = (payment: [number, string][] | null, netLabel = 'Reste à payer') =>
    read([
      [40, [[40, 'Restaurant du Pilat'], [339, 'Ville de Saint-Étienne']]],
      [120, [[40, 'FACTURE N° 0678'], [420, 'Date : 05/01/2025']]],
      [300, [[266, 'Total HT'], [507, '1 000,00 €']]],
      [316, [[266, 'TVA 20 %'], [507, '200,00 €']]],
      [332, [[266, 'Total TTC'], [507, '1 200,00 €']]],
      ...(payment ? [[348, payment] as [number, [number, string][]]] : []),
      [364, [[266, netLabel], [525, '0,00 €']]],
      [400, [[45, 'Facture acquittée. Aucune somme ne reste due.']]],
    ]);

  it('reads « Reste à payer 0,00 » when the payment printed above it settles the TTC', () => {
    for (const label of ['Reste à payer', 'Net à payer', 'Solde dû']) {
      const result = paid([[266, 'Réglé le 26.12.2024 (virement)'], [502, '- 1 200,00 €']], label);
      expect(result.fields).toMatchObject({ totalTTC: '1200.00', netAPayer: '0.00' });
      expect(result.unsure).not.toContain('netAPayer');
    }
  });

  it('gives a net of 0,00 unsure when no printed payment explains it', () => {
    const result = paid(null);
    expect(result.fields.netAPayer).toBe('0.00');
    expect(result.unsure).toContain('netAPayer');
  });

  it('gives no net of 0,00 when the payment printed leaves something to pay', () => {
    const result = paid([[266, 'Acompte versé'], [502, '- 300,00 €']]);
    expect(result.fields.netAPayer).not.toBe('0.00');
  });
});
