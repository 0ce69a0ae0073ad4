/**
 * Ways of laying out an invoice that the third blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, toRawItem, type RawItem } from '../../../utils/pdf/lines.ts';
import { linesAt } from './helpers.ts';

const read = (rows: [number, [number, string][]][]) => readTextFields(linesAt(rows));

/** A pdf.js text item of `text` at (x, y), `size` points, turned by the matrix's first two terms. */
function item(text: string, x: number, y: number, size: number, [a, b]: [number, number]): RawItem | null {
  return toRawItem({ str: text, transform: [a * size, b * size, -b * size, a * size, x, y], width: text.length * size * 0.5, height: size });
}

/** An ordinary page: supplier, dates and totals, no invoice number among the upright lines. */
function pageWithout(): RawItem[] {
  const rows: [number, number, string][] = [
    [60, 90, 'Menuiserie des Monts SARL'],
    [72, 90, 'SIRET 74033534461530'],
    [140, 90, 'Date d’émission'],
    [140, 220, '12/03/2025'],
    [300, 330, 'Total HT'],
    [300, 500, '1 000,00 €'],
    [316, 330, 'TVA 20 %'],
    [316, 505, '200,00 €'],
    [332, 330, 'Total TTC'],
    [332, 500, '1 200,00 €'],
  ];
  return rows.map(([top, x, str]) => ({ str, x, y: 842 - top, width: str.length * 4.5, size: 9 }));
}

describe('text turned a quarter turn', () => {
  it('reads the number of a title printed up a vertical band', () => {
    const turned = item('FACTURE N° F-2025-0417', 50, 85, 15, [0, 1]);
    expect(turned?.turn).toBe(1);
    const result = readTextFields(buildPageLines([...pageWithout(), turned!], 0, 842, 0, 595));
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2025-0417', documentType: 'facture', totalTTC: '1200.00' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads a title printed down the page, its words drawn one by one', () => {
    const words = [item('FACTURE', 560, 760, 14, [0, -1]), item('·', 560, 706, 14, [0, -1]), item('FA-88-2025', 560, 696, 14, [0, -1])];
    const result = readTextFields(buildPageLines([...pageWithout(), ...words.map((word) => word!)], 0, 842, 0, 595));
    expect(result.fields.invoiceNumber).toBe('FA-88-2025');
  });

  it('keeps the turned lines after the page’s own lines, never mixed with the lines they cross', () => {
    const lines = buildPageLines([...pageWithout(), item('FACTURE N° 12', 50, 500, 15, [0, 1])!], 0, 842, 0, 595);
    expect(lines.at(-1)?.text).toBe('FACTURE N° 12');
    expect(lines.slice(0, -1).every((line) => !line.text.includes('FACTURE'))).toBe(true);
  });

  it('still skips slanted text (a watermark across the page)', () => {
    expect(item('PAYÉ', 200, 400, 40, [Math.SQRT1_2, Math.SQRT1_2])).toBeNull();
  });
});

describe('a form filled one character per box', () => {
  it('reads the SIRETs and the IBAN written in boxes, and tells the supplier’s from the buyer’s by their sections', () => {
    const boxes = (text: string) => text.split('').join(' ');
    const result = read([
      [40, [[34, 'FACTURE'], [370, 'N° de facture']]],
      [56, [[370, '25-04941']]],
      [123, [[40, '1. PRESTATAIRE / FOURNISSEUR']]],
      [138, [[34, 'Raison sociale'], [119, 'Bureau Pro Fournitures SAS']]],
      [174, [[34, 'N° SIRET'], [123, boxes('57348491265802')]]],
      [219, [[40, '2. DESTINATAIRE DE LA FACTURE (ACHETEUR PUBLIC)']]],
      [234, [[34, 'Dénomination'], [119, 'Ville de Saint-Étienne']]],
      [278, [[34, 'N° SIRET'], [123, boxes('21420218600018')]]],
      [502, [[339, 'Total HT'], [509, '1 000,00 €']]],
      [520, [[339, 'Montant de la TVA'], [514, '200,00 €']]],
      [538, [[339, 'Total TTC'], [509, '1 200,00 €']]],
      [641, [[34, 'IBAN'], ...'FR76 3000 2253 6830 0903 3749 676'.split(' ').map((group, index): [number, string] => [65 + index * 52, boxes(group)]), [420, 'BIC CMCIFR2A']]],
    ]);
    expect(result.fields).toMatchObject({ supplierSiret: '57348491265802', buyerSiret: '21420218600018', iban: 'FR7630002253683009033749676' });
    expect(result.unsure).toEqual([]);
  });

  it('joins capitals and digits standing one per box, never words nor a pair', async () => {
    const { joinBoxedCharacters } = await import('../../../utils/pdf/lines.ts');
    expect(joinBoxedCharacters('F A C T U R E')).toBe('FACTURE');
    expect(joinBoxedCharacters('Code APE 5 6 2 1 Z')).toBe('Code APE 5621Z');
    expect(joinBoxedCharacters('Clé RIB 7 6')).toBe('Clé RIB 7 6');
    expect(joinBoxedCharacters('a b c d')).toBe('a b c d');
    expect(joinBoxedCharacters('Lot A 2 pièces')).toBe('Lot A 2 pièces');
  });
});

/** The IBAN with its key computed (ISO 13616: the country and "00" moved after the account, modulo 97). */
function withKey(country: string, account: string): string {
  const digits = `${account}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${account}`;
}

describe('a foreign supplier’s IBAN', () => {
  const page = (iban: string) =>
    read([
      [53, [[44, 'Lumière Belge SRL'], [459, 'INVOICE']]],
      [138, [[48, 'Invoice no. / N° de facture'], [190, '2024/FR/2044']]],
      [300, [[330, 'Total HT'], [500, '1 000,00 €']]],
      [316, [[330, 'TVA'], [505, '0,00 €']]],
      [332, [[330, 'Total TTC'], [500, '1 000,00 €']]],
      [430, [[43, 'VAT reverse charge / Autoliquidation de la TVA par le preneur (article 283-2 du CGI).']]],
      [466, [[43, `Bank transfer / Virement : IBAN ${iban.replace(/(.{4})/g, '$1 ').trim()} – BIC LBXXBE21`]]],
    ]);

  it('reads a Belgian IBAN whose key is right even when its national check digits are not', () => {
    // 6503100082 modulo 97 is 86, not the 34 printed at the end of the account: only the national check fails.
    const iban = withKey('BE', '650310008234');
    expect(page(iban).fields.iban).toBe(iban);
    expect(page(iban).unsure).not.toContain('iban');
  });

  it('reads a Belgian IBAN whose national check digits are right', () => {
    const iban = withKey('BE', '539007547034');
    expect(page(iban).fields.iban).toBe(iban);
  });

  it('gives no IBAN when its key is wrong', () => {
    const iban = withKey('BE', '650310008234');
    const broken = `${iban.slice(0, 2)}${String((Number(iban.slice(2, 4)) % 97) + 1).padStart(2, '0')}${iban.slice(4)}`;
    expect(page(broken).fields.iban).toBeUndefined();
  });
});
