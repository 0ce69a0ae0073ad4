/**
 * Ways of laying out an invoice that the blind part blind-38 (consulting, studies, training and engineering) showed,
 * on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« Service formation : ENS-07 » beside « Bon de commande n° : 202502587 » on the same line', () => {
  it('reads the service code among the references', () => {
    const result = read([
      [40, [[40, 'Secours Formation Loire'], [400, 'FACTURE']]],
      [147, [[75, 'N° PIÈCE'], [180, 'DATE']]],
      [163, [[71, 'FA987024'], [169, '20/10/2025']]],
      [188, [[46, 'VOS RÉFÉRENCES']]],
      [197, [[46, 'Bon de commande n° : 202502587'], [220, 'Service formation : ENS-07']]],
    ]);
    expect(result.fields.serviceCode).toBe('ENS-07');
  });

  it('but not beside a line without a reference', () => {
    const result = read([
      [40, [[40, 'Secours Formation Loire'], [400, 'FACTURE N° FA987024']]],
      [197, [[46, 'Session du 07/10/2025'], [220, 'Service formation : ENS-07']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('« Service / Department : DSI » in the buyer’s block', () => {
  it('reads the buyer’s service code', () => {
    const result = read([
      [43, [[35, 'Préven’Chantier Conseil'], [422, 'Facture / Invoice']]],
      [56, [[447, 'Réf. / Ref. : FA2507-0348']]],
      [123, [[35, 'Émetteur / Sender'], [302, 'Adressé à / Bill to']]],
      [139, [[43, 'Préven’Chantier Conseil'], [309, 'Saint-Étienne Métropole']]],
      [149, [[43, '57 rue de la République'], [309, '2 avenue Grüner']]],
      [160, [[43, '42170 Saint-Just-Saint-Rambert'], [309, '42006 Saint-Étienne Cedex 1']]],
      [172, [[309, 'Service / Department : DSI']]],
    ]);
    expect(result.fields.serviceCode).toBe('DSI');
  });
});

describe('a row of headings wrapped onto two lines (« Date de » / « facturation », « N° de » / « marché »)', () => {
  it('reads the date under its heading, not the next column’s value beside its second line', () => {
    const result = read([
      [40, [[40, 'Atelier Forez Architectes'], [400, 'FACTURE']]],
      [194, [[37, 'Facture FAC/2024/09222']]],
      [214, [[37, 'Date de'], [146, 'Date'], [242, 'Origine'], [298, 'N°'], [385, 'N° de'], [468, 'Service']]],
      [223, [[37, 'facturation'], [146, 'd’échéance'], [242, 'S62138'], [298, 'd’opération'], [385, 'marché'], [468, 'gestionnaire']]],
      [234, [[37, '05/09/2024'], [146, '05/10/2024'], [298, '8525826'], [385, '2023/767'], [468, 'ENF-SCO']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-09-05');
  });
});
