/**
 * The ways of laying out an invoice that the thirty-second blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';

/** A road-safety day's totals, then an insurer's share whose words wrap round its negative amount. */
const totals = (netLabel: string) =>
  read([
    [40, [[46, 'Éduc’Route Rhône-Alpes'], [420, 'Facture n° F-2025-0838']]],
    [254, [[50, 'Prestation'], [363, 'Qté'], [427, 'P.U. HT'], [520, 'Total HT']]],
    [273, [[50, 'Location simulateur de conduite'], [372, '2'], [431, '888,00'], [521, '1 776,00']]],
    [292, [[50, 'Location simulateur de retournement'], [372, '2'], [431, '1 795,70'], [521, '3 591,40']]],
    [364, [[243, 'Total HT'], [503, '5 367,40 €']]],
    [379, [[243, 'TVA 20 %'], [503, '1 073,48 €']]],
    [394, [[243, 'Total TTC'], [503, '6 440,88 €']]],
    [409, [[243, 'Prise en charge MACIF Prévention (convention CP-']]],
    [421, [[500, '-1 932,00 €']]],
    [433, [[243, '2025-0408)']]],
    [448, [[243, netLabel], [503, '4 508,88 €']]],
  ]);

describe('an insurer’s share taken off the TTC, « Reste à la charge de la collectivité »', () => {
  it('reads the net, sure: the share printed between explains it', () => {
    const result = totals('Reste à la charge de la collectivité');
    expect(result.fields).toMatchObject({ totalTTC: '6440.88', netAPayer: '4508.88' });
    expect(result.unsure).not.toContain('netAPayer');
  });

  it('under words it does not know, never stands behind the TTC as the net: the negative amount after it says more is taken off', () => {
    const result = totals('Solde collectivité');
    expect(result.fields.netAPayer === '6440.88' && !result.unsure.includes('netAPayer')).toBe(false);
  });
});

describe('service labels in capitals and qualified: « SERVICE UTILISATEUR » over its code, « Service organisateur »', () => {
  it('reads the code under « SERVICE UTILISATEUR », never the word « UTILISATEUR »', () => {
    // In 7-point type, as printed: the sidebar's lines interleave with the item lines and the totals beside it.
    const result = readTextFields(
      linesAt(
        [
          [120, [[35, 'FACTURE N°']]],
          [131, [[35, 'FA2607-9554']]],
          [252, [[35, 'MARCHÉ N°']]],
          [255, [[194, 'Frais de nettoyage intérieur (véhicule rendu sale)'], [442, '1'], [479, '25,00'], [538, '25,00']]],
          [260, [[35, 'AC-2025-74']]],
          [273, [[35, 'SERVICE UTILISATEUR']]],
          [278, [[385, 'Total HT'], [524, '572,90€']]],
          [281, [[35, 'SP-042']]],
        ],
        7,
      ),
    );
    expect(result.fields.serviceCode).toBe('SP-042');
  });

  it('reads « Service organisateur   DPB/ETU »', () => {
    const result = read([
      [40, [[47, 'Cars du Forez'], [335, 'Facture n° F-2025-114']]],
      [139, [[335, 'Service organisateur'], [431, 'DPB/ETU']]],
    ]);
    expect(result.fields.serviceCode).toBe('DPB/ETU');
  });
});

describe('« RCS Clermont- » then « Ferrand 521 510 578 – APE 1813Z »: the registry’s town cut at the end of the footer’s line', () => {
  it('reads the supplier’s SIREN', () => {
    const result = read([
      [40, [[35, 'Adhésifs et Covering du Forez'], [420, 'Facture n° F-2025-114']]],
      [785, [[93, 'Adhésifs et Covering du Forez SAS au capital de 5 000 € – SIRET 521510578 05689 – RCS Clermont-']]],
      [795, [[160, 'Ferrand 521 510 578 – APE 1813Z – TVA intracom. FR25521510578']]],
    ]);
    expect(result.fields.supplierSiren).toBe('521510578');
  });
});
