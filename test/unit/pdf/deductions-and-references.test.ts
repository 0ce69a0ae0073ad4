/**
 * Ways of writing an invoice that made the reader give a wrong value, or none, on invoices it had never seen: credit
 * notes that cite the invoice they refund, deposit invoices, works statements with an advance and a retention, nets
 * printed below the TTC, amounts in parentheses. Each test places the lines of one small synthetic invoice as a PDF
 * producer would, and checks the value and whether the reader says it is sure of it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


/** "label   amount" rows of a totals block, amounts right-aligned at x = 520. */
const totals = (top: number, rows: [string, string][]): [number, [number, string][]][] =>
  rows.map(([label, amount], index) => [top + index * 16, [[320, label], [520 - amount.length * 5, amount]]]);

describe('amounts in parentheses', () => {
  it('reads "(8 601,61)€" as a negative amount: a credit note’s totals add up', () => {
    const result = read([
      [40, [[360, 'AVOIR']]],
      [52, [[360, 'N° AV-2025-0466']]],
      [64, [[360, 'Date : 03/02/2025']]],
      [100, [[40, 'Désignation'], [330, 'Qté'], [380, 'P.U. HT'], [480, 'Montant HT']]],
      [116, [[40, 'Reprise de matériel'], [335, '2'], [380, '(500,00)'], [480, '(1 000,00)']]],
      ...totals(150, [['Total HT', '(1 000,00)€'], ['TVA 20 %', '(200,00)€'], ['Total TTC', '(1 200,00) €']]),
    ]);
    expect(result.fields).toMatchObject({ documentType: 'avoir', totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '1200.00' });
    expect(result.unsure).toEqual([]);
  });
});

describe('a credit note and the invoice it refunds', () => {
  it('takes the number under the title, never the refunded invoice’s "Réf. facture"', () => {
    const result = read([
      [40, [[380, 'NOTE DE CRÉDIT / AVOIR']]],
      [52, [[460, 'RFAC/2026/00078']]],
      [64, [[450, 'Date : 5 sept. 2026']]],
      [76, [[440, 'Réf. facture : F-2026-3254']]],
    ]);
    expect(result.fields).toMatchObject({ documentType: 'avoir', invoiceNumber: 'RFAC/2026/00078', invoiceDate: '2026-09-05' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('gives no number rather than the refunded invoice’s when the note’s own is not labelled', () => {
    const result = read([
      [40, [[40, 'AVOIR'], [300, 'Facture d’origine : F-2026-3254']]],
      [60, [[300, 'Référence facture : F-2026-3254']]],
    ]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });

  it('still reads an invoice’s own "Réf. facture"', () => {
    expect(read([[40, [[40, 'FACTURE']]], [60, [[40, 'Réf. facture : F-2026-3254']]]]).fields.invoiceNumber).toBe('F-2026-3254');
  });
});

describe('a deposit invoice', () => {
  it('is paid in full: its "acompte" words name the document, not a deduction', () => {
    const result = read([
      [40, [[40, 'Facture d’acompte n° F-2024-0973']]],
      [52, [[40, 'Émise le 03/01/2024']]],
      [90, [[40, 'Désignation'], [480, 'Montant HT']]],
      [106, [[40, 'Acompte sur devis D2024-763 (Nettoyage des locaux)'], [485, '1 281,24']]],
      ...totals(140, [['Total HT', '1 281,24 €'], ['TVA 20 %', '256,25 €'], ['Total TTC de l’acompte', '1 537,49 €']]),
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2024-0973', totalHT: '1281.24', totalTVA: '256.25', totalTTC: '1537.49', netAPayer: '1537.49' });
    expect(result.unsure).toEqual([]);
  });
});

describe('a works statement: advance, retention, net', () => {
  const statement = (net: [string, string][]) =>
    read([
      [40, [[40, 'DÉCOMPTE – FACTURE 202401069']]],
      [52, [[40, 'Établie le 02/01/2024 – travaux terminés le 17/12/2023']]],
      [64, [[40, 'Marché de travaux : M77.0085']]],
      ...totals(100, [
        ['Montant des travaux HT', '13 382,96 €'],
        ['TVA 5,5 %', '736,06 €'],
        ['Montant TTC', '14 119,02 €'],
        ['Avance forfaitaire versée le 02/11/2023', '-1 411,90 €'],
        ['Retenue de garantie 5 %', '-705,95 €'],
        ...net,
      ]),
    ]);

  it('reads the title’s number, "Établie le", the market, and a net the deductions explain', () => {
    const result = statement([['Net à percevoir', '12 001,17 €']]);
    expect(result.fields).toMatchObject({
      invoiceNumber: '202401069', invoiceDate: '2024-01-02', marketNumber: 'M77.0085',
      totalHT: '13382.96', totalTVA: '736.06', totalTTC: '14119.02', netAPayer: '12001.17',
    });
    expect(result.unsure).toEqual([]);
  });

  it('without a printed net, takes every deduction off the TTC and says it is unsure', () => {
    const result = statement([]);
    expect(result.fields.netAPayer).toBe('12001.17');
    expect(result.unsure).toContain('netAPayer');
    expect(result.unsure).not.toContain('totalTTC');
  });

  it('a deduction under words it does not know makes the TTC no net to stand behind', () => {
    const result = read([
      [40, [[40, 'FACTURE N° F-31']]],
      ...totals(100, [['Total HT', '1 000,00 €'], ['TVA 20 %', '200,00 €'], ['Total TTC', '1 200,00 €'], ['Avoir n° AV-3 imputé', '-100,00 €']]),
    ]);
    expect(result.fields.netAPayer).not.toBe('1200.00');
    if (result.fields.netAPayer !== undefined) expect(result.unsure).toContain('netAPayer');
  });
});

describe('a net printed below the TTC', () => {
  it('is sure when what was paid is printed too, even under a label the reader does not know', () => {
    const result = read([
      [40, [[40, 'FACTURE N° F-12']]],
      ...totals(100, [['Total HT', '8 421,09 €'], ['Total TVA 20%', '1 684,22 €'], ['Total TTC', '10 105,31 €'], ['Payé', '3 031,59 €'], ['Reste à payer', '7 073,72 €']]),
    ]);
    expect(result.fields.netAPayer).toBe('7073.72');
    expect(result.unsure).toEqual([]);
  });

  it('is unsure when nothing printed explains the difference', () => {
    const result = read([
      [40, [[40, 'FACTURE N° F-12']]],
      ...totals(100, [['Total HT', '1 000,00 €'], ['TVA 20 %', '200,00 €'], ['Total TTC', '1 200,00 €'], ['Solde à payer', '900,00 €']]),
    ]);
    expect(result.fields.netAPayer).toBe('900.00');
    expect(result.unsure).toEqual(['netAPayer']);
  });
});

describe('references beside another block', () => {
  it('reads a row of headings whose values are below, with a phone number on the same line', () => {
    const result = read([
      [40, [[40, 'Espaces Verts Chapuis'], [400, 'FACTURE']]],
      [77, [[40, 'Tél. : 04 73 31 13 12'], [370, 'Date'], [458, 'Numéro'], [530, 'Code client']]],
      [87, [[40, 'compta@exemple.fr'], [362, '01/07/25'], [451, 'FA445895'], [540, 'CL9813']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA445895', invoiceDate: '2025-07-01' });
    expect(result.unsure).toEqual([]);
  });

  it('reads "Réf. :" right under the title as the number, and not elsewhere', () => {
    const titled = read([
      [39, [[30, 'Nettoyage Pro Loire'], [500, 'Facture']]],
      [51, [[480, 'Réf. : FA2408-4851']]],
      [61, [[446, 'Date facturation : 11/08/2024']]],
    ]);
    expect(titled.fields).toMatchObject({ invoiceNumber: 'FA2408-4851', invoiceDate: '2024-08-11' });
    expect(titled.unsure).toEqual([]);
    const elsewhere = read([
      [39, [[30, 'Nettoyage Pro Loire'], [500, 'Facture']]],
      [200, [[40, 'Réf. : CL-1550']]],
    ]);
    expect(elsewhere.fields.invoiceNumber).toBeUndefined();
  });
});

describe('words of a public body in a company’s name', () => {
  it('does not make a private number the buyer’s', () => {
    const result = read([
      [64, [[187, 'Compagnie Théâtre du Pilat']]],
      [75, [[161, 'Association loi 1901 – 99 route de Lyon, 43000 Le Puy-en-Velay']]],
      [85, [[200, 'SIRET 73975345725035 – RNA W424791427']]],
      [112, [[279, 'Ville de Saint-Étienne']]],
      [124, [[279, 'Hôtel de Ville']]],
      [136, [[279, 'SIRET : 21420218600018']]],
      [200, [[51, 'FACTURE N° 25/9230']]],
    ]);
    expect(result.fields).toMatchObject({ supplierSiret: '73975345725035', buyerSiret: '21420218600018' });
    expect(result.unsure).toEqual([]);
  });

  it('nor the supplier’s only number the buyer’s, when the buyer prints none', () => {
    const result = read([
      [64, [[187, 'Compagnie Théâtre du Pilat']]],
      [85, [[200, 'SIRET 89855754122605 – RNA W428012735']]],
      [112, [[279, 'SDIS de la Loire']]],
      [200, [[51, 'FACTURE N° 2024-007']]],
    ]);
    expect(result.fields.buyerSiret).toBeUndefined();
    expect(result.fields.supplierSiret).toBe('89855754122605');
  });
});

describe('labels', () => {
  it('joins an upper-case label cut after "DE" whose value is beside its first line', () => {
    const result = read([
      [135, [[44, 'FACTURE NO'], [157, 'FA652371']]],
      [185, [[44, 'VOTRE BON DE'], [157, '1326968294']]],
      [195, [[44, 'COMMANDE']]],
    ]);
    expect(result.fields.engagementNumber).toBe('1326968294');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('reads a bare "Contract" beside its reference, never an amount under a "Contrat" column', () => {
    const labelled = read([[80, [[306, 'Invoice No.'], [500, '4791']]], [134, [[306, 'Contract'], [500, 'M55.3825']]]]);
    expect(labelled.fields.marketNumber).toBe('M55.3825');
    const column = read([
      [40, [[40, 'Facture n° 12']]],
      [100, [[40, 'Lot'], [300, 'Contrat'], [400, 'Cumul']]],
      [116, [[40, 'Gros œuvre'], [300, '12 345,00'], [400, '6 000,00']]],
    ]);
    expect(column.fields.marketNumber).toBeUndefined();
  });
});

describe('a VAT rate written in an item’s description', () => {
  it('is the item’s, not a VAT line: the VAT lines of the totals add up', () => {
    const result = read([
      [100, [[35, 'Facture n°'], [131, '2024-117']]],
      [243, [[35, 'Désignation'], [307, 'Qté'], [358, 'PU HT'], [449, 'Total HT']]],
      [255, [[35, 'Ouvrages jeunesse (TVA 20 %)'], [351, '1'], [419, '44,08 €'], [521, '44,08 €']]],
      [268, [[35, 'Romans (lot) (TVA 10 %)'], [351, '4'], [415, '637,89 €'], [510, '2 551,56 €']]],
      [319, [[358, 'TOTAL HT'], [510, '2 595,64 €']]],
      [332, [[358, 'TVA 20 %'], [517, '8,82 €']]],
      [345, [[358, 'TVA 10 %'], [510, '255,16 €']]],
      [358, [[358, 'TOTAL TTC'], [510, '2 859,62 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '2595.64', totalTVA: '263.98', totalTTC: '2859.62' });
    expect(result.unsure).toEqual([]);
  });
});
