/**
 * Ways of laying out an invoice that the twenty-third blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('an SAP-like head: « Document de facturation », « Document d’avoir »', () => {
  it('numbers the invoice', () => {
    const result = read([
      [47, [[40, 'Sopralis Conseil et Intégration'], [468, 'FACTURE']]],
      [58, [[40, '104 place Jean Jaurès – 43000 Le Puy-en-Velay']]],
      [66, [[40, 'Siège social – 04 78 47 46 51']]],
      [70, [[328, 'Document de facturation'], [436, '9026188893']]],
      [85, [[328, 'Date de facture'], [436, '03/10/2024']]],
      [96, [[328, 'Donneur d’ordre'], [436, '7207246']]],
      [145, [[328, 'Document de vente'], [436, '0047705556']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('9026188893');
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('numbers the credit note', () => {
    const result = read([
      [48, [[40, 'Sopralis Conseil et Intégration'], [491, 'AVOIR']]],
      [67, [[40, 'Siège social – 04 78 19 64 83'], [328, 'Document d’avoir'], [436, '9018215045']]],
      [85, [[328, 'Date facture'], [436, '07.08.2025']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('9018215045');
  });
});

describe('earlier instalments recalled « Pour mémoire », not deducted', () => {
  const totals: [number, [number, string][]][] = [
    [353, [[67, 'Désignation'], [403, 'TVA'], [492, 'Montant HT']]],
    [369, [[67, 'Deuxième acompte – liste restreinte des candidats (1/3)'], [401, '20 %'], [507, '5 940,00']]],
    [386, [[67, 'Évaluations de personnalité (par candidat)'], [401, '20 %'], [507, '2 470,00']]],
    [416, [[282, 'Montant hors taxes'], [498, '8 410,00 €']]],
    [432, [[282, 'TVA 20 %'], [498, '1 682,00 €']]],
  ];
  const recalled: [number, [number, string][]][] = [
    [478, [[63, 'Pour mémoire – déjà facturé sur cette mission (réglé ou à régler séparément) :']]],
    [490, [[67, 'Premier acompte – lancement de la mission (1/3)'], [328, 'facture F-2025-900 du 18/07/2025'], [503, '5 940,00 €']]],
  ];

  it('the net to pay is the TTC, sure', () => {
    const result = read([[47, [[40, 'Cabinet Territoires'], [420, 'Facture n° F-2025-951']]], ...totals, [449, [[282, 'Total TTC'], [493, '10 092,00 €']]], ...recalled]);
    expect(result.fields).toMatchObject({ totalTTC: '10092.00', netAPayer: '10092.00' });
    expect(result.unsure.filter((key) => key.startsWith('total') || key === 'netAPayer')).toEqual([]);
  });

  it('« Montant TTC à régler » is what remains to pay', () => {
    const result = read([[47, [[40, 'Cabinet Territoires'], [420, 'Facture n° F-2025-951']]], ...totals, [449, [[282, 'Montant TTC à régler'], [493, '10 092,00 €']]], ...recalled]);
    expect(result.fields).toMatchObject({ totalTTC: '10092.00', netAPayer: '10092.00' });
    expect(result.unsure.filter((key) => key.startsWith('total') || key === 'netAPayer')).toEqual([]);
  });

  it('a deposit deducted in the totals block still is', () => {
    const result = read([
      [47, [[40, 'Cabinet Territoires'], [420, 'Facture n° F-2025-951']]],
      ...totals,
      [449, [[282, 'Total TTC'], [493, '10 092,00 €']]],
      [465, [[282, 'Acompte versé le 18/07/2025'], [496, '-5 940,00 €']]],
      [481, [[282, 'Net à payer'], [496, '4 152,00 €']]],
    ]);
    expect(result.fields.netAPayer).toBe('4152.00');
    expect(result.unsure).toEqual([]);
  });
});

describe('« Garage municipal (code)   SPORTS » in a column of the buyer’s references', () => {
  it('is the service code', () => {
    const result = read([
      [173, [[47, 'Date de facture'], [172, '03/01/2025']]],
      [203, [[47, 'N° de marché'], [172, '2025.74.434']]],
      [217, [[47, 'Garage municipal (code)'], [172, 'SPORTS']]],
    ]);
    expect(result.fields.serviceCode).toBe('SPORTS');
  });

  it('but not an article’s or a customer’s code', () => {
    const result = read([
      [203, [[47, 'N° de marché'], [172, '2025.74.434']]],
      [217, [[47, 'Client (code)'], [172, 'CL9073']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('the number under a strong label on a payment slip at the bottom, and under « Numéro » in the head', () => {
  it('is sure: the head prints the same number', () => {
    const rows: [number, [number, string][]][] = [
      [44, [[60, 'MailTech Affranchissement'], [371, 'FACTURE']]],
      [59, [[60, 'Solutions de gestion du courrier'], [371, 'Numéro'], [448, 'FV09782912']]],
      [70, [[60, '113 rue Michelet – 69003 Lyon'], [371, 'Date'], [448, '04/07/2025']]],
    ];
    for (let index = 0; index < 24; index++) rows.push([120 + index * 20, [[43, `Ligne de détail ${index + 1} du relevé`]]]);
    rows.push([700, [[40, 'TALON À JOINDRE À VOTRE RÈGLEMENT']]], [714, [[40, 'N° de facture'], [200, 'Montant']]], [726, [[40, 'FV09782912'], [200, '8 651,50 €']]]);
    const result = read(rows);
    expect(result.fields.invoiceNumber).toBe('FV09782912');
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});
