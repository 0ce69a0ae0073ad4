/**
 * The ways of laying out an invoice that the twenty-seventh blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

describe('a VAT summary « Taux   Base HT   Montant TVA » whose rows interleave with the totals block beside it', () => {
  const page = read([
    [40, [[40, 'Distri’Loire'], [420, 'Facture F-2025-250']]],
    [302, [[40, 'Désignation'], [430, 'Qté'], [460, 'P.U. HT'], [492, 'TVA'], [520, 'Total HT']]],
    [323, [[40, 'Machine à boissons chaudes – location'], [440, '1'], [459, '69,00'], [492, '20 %'], [531, '69,00']]],
    [346, [[40, 'Lait écrémé en poudre (kg)'], [440, '5'], [459, '12,86'], [492, '5,5 %'], [531, '64,30']]],
    [363, [[40, 'Chocolat en poudre (kg)'], [435, '10'], [459, '12,09'], [492, '5,5 %'], [526, '120,90']]],
    [380, [[40, 'Sucre en bûchettes (carton)'], [435, '11'], [459, '20,14'], [492, '5,5 %'], [526, '221,54']]],
    [397, [[40, 'Thés et infusions (boîte)'], [435, '16'], [459, '11,11'], [492, '5,5 %'], [526, '177,76']]],
    [415, [[40, 'Gobelets carton (carton)'], [440, '1'], [459, '45,56'], [492, '20 %'], [531, '45,56']]],
    [443, [[336, 'Total HT'], [517, '699,06 €']]],
    [449, [[50, 'Taux'], [107, 'Base HT'], [181, 'Montant TVA']]],
    [458, [[336, 'TVA 5,5 %'], [522, '32,15 €']]],
    [476, [[42, '5,5 %'], [115, '584,50'], [214, '32,15'], [336, 'TVA 20 %'], [522, '22,91 €']]],
    [491, [[336, 'Total TTC'], [507, '754,12 €']]],
    [502, [[42, '20 %'], [115, '114,56'], [214, '22,91']]],
    [509, [[336, 'Net à payer'], [507, '754,12 €']]],
  ]);

  it('reads each rate’s VAT, so the rates confirm the VAT total: sure', () => {
    expect(page.fields).toMatchObject({ totalHT: '699.06', totalTVA: '55.06', totalTTC: '754.12', netAPayer: '754.12' });
    expect(page.unsure).not.toContain('totalTVA');
  });
});

describe('an identity sidebar « FACTURE » / « N° » / « DATE » / « SERVICE » whose lines interleave with the supplier’s and the buyer’s blocks', () => {
  // In 8-point type, as printed: the lines between stay lines of their own.
  const page = readTextFields(linesAt([
    [50, [[40, 'Salmoniculture du Haut-Forez']]],
    [58, [[414, 'FACTURE']]],
    [63, [[40, 'Pisciculture – poissons de repeuplement et d’étang']]],
    [76, [[40, '19 impasse des Forges']]],
    [81, [[414, 'N°']]],
    [87, [[40, '69003 Lyon']]],
    [94, [[414, 'FA2511-1635']]],
    [97, [[40, 'Tél. 04 78 37 46 71']]],
    [107, [[40, 'compta@salmoniculture-du-haut-forez.fr']]],
    [112, [[414, 'DATE']]],
    [117, [[40, 'SIRET : 675 076 079 85169']]],
    [124, [[414, '17.11.2025']]],
    [142, [[414, 'CODE CLIENT']]],
    [156, [[181, 'Ville de Saint-Étienne'], [414, 'CL0158']]],
    [167, [[181, 'Direction des espaces naturels']]],
    [171, [[414, 'ÉCHÉANCE']]],
    [179, [[181, 'Plan d’eau de Méons'], [414, '17/12/2025']]],
    [191, [[181, '42000 Saint-Étienne']]],
    [199, [[414, 'SERVICE']]],
    [203, [[181, 'SIRET : 214 202 186 00018']]],
    [212, [[414, 'CULTURE']]],
    [480, [[45, 'BIC SOGEFRPP – merci de rappeler le n° de facture FA2511-1635']]],
  ], 8));

  it('dates the invoice, sure: the date heads the title’s own column', () => {
    expect(page.fields.invoiceDate).toBe('2025-11-17');
    expect(page.unsure).not.toContain('invoiceDate');
  });

  it('reads the service code under its label, past the buyer’s line between them', () => {
    expect(page.fields.serviceCode).toBe('CULTURE');
  });
});

describe('« Police municipale (code) : DPB/ETU » in the buyer’s address block', () => {
  it('reads the code', () => {
    const result = read([
      [59, [[53, 'Bastien Vial']]],
      [89, [[53, '42100 Saint-Étienne'], [336, 'Département de la Loire']]],
      [99, [[53, 'Téléphone 04 73 62 95 78'], [336, 'Hôtel du Département']]],
      [109, [[336, '2 rue Charles de Gaulle']]],
      [123, [[336, '42000 Saint-Étienne']]],
      [144, [[336, 'Police municipale (code) : DPB/ETU']]],
      [196, [[51, 'FACTURE']]],
      [211, [[51, 'Numéro : 7480']]],
    ]);
    expect(result.fields.serviceCode).toBe('DPB/ETU');
  });

  it('but not a country’s code there (« Pays (code) : FR »)', () => {
    const result = read([
      [89, [[336, 'Département de la Loire']]],
      [99, [[336, 'Hôtel du Département']]],
      [123, [[336, '42000 Saint-Étienne']]],
      [134, [[336, 'Pays (code) : FR']]],
      [196, [[51, 'FACTURE']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});
