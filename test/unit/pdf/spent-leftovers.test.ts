/**
 * Ways of laying out an invoice that spent blind parts showed and that were still read wrong after their own fixes,
 * on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

describe('« Facture n° FA-2025-00717 – du 7 juillet 2025 »: a dash, then « du » and the date', () => {
  it('dates the invoice', () => {
    const result = read([
      [40, [[40, 'Elec’Forez Installations']]],
      [150, [[46, 'FACTURE D’ACOMPTE N° 2']]],
      [165, [[46, 'Facture n° FA-2025-00717 – du 7 juillet 2025']]],
      [180, [[46, 'Ordre de service de démarrage du 02/05/2025']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA-2025-00717');
    expect(result.fields.invoiceDate).toBe('2025-07-07');
  });

  it('but a dash then another date’s label dates nothing (« F-12 – échéance du 30/06/2025 »)', () => {
    const result = read([
      [40, [[40, 'Elec’Forez Installations']]],
      [165, [[46, 'Facture n° FA-2025-00717 – échéance du 30/06/2025']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });
});

describe('« Service » alone on its line over a code alone on the next', () => {
  it('offers the code under the buyer’s block, unsure: without a colon the word could head something else', () => {
    const result = read([
      [40, [[40, 'Signes et Plaques'], [420, 'FACTURE N° F-2025-0790']]],
      [120, [[420, 'Client']]],
      [132, [[420, 'Région Auvergne-Rhône-Alpes']]],
      [180, [[46, 'Service']]],
      [192, [[46, 'FIN-001']]],
      [215, [[46, 'Désignation : fabrication et pose de plaques gravées.']]],
    ]);
    expect(result.fields.serviceCode).toBe('FIN-001');
    expect(result.unsure).toContain('serviceCode');
  });

  it('but not a department’s name under it, nor a code beside other cells', () => {
    const named = read([
      [40, [[40, 'Signes et Plaques'], [420, 'FACTURE N° F-2025-0790']]],
      [180, [[46, 'Service']]],
      [192, [[46, 'Comptabilité fournisseurs']]],
    ]);
    expect(named.fields.serviceCode).toBeUndefined();
    const table = read([
      [40, [[40, 'Signes et Plaques'], [420, 'FACTURE N° F-2025-0790']]],
      [180, [[46, 'Service']]],
      [192, [[46, 'SAV'], [300, '2'], [400, '45,00']]],
    ]);
    expect(table.fields.serviceCode).toBeUndefined();
  });
});

describe('a service named by an adjective or in small letters before its code, among the buyer’s references', () => {
  it('reads « Service événementiel   ENS-07 » under « Marché n°   M41.2226 »', () => {
    const result = read([
      [40, [[35, 'Hygiène Événements Services'], [341, 'Facturé à']]],
      [152, [[35, 'FACTURE FA28748'], [445, 'Date 01/12/2025']]],
      [178, [[35, 'Marché n°'], [245, 'M41.2226']]],
      [190, [[35, 'Service événementiel'], [245, 'ENS-07']]],
    ]);
    expect(result.fields.serviceCode).toBe('ENS-07');
  });

  it('reads « Service parc auto SERV-ACHATS » beside the engagement', () => {
    const result = read([
      [50, [[349, 'FACTURE 202502019']]],
      [182, [[40, 'N° d’engagement 2025-759182'], [192, 'Service parc auto SERV-ACHATS']]],
    ]);
    expect(result.fields.serviceCode).toBe('SERV-ACHATS');
  });

  it('but never the supplier’s own « Service client » beside the references', () => {
    const result = read([
      [152, [[35, 'FACTURE FA28748'], [445, 'Date 01/12/2025']]],
      [178, [[35, 'Marché n°'], [245, 'M41.2226']]],
      [190, [[35, 'Service client'], [245, 'SAV-42']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('« Service énergie – patrimoine (code) : FIN-001 »: a dash inside the service’s name before « (code) »', () => {
  it('reads the code', () => {
    const result = read([
      [40, [[40, 'Thermia Conseil']]],
      [150, [[46, 'NOTE D’HONORAIRES valant facture n° F-2026-352']]],
      [165, [[46, 'Service énergie – patrimoine (code) : FIN-001']]],
    ]);
    expect(result.fields.serviceCode).toBe('FIN-001');
  });
});

describe('a row of headings « FACTURE   DATE   CODE CLIENT   ORDRE DE » whose values sit lower, past the supplier’s lines', () => {
  // 7-point text, as printed: the lines a few points apart stay lines of their own.
  const page = (between: [number, [number, string][]][]) =>
    readTextFields(linesAt([
      [46, [[38, 'Hydro-Bennes Réparation'], [293, 'FACTURE'], [374, 'DATE'], [424, 'CODE CLIENT'], [500, 'ORDRE DE']]],
      ...between,
      [68, [[287, 'FA347352'], [357, '04/10/2026'], [426, '41161667'], [499, '9463511']]],
      [73, [[38, '23 place Jean Jaurès']]],
      [82, [[38, '42100 Saint-Étienne']]],
    ], 7));

  it('reads the number and the date under their headings, past a heading wrapped and two lines of the supplier', () => {
    const result = page([
      [52, [[496, 'RÉPARATION']]],
      [56, [[38, 'Réparation et entretien de véhicules']]],
      [64, [[38, 'de bennes']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA347352');
    expect(result.fields.invoiceDate).toBe('2026-10-04');
  });

  it('but not past a line with figures under the row', () => {
    const result = page([
      [52, [[496, 'RÉPARATION']]],
      [56, [[38, 'Réparation et entretien de véhicules'], [430, 'Tél. 04 77 21 40 10']]],
      [64, [[38, 'de bennes']]],
    ]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });
});

describe('a centred footer whose RCS number is cut by the line end (« RCS Roanne 538 332 » / « 032 – APE 1813Z »)', () => {
  const footer = (secondLineAt: number) =>
    read([
      [40, [[40, 'Equip’Police Services'], [420, 'FACTURE N° FA-2026-00427']]],
      [
        780,
        [
          [
            98,
            'Equip’Police Services SAS au capital de 7 500 € – SIRET 53833203220314 – RCS Roanne 538 332',
          ],
        ],
      ],
      [792, [[secondLineAt, '032 – APE 1813Z – TVA intracom. FR40538332032']]],
    ]);

  it('joins the number’s end on the next line, centred like it', () => {
    const line = 'Equip’Police Services SAS au capital de 7 500 € – SIRET 53833203220314 – RCS Roanne 538 332';
    const centred = 98 + (line.length * 5) / 2 - (45 * 5) / 2;
    expect(footer(centred).fields.supplierSiren).toBe('538332032');
  });

  it('but not digits starting a line elsewhere', () => {
    expect(footer(40).fields.supplierSiren).toBeUndefined();
  });
});

describe('« Accord-cadre transports   2025.27.487 » with the label’s « n° » wrapped alone onto the next line', () => {
  it('reads the market number beside the label’s first line', () => {
    const result = readTextFields(
      linesAt(
        [
          [40, [[40, 'Autocars du Pilat'], [335, 'FACTURE N° F-2025-0417']]],
          [123, [[335, 'Échéance'], [431, '16/04/2025']]],
          [139, [[335, 'Accord-cadre transports'], [450, '2025.27.487']]],
          [149, [[335, 'n°']]],
          [173, [[302, 'Client :']]],
        ],
        8,
      ),
    );
    expect(result.fields.marketNumber).toBe('2025.27.487');
  });
});
