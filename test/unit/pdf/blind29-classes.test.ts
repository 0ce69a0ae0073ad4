/**
 * The ways of laying out an invoice that the twenty-ninth blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

/** A meal-voucher issuer's identity grid: its own order number beside the customer account. */
const identity = (order: string, below: [number, [number, string][]][] = []) =>
  read([
    [46, [[35, 'Titre Déjeuner France'], [347, 'Adresse de facturation']]],
    [59, [[347, 'Office de tourisme Saint-Étienne Hors Cadre']]],
    [141, [[35, 'FACTURE']]],
    [154, [[35, 'N° de facture'], [131, 'FA26558'], [347, 'Date de facture'], [436, '14/01/2026']]],
    [167, [[35, 'N° client'], [131, '5638462'], [347, 'N° de commande'], [420, order]]],
    ...below,
  ]);

describe('an order number in the row of the supplier’s customer account (« N° client   5638462   N° de commande   71101733 »)', () => {
  it('is passed over: it may be the supplier’s own order record, and the buyer’s order is read where it is printed', () => {
    expect(identity('71101733').fields.engagementNumber).toBeUndefined();
    const withReferences = identity('71101733', [[206, [[35, 'Commande n°'], [131, '2026-541931'], [347, 'Service RH (code)'], [420, 'ENS-07']]]]);
    expect(withReferences.fields.engagementNumber).toBe('2026-541931');
    expect(withReferences.unsure).not.toContain('engagementNumber');
  });

  it('in the engagement’s seven digits, it stays sure', () => {
    expect(identity('2609094').unsure).not.toContain('engagementNumber');
  });

  it('a label naming the buyer’s order keeps its number sure beside the supplier’s own order (« Réf. client : Commande n° »)', () => {
    const result = read([
      [58, [[454, 'Date facturation : 07/07/2024']]],
      [77, [[484, 'Code client : C87957']]],
      [86, [[416, 'Réf. client : Commande n° 4558988220']]],
      [95, [[405, 'Commande : CO2405-0082 du 01/05/2024']]],
    ]);
    expect(result.fields.engagementNumber).toBe('4558988220');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('another order label giving another number makes the choice unsure', () => {
    const result = read([
      [141, [[35, 'FACTURE']]],
      [154, [[35, 'N° de facture'], [131, 'FA26558'], [347, 'Date de facture'], [436, '14/01/2026']]],
      [167, [[35, 'Livraison'], [131, '18/01/2026'], [347, 'N° de commande'], [420, '71101733']]],
      [206, [[35, 'Commande n°'], [131, '2026-541931'], [347, 'Service RH (code)'], [420, 'ENS-07']]],
    ]);
    expect(result.unsure).toContain('engagementNumber');
  });
});

describe('a meal-voucher credit note: face value outside VAT, a commission at 20 %, « Total de l’avoir »', () => {
  const note = (ttcLabel: string) =>
    read([
      [141, [[35, 'AVOIR']]],
      [154, [[35, 'N° d’avoir'], [131, 'A2025056'], [347, 'Date de facture'], [436, '27/12/2025']]],
      [218, [[35, 'Désignation'], [290, 'Quantité'], [347, 'Valeur / P.U. HT'], [420, 'TVA'], [483, 'Montant']]],
      [235, [[35, 'Solde non consommé de cartes (114 titres × 12,00 €)'], [328, '-114'], [390, '12,00 €'], [430, 'Hors champ'], [517, '-1 368,00 €']]],
      [251, [[35, 'Commission de service correspondante'], [337, '-1'], [390, '13,68 €'], [442, '20 %'], [529, '-13,68 €']]],
      [276, [[307, 'Valeur faciale des titres (hors champ de TVA)'], [516, '-1 368,00 €']]],
      [289, [[382, 'Prestations de service HT'], [528, '-13,68 €']]],
      [302, [[448, 'Total HT'], [516, '-1 381,68 €']]],
      [315, [[383, 'TVA 20 % sur prestations'], [533, '-2,74 €']]],
      [327, [[420, ttcLabel], [516, '-1 384,42 €']]],
    ]);

  it('reads the whole credit note’s totals, not the taxed part’s', () => {
    expect(note('Total de l’avoir').fields).toMatchObject({ totalHT: '1381.68', totalTVA: '2.74', totalTTC: '1384.42', netAPayer: '1384.42' });
  });

  it('under a TTC label it does not know, never stands behind the taxed part’s HT while a larger « Total HT » follows', () => {
    const result = note('Remboursement');
    if (result.fields.totalHT === '13.68') expect(result.unsure).toContain('totalHT');
  });
});

describe('« RELEVÉ DE COMMISSIONS N° FA2502-8751 VALANT FACTURE » and « Votre commande (à rappeler » / « sur Chorus Pro) »', () => {
  const statement = read([
    [52, [[44, 'Créances Services Rhône-Alpes']]],
    [136, [[43, 'RELEVÉ DE COMMISSIONS N° FA2502-8751 VALANT FACTURE']]],
    [155, [[47, 'Date'], [200, '01/02/2025']]],
    [201, [[47, 'Code client'], [200, '41175678']]],
    [217, [[47, 'Votre commande (à rappeler'], [200, '2025-687518']]],
    [229, [[47, 'sur Chorus Pro)']]],
    [257, [[47, 'Service ordonnateur :'], [200, 'DPB/ETU']]],
  ]);

  it('reads the statement’s number, and its date sure', () => {
    expect(statement.fields).toMatchObject({ invoiceNumber: 'FA2502-8751', invoiceDate: '2025-02-01' });
    expect(statement.unsure).not.toContain('invoiceDate');
  });

  it('reads the engagement beside the label whose words go on, and the « Service ordonnateur »', () => {
    expect(statement.fields).toMatchObject({ engagementNumber: '2025-687518', serviceCode: 'DPB/ETU' });
  });
});
