/**
 * The ways of laying out an invoice that the twenty-sixth blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

describe('an electricity delivery point’s fourteen digits (« PDL 24434453732243 ») that pass the SIRET checksum', () => {
  const page = (deliveryPoint: string) =>
    read([
      [40, [[34, 'Énergies Publiques Rhône-Alpes'], [400, 'Facture n° 1084883682']]],
      [106, [[34, 'Siret 536 658 461 91365']]],
      [592, [[34, `${deliveryPoint} 24434453732243 · Compteur n° 033330902979 · Puissance souscrite 24 kVA`]]],
    ]);

  it('is no buyer’s SIRET, whatever names it (PDL, PRM, point de livraison)', () => {
    for (const label of ['PDL', 'PRM :', 'Point de livraison n°']) {
      expect(page(label).fields.buyerSiret).toBeUndefined();
      expect(page(label).fields.supplierSiret).toBe('53665846191365');
    }
  });

  it('and fourteen digits no label names as a SIRET are offered, unsure', () => {
    const result = page('Réf. site');
    expect(result.fields.buyerSiret).toBe('24434453732243');
    expect(result.unsure).toContain('buyerSiret');
  });
});

describe('a telecom operator’s identity sidebar beside the item lines (« NUMÉRO / NUMBER », « DATE / DATE », « VOS RÉFÉRENCES »)', () => {
  // In 8-point type, as printed: the sidebar's lines share rows with the title, the supplier's block and the items.
  const sidebar = (references: [number, [number, string][]][]) =>
    readTextFields(
      linesAt(
        [
          [22, [[8, 'Loire Télécom Réseaux']]],
          [30, [[176, 'Facture / Invoice']]],
          [38, [[8, 'NUMÉRO / NUMBER']]],
          [50, [[8, 'F-2025-0173'], [176, 'Loire Télécom Réseaux'], [386, 'Facturé à / Bill to']]],
          [60, [[176, '12 rue du Onze Novembre'], [386, 'Commune de Roanne']]],
          [67, [[8, 'DATE / DATE'], [176, '42400 Saint-Chamond'], [386, 'Direction des systèmes d’information']]],
          [79, [[8, '17/07/2025'], [176, 'Téléphone 04 77 62 19 52'], [386, '42300 Roanne']]],
          [96, [[8, 'ÉCHÉANCE / DUE DATE']]],
          [108, [[8, '16/08/2025']]],
          [149, [[8, 'PÉRIODE / PERIOD'], [179, 'Description / Description'], [393, 'Qté / Qty']]],
          [160, [[8, '01/07/2025 – 31/07/2025'], [179, 'Lien fibre dédié 100 Mb/s symétrique – GTR 4 h –']]],
          ...references,
        ],
        8,
      ),
    );

  it('reads the number over its value in the sidebar, under no title of its own', () => {
    const result = sidebar([]);
    expect(result.fields.invoiceNumber).toBe('F-2025-0173');
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads « SERVICE » over its code in the references, past the end of an item’s description beside it', () => {
    const result = sidebar([
      [186, [[8, 'VOS RÉFÉRENCES / YOUR REFERENCES'], [179, 'Lien fibre dédié 500 Mb/s symétrique – GTR 4 h – Police']]],
      [202, [[8, 'N° D’ENGAGEMENT']]],
      [213, [[8, '202538564'], [179, 'Lien fibre dédié 100 Mb/s – Piscine municipale – réf.']]],
      [229, [[8, 'SERVICE'], [179, '20/31 j)']]],
      [241, [[8, 'SP-042']]],
    ]);
    expect(result.fields.serviceCode).toBe('SP-042');
    expect(result.fields.engagementNumber).toBe('202538564');
  });

  it('reads « CODE SERVICE » over a code without digits, an item’s description beside the label', () => {
    const result = sidebar([
      [190, [[8, 'VOS RÉFÉRENCES']]],
      [206, [[8, 'MARCHÉ N°'], [179, 'Jean Jaurès – réf. FO42-8621569']]],
      [218, [[8, '2024M5894']]],
      [235, [[8, 'CODE SERVICE'], [179, 'Services de la mairie – réf. FO42-1668518']]],
      [246, [[8, 'DSI']]],
    ]);
    expect(result.fields.serviceCode).toBe('DSI');
    expect(result.fields.marketNumber).toBe('2024M5894');
  });
});

describe('a key–value table of the identity, « Numéro   2025-094   Chantier   Création d’un réseau… » over « Émise le   18/12/2025 »', () => {
  it('reads the number beside its label, the title far off at the right', () => {
    const result = read([
      [29, [[334, 'Mathieu Perrin – détection des réseaux enterrés']]],
      [64, [[456, 'FACTURE']]],
      [70, [[50, 'Mathieu Perrin']]],
      [95, [[347, 'Saint-Étienne Métropole']]],
      [126, [[50, 'SIRET : 417 877 792 27357'], [347, 'CS 80257']]],
      [178, [[50, 'Numéro'], [129, '2025-094'], [277, 'Chantier'], [362, 'Création d’un réseau de chaleur – rue Victor Hugo']]],
      [193, [[50, 'Émise le'], [129, '18/12/2025'], [277, 'Déclaration DT n°'], [362, '2025110726615D']]],
      [207, [[50, 'N° d’affaire'], [129, '3280286'], [277, 'Intervention le'], [362, '30/11/2025']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('2025-094');
    expect(result.fields.invoiceDate).toBe('2025-12-18');
  });
});

describe('a water bill’s sidebar « N° EJ » over its value, then « Service » over its code at the end of the item table’s heading row', () => {
  it('reads the service code', () => {
    const result = readTextFields(
      linesAt(
        [
          [40, [[40, 'AquaLoire Exploitation'], [451, 'FACTURE']]],
          [216, [[451, 'Date limite de paiement']]],
          [226, [[40, 'Historique de consommation (m³)'], [451, '11/05/2026']]],
          [263, [[451, 'N° EJ']]],
          [274, [[451, '2026-1968']]],
          [280, [[40, '1 460'], [91, '2 317'], [142, '2 742']]],
          [290, [[451, 'Service']]],
          [298, [[41, 'Désignation'], [246, 'Quantité'], [299, 'P.U. HT'], [341, 'Montant HT'], [399, 'TVA'], [451, 'ENS-07']]],
        ],
        8,
      ),
    );
    expect(result.fields.serviceCode).toBe('ENS-07');
  });
});

describe('« Marché (lot géothermie) n° »: the kind of market in brackets', () => {
  it('reads the market number', () => {
    const result = read([
      [144, [[46, 'FACTURE N° FA-2025-04585 du 18 février 2025']]],
      [166, [[50, 'Marché (lot géothermie) n°'], [186, 'MAPA-2025-64']]],
    ]);
    expect(result.fields.marketNumber).toBe('MAPA-2025-64');
  });
});

describe('« MARCHÉ DE SERVICES DE » / « TÉLÉCOMMUNICATIONS N° » over its value, in a sidebar beside the item lines', () => {
  it('reads the market number under the wrapped label, never a figure of the items beside it', () => {
    const result = readTextFields(
      linesAt(
        [
          [30, [[176, 'Facture / Invoice']]],
          [190, [[8, 'VOS RÉFÉRENCES / YOUR REFERENCES'], [179, '1009601']]],
          [206, [[8, 'MARCHÉ DE SERVICES DE'], [179, 'Lien fibre dédié 200 Mb/s symétrique –']]],
          [214, [[8, 'TÉLÉCOMMUNICATIONS N°'], [179, 'GTR 4 h – Piscine municipale – réf. FO42-'], [394, '1'], [452, '626,00']]],
          [226, [[8, '2025M7606'], [179, '9922113']]],
        ],
        8,
      ),
    );
    expect(result.fields.marketNumber).toBe('2025M7606');
  });
});

describe('a works progress statement: « Montant du marché HT » recalled, the retention replaced by a bank guarantee', () => {
  it('gives the TTC as the net, sure: neither line is a deduction nor a net', () => {
    const result = read([
      [51, [[37, 'Entreprise Gier VRD'], [486, 'SITUATION DE TRAVAUX N° 3']]],
      [182, [[37, 'Facture n°'], [302, 'FA-2026-06245']]],
      [424, [[67, 'Montant du marché HT : 201 969,49 € – avancement cumulé 39,5 %']]],
      [444, [[425, 'Montant des travaux de la période HT'], [573, '30 489,63 €']]],
      [455, [[386, 'Révision de prix – coefficient 1,0182 (index TP10a)'], [582, '554,91 €']]],
      [466, [[468, 'Total HT de la situation'], [573, '31 044,54 €']]],
      [477, [[506, 'TVA 20 %'], [577, '6 208,91 €']]],
      [488, [[506, 'Total TTC'], [573, '37 253,45 €']]],
      [511, [[67, 'Retenue de garantie remplacée par une caution bancaire (art. R. 2191-36 du code de la commande publique).']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '31044.54', totalTTC: '37253.45', netAPayer: '37253.45' });
    expect(result.unsure).not.toContain('netAPayer');
  });
});
