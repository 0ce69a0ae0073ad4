/**
 * Ways of laying out an invoice that the sixteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('the market under a label naming its kind', () => {
  it('reads the number after « Marché P1-P2-P3 n° : », never the trade’s code', () => {
    const result = read([[163, [[48, 'Facture n°'], [150, 'F-2025-0750'], [293, 'Marché P1-P2-P3 n° : 2024-940']]]]);
    expect(result.fields.marketNumber).toBe('2024-940');
  });

  it('reads « Marché de ventes aux enchères n° : » and « Marché de maîtrise d’œuvre – lot géotechnique n° : »', () => {
    expect(read([[170, [[45, 'Marché de ventes aux enchères n° : 2024M8479']]]]).fields.marketNumber).toBe('2024M8479');
    expect(read([[237, [[46, 'Marché de maîtrise d’œuvre – lot géotechnique n° : M04.1356']]]]).fields.marketNumber).toBe('M04.1356');
  });

  it('but not a number that « et la commande n° » gives', () => {
    expect(read([[300, [[46, 'Travaux réalisés selon le marché et la commande n° 2025-118']]]]).fields.marketNumber).toBeUndefined();
  });

  it('never takes a bare « Contrat » heading a table of vehicles for the market', () => {
    const result = read([
      [217, [[58, 'Contrat'], [115, 'Immat.'], [190, 'Véhicule'], [267, 'Début'], [308, 'Durée'], [400, 'Total HT']]],
      [226, [[36, 'LLD-602071'], [99, 'ND-348-BX'], [150, 'Dacia Spring'], [272, '18/06/2022'], [306, '48 mois'], [468, '383,82 €']]],
    ]);
    expect(result.fields.marketNumber).toBeUndefined();
  });
});

describe('the engagement', () => {
  it('under « Engagement / juridique » wrapped round its value, the buyer’s town further right', () => {
    const result = read([
      [195, [[54, 'Période'], [145, '4e trimestre 2025']]],
      [210, [[54, 'Engagement'], [294, '42000 Saint-Étienne']]],
      [215, [[145, '2635816']]],
      [220, [[54, 'juridique'], [294, 'Siret 214 202 186 00018']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2635816');
  });

  it('under « Réf. commande client: » in a row of headings (an Odoo report)', () => {
    const result = read([
      [200, [[40, 'Date de facturation:'], [151, 'Date d’échéance:'], [259, 'Source:'], [367, 'Réf. commande client:']]],
      [211, [[40, '05/05/2025'], [151, '04/06/2025'], [259, 'ABO/2025/0038'], [367, '1393 7393 53']]],
    ]);
    expect(result.fields.engagementNumber).toBe('1393739353');
  });
});

describe('the invoice number under a title naming the kind of invoice', () => {
  it('reads « Référence » under « FACTURE – FRAIS VENDEUR », and stands behind it', () => {
    const result = read([
      [48, [[45, 'Hôtel des Ventes du Forez'], [391, 'FACTURE – FRAIS VENDEUR']]],
      [60, [[45, 'Opérateur de ventes volontaires']]],
      [65, [[340, 'Référence'], [437, '25/8479']]],
      [78, [[340, 'Date'], [437, '2025-03-27']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('25/8479');
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads « Document » and « Pièce n° » under « Facture de loyers »', () => {
    const page = (label: string) =>
      read([
        [49, [[36, 'Loire Fleet Leasing'], [333, 'Facture de loyers']]],
        [58, [[36, '52 rue du Onze Novembre']]],
        [67, [[36, '42400 Saint-Chamond'], [333, label], [457, '202510025']]],
        [75, [[36, 'Tél. 04 72 41 28 80'], [333, 'Date facture'], [459, '01/10/2025']]],
      ]);
    for (const label of ['Document', 'Pièce n°']) {
      const result = page(label);
      expect(result.fields.invoiceNumber, label).toBe('202510025');
      expect(result.unsure, label).not.toContain('invoiceNumber');
    }
  });
});

describe('the date set right under the number', () => {
  it('wins over a « Date » column of a table of flights further down', () => {
    const result = read([
      [159, [[40, 'FACTURE']]],
      [174, [[40, 'Numéro de document : 2024-039']]],
      [184, [[40, 'Le 4 avril 2024']]],
      [195, [[40, 'Période : mars 2024']]],
      [255, [[42, 'Prestation'], [364, 'Quantité'], [412, 'Prix unitaire HT'], [495, 'Montant HT']]],
      [269, [[42, 'Séances d’effarouchement – Église Saint-Charles'], [402, '3'], [463, '230,00'], [526, '690,00']]],
      [283, [[42, 'Séances d’effarouchement – Groupe scolaire Jacquard'], [402, '4'], [463, '230,00'], [526, '920,00']]],
      [340, [[400, 'Total HT'], [526, '1 610,00']]],
      [430, [[42, 'Date'], [124, 'Heure'], [174, 'Site'], [351, 'Rapace']]],
      [444, [[42, '03/03/2024'], [124, '7 h 45'], [174, 'Musée d’art et d’industrie'], [351, 'autour des palombes']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-04-04');
  });
});

describe('the service code in the invoice’s block of labels', () => {
  it('reads « Service RH (code) »', () => {
    expect(read([[209, [[54, 'Service RH (code)'], [145, 'SP-042']]]]).fields.serviceCode).toBe('SP-042');
  });

  it('reads a bare « Service » among the block’s labels, the buyer’s address lines between them', () => {
    const result = read([
      [151, [[54, 'Facture n°'], [145, 'F-2026-0047'], [294, 'Adhérent']]],
      [157, [[294, 'Ville de Saint-Étienne']]],
      [165, [[54, 'Date'], [145, '2026-01-10'], [294, 'Direction des Finances']]],
      [180, [[54, 'N° d’adhérent'], [145, 'ADH-62084'], [294, 'Hôtel de Ville']]],
      [189, [[294, 'Place de l’Hôtel de Ville']]],
      [195, [[54, 'Période'], [145, '4e trimestre 2025']]],
      [199, [[294, 'CS 34205']]],
      [210, [[54, 'Engagement'], [294, '42000 Saint-Étienne']]],
      [215, [[145, '2635816']]],
      [220, [[54, 'juridique'], [294, 'Siret 214 202 186 00018']]],
      [235, [[54, 'Service'], [145, 'SERV-ACHATS']]],
    ]);
    expect(result.fields.serviceCode).toBe('SERV-ACHATS');
  });
});
