/**
 * Ways of laying out an invoice that the tenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('a « N° » on a priced line of the item table', () => {
  it('numbers the item, not the invoice: the invoice number is the one beside « N° » in the header', () => {
    const result = read([
      [40, [[40, 'Harmonie Instruments Loire'], [480, 'Facture']]],
      [70, [[40, '43000 Le Puy-en-Velay'], [440, 'N°'], [480, 'FA-2025-04862']]],
      [84, [[440, 'Date'], [480, '10/09/2025']]],
      [200, [[40, 'Instrument – modèle'], [250, 'N° de série'], [380, 'Loyer mensuel HT'], [480, 'Montant HT']]],
      [214, [[40, 'Violon 1/2 – Yamaha V5SC'], [250, 'C635261'], [380, '17,00'], [480, '68,00 €']]],
      [228, [[40, 'Violon 3/4 – Stentor Student II'], [250, 'N° J243044'], [380, '24,00'], [480, '96,00 €']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA-2025-04862');
  });
});

describe('« EJ Chorus Pro », the portal named after the label', () => {
  it('reads the engagement beside it', () => {
    const result = read([[100, [[40, 'EJ Chorus Pro'], [200, '2618-128'], [400, 'Ville de Saint-Étienne']]]]);
    expect(result.fields.engagementNumber).toBe('2618128');
  });

  it('reads the engagement under it', () => {
    const result = read([[100, [[40, 'EJ Chorus Pro']]], [114, [[40, '2025-8649']]]]);
    expect(result.fields.engagementNumber).toBe('2025-8649');
  });
});

describe('the buyer’s service named by its role or its name', () => {
  it('reads « Service gestionnaire : SPORTS »', () => {
    expect(read([[100, [[40, 'Réf. marché : M48.4007']]], [114, [[40, 'Service gestionnaire : SPORTS']]]]).fields.serviceCode).toBe('SPORTS');
  });

  it('reads the code under « Service demandeur » in a row of references', () => {
    const result = read([
      [100, [[40, 'N° d’engagement'], [200, 'Service demandeur']]],
      [114, [[40, '2590279'], [200, 'DSI']]],
    ]);
    expect(result.fields).toMatchObject({ engagementNumber: '2590279', serviceCode: 'DSI' });
  });

  it('reads the code after the service’s name among the references', () => {
    const result = read([
      [100, [[40, 'Votre commande (EJ)'], [200, '2609094']]],
      [114, [[40, 'Service des sports'], [200, 'ENS-07']]],
    ]);
    expect(result.fields).toMatchObject({ engagementNumber: '2609094', serviceCode: 'ENS-07' });
  });

  it('gives no code for a service’s name away from the references', () => {
    expect(read([[100, [[40, 'Service des sports'], [200, 'ENS-07']]]]).fields.serviceCode).toBeUndefined();
  });
});

describe('the date after the number and a dash', () => {
  it('reads « Numéro : F-2025-0681 – 23/12/2025 »', () => {
    const result = read([
      [100, [[200, 'FACTURE – ÉTAT DE FRAIS']]],
      [114, [[200, 'Numéro : F-2025-0681 – 23/12/2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2025-0681', invoiceDate: '2025-12-23' });
  });

  it('never takes a due date printed after the dash as the invoice date', () => {
    const result = read([[100, [[40, 'Facture n° F-2025-0681 – Échéance 30/01/2026']]]]);
    expect(result.fields.invoiceDate).not.toBe('2026-01-30');
  });
});

describe('« Total hors TVA », amounts outside VAT included (a notary’s disbursements)', () => {
  it('stands behind totals that add up', () => {
    const result = read([
      [200, [[40, 'Émolument de vente'], [480, '1 084,39']]],
      [214, [[40, 'Débours (hors champ de la TVA)'], [480, '27,00']]],
      [260, [[250, 'Total hors TVA'], [480, '1 111,39 €']]],
      [274, [[250, 'TVA 20 % sur 1 084,39'], [480, '216,88 €']]],
      [288, [[250, 'Montant total TTC'], [480, '1 328,27 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1111.39', totalTVA: '216.88', totalTTC: '1328.27' });
    expect(result.unsure).not.toContain('totalHT');
    expect(result.unsure).not.toContain('totalTTC');
  });
});
