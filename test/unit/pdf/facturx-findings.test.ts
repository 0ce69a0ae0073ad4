/**
 * What a PDF tells the checks of later rejections: the Factur-X XML's facts, where the XML and the visible text
 * disagree, the compact text and the 2026 mentions (utils/pdf/facturx.ts, disagreements.ts, mentions.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactPdfText } from '../../../utils/model/pdf-text.ts';
import { findDisagreements } from '../../../utils/pdf/disagreements.ts';
import { extractInvoice, type ExtractSuccess } from '../../../utils/pdf/extract.ts';
import { readFacturX } from '../../../utils/pdf/facturx.ts';
import { findMentions } from '../../../utils/pdf/mentions.ts';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { buildFixtures } from '../../fixtures/facturx/fixtures.ts';
import { GENERATED_DIR, PUBLIC_DIR, ROOT } from './helpers.ts';

const pdfjs = await loadPdfjsForNode();
const FACTURX_DIR = join(ROOT, 'test/fixtures/facturx');

async function read(file: string, textOnly = false): Promise<ExtractSuccess> {
  const result = await extractInvoice(pdfjs, new Uint8Array(readFileSync(file)), { textOnly });
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result;
}

const cii = (agreement: string, settlement = '', context = '') => `<?xml version="1.0"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
  <rsm:ExchangedDocumentContext>${context}</rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>F-1</ram:ID></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>${agreement}</ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>${settlement}</ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

describe('Factur-X facts read in the XML', () => {
  it('reads the guideline id as written, the payment means code, BuyerReference, the order reference as written and the buyer SIRET', () => {
    const facts = readFacturX(
      cii(
        '<ram:BuyerReference>SERVEXEC</ram:BuyerReference><ram:BuyerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">21420218600018</ram:ID></ram:SpecifiedLegalOrganization></ram:BuyerTradeParty><ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ 24 01 234</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>',
        '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>',
        '<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>',
      ),
    )!.facts;
    expect(facts).toEqual({
      profile: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
      paymentMeansCode: '58',
      buyerReference: 'SERVEXEC',
      buyerOrderReference: 'EJ 24 01 234',
      buyerSiret: '21420218600018',
      buyerSiren: null,
    });
  });

  it('says null for what the XML lacks, and "" for a missing guideline id', () => {
    expect(readFacturX(cii(''))!.facts).toEqual({ profile: '', paymentMeansCode: null, buyerReference: null, buyerOrderReference: null, buyerSiret: null, buyerSiren: null });
  });

  it('takes the buyer SIRET from GlobalID 0009 when the legal id is a SIREN, and keeps a SIREN alone otherwise', () => {
    const party = (ids: string) => readFacturX(cii(`<ram:BuyerTradeParty>${ids}</ram:BuyerTradeParty>`))!.facts;
    expect(party('<ram:GlobalID schemeID="0009">21420218600018</ram:GlobalID><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">214202186</ram:ID></ram:SpecifiedLegalOrganization>')).toMatchObject({ buyerSiret: '21420218600018', buyerSiren: null });
    expect(party('<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">214202186</ram:ID></ram:SpecifiedLegalOrganization>')).toMatchObject({ buyerSiret: null, buyerSiren: '214202186' });
  });
});

describe('disagreements between the XML and the visible text', () => {
  const xml = { invoiceNumber: 'F-2026-0042', invoiceDate: '2026-03-12', totalHT: '1000.00', totalTTC: '1250.00' };

  it('lists a value the text reader found different and that the page prints nowhere, with both values', () => {
    const lines = ['FACTURE F-2026-0042 du 12/03/2026', 'Total HT 1 000,00', 'Total TTC 1 200,00'];
    expect(findDisagreements(xml, { ...xml, totalTTC: '1200.00' }, lines)).toEqual([{ field: 'totalTTC', xml: '1250.00', text: '1200.00' }]);
  });

  it('does not accuse the invoice when the XML value is printed somewhere (the text reader took another line)', () => {
    const lines = ['FACTURE F-2026-0042', 'Date : 12 mars 2026', 'Acompte versé 1 200,00', 'Total TTC 1.250,00'];
    expect(findDisagreements(xml, { invoiceNumber: 'ACOMPTE', invoiceDate: '2026-02-01', totalTTC: '1200.00' }, lines)).toEqual([]);
  });

  it('reads "2 250,00" as printing 2 250,00 and 250,00, but not 25,00', () => {
    const amounts = { totalHT: '250.00' };
    expect(findDisagreements(amounts, { totalHT: '2250.00' }, ['2 250,00'])).toEqual([]);
    expect(findDisagreements({ totalHT: '25.00' }, { totalHT: '2250.00' }, ['2 250,00'])).toHaveLength(1);
  });

  it('compares only what both give', () => {
    expect(findDisagreements(xml, {}, ['nothing'])).toEqual([]);
  });
});

describe('2026 mentions in the visible text', () => {
  const supplier = ['ENTREPRISE MARTIN SARL', 'SIRET : 732 829 320 00074', 'Facture F-1'];

  it('finds the client SIREN or SIRET by its label, or by the buyer id the text reader found', () => {
    expect(findMentions([...supplier, 'SIREN client : 214 202 186'], {}).buyerId).toBe('found');
    expect(findMentions([...supplier, 'N° SIRET du client', '214 202 186 00018'], {}).buyerId).toBe('found');
    expect(findMentions(supplier, { buyerSiret: '21420218600018' }).buyerId).toBe('found');
  });

  it('is unsure when a second company id is printed without a client label, and says missing when only the supplier’s is', () => {
    expect(findMentions([...supplier, 'Ville de Saint-Etienne 214 202 186 00018'], { supplierSiret: '73282932000074' }).buyerId).toBe('unsure');
    expect(findMentions([...supplier, 'SIRET client :'], {}).buyerId).toBe('unsure');
    expect(findMentions(supplier, { supplierSiret: '73282932000074' }).buyerId).toBe('missing');
  });

  it.each([
    ['Catégorie de l’opération : prestation de services', 'found'],
    ['Livraison de biens', 'found'],
    ['Prestations de service de nettoyage', 'found'],
    ['Opération mixte (biens et services)', 'found'],
    ["Catégorie de l'opération : les deux", 'found'],
    ['Category of the operation: goods', 'found'],
    ['Supply of services', 'found'],
    ["Nature de l'opération : voir conditions", 'unsure'],
    ['Adresse de livraison : 2 place de la Mairie', 'missing'],
    ['Date de livraison 12/03/2026', 'missing'],
  ])('« %s » → category %s', (line, presence) => {
    expect(findMentions([...supplier, line], {}).operationCategory).toBe(presence);
  });
});

describe('findings of a read PDF', () => {
  it('a Factur-X PDF without engagement in its XML: the XML lacks it though the page shows it', async () => {
    const result = await read(join(FACTURX_DIR, 'ville-sans-engagement.pdf'));
    expect(result.source).toBe('facturx');
    expect(result.fields.engagementNumber).toBe('2401234');
    expect(result.facturx).toMatchObject({ buyerOrderReference: null, paymentMeansCode: '30', buyerSiret: '21420218600018', disagreements: [] });
    expect(result.pdfMentions).toEqual({ buyerId: 'found', operationCategory: 'found' });
    expect(result.pdfText).toContain('F-2026-0042');
  });

  it('a Factur-X PDF whose XML says other totals than its page, a code service, no payment means and no 2026 mentions', async () => {
    const result = await read(join(FACTURX_DIR, 'ville-ecarts.pdf'));
    expect(result.facturx).toMatchObject({ buyerReference: 'SERVICE-TECHNIQUE', paymentMeansCode: null, disagreements: ['totalTVA', 'totalTTC', 'netAPayer'] });
    expect(result.facturx!.differences).toContainEqual({ field: 'totalTTC', xml: '1250.00', text: '1200.00' });
    expect(result.pdfMentions).toEqual({ buyerId: 'missing', operationCategory: 'missing' });
  });

  it('a complete one: no disagreement', async () => {
    expect((await read(join(FACTURX_DIR, 'ville-complete.pdf'))).facturx).toMatchObject({ buyerOrderReference: '2401234', disagreements: [] });
  });

  it('a public sample whose XML total was forced: the disagreement is found', async () => {
    expect((await read(join(PUBLIC_DIR, 'caslimites-CALC-001.pdf'))).facturx!.disagreements).toEqual(['totalTTC']);
    expect((await read(join(PUBLIC_DIR, 'caslimites-OK-001.pdf'))).facturx!.disagreements).toEqual([]);
  });

  it('no Factur-X facts for a text PDF or in text-only mode; the text and mentions are there', async () => {
    const text = await read(join(GENERATED_DIR, 'classic-01.pdf'));
    expect(text.facturx).toBeUndefined();
    expect(text.pdfText!.length).toBeGreaterThan(100);
    expect(text.pdfMentions).toBeDefined();
    expect((await read(join(FACTURX_DIR, 'ville-complete.pdf'), true)).facturx).toBeUndefined();
  });

  it('the compact text drops every space and ignores case, so a typed number is found however it is spaced', () => {
    expect(compactPdfText(['Facture n° F 2026 – 0042', 'Total'])).toBe('FACTUREN°F2026-0042TOTAL');
  });
});

describe('the Factur-X fixtures', () => {
  it('are exactly what test/fixtures/facturx/fixtures.ts makes (run generate.ts after changing it)', () => {
    for (const [name, bytes] of buildFixtures()) {
      expect(Buffer.compare(Buffer.from(readFileSync(join(FACTURX_DIR, name))), Buffer.from(bytes)), name).toBe(0);
    }
  });
});
