import { describe, expect, it } from 'vitest';
import { ciiDecimalToCents, parseFacturX, rankXmlAttachments } from '../../../utils/pdf/facturx.ts';
import { amountCandidates, chooseTotals } from '../../../utils/pdf/fields/amounts.ts';
import { findFieldsInText } from '../../../utils/pdf/fields/index.ts';
import { identifierIn } from '../../../utils/pdf/fields/identifiers.ts';
import { amountsIn } from '../../../utils/pdf/fields/text.ts';
import { buildPageLines, type Line, type RawItem } from '../../../utils/pdf/lines.ts';
import { pagesToRead } from '../../../utils/pdf/extract.ts';

/** Lines from rows of [x, text] cells, 14 pt apart. */
function page(rows: [number, string][][]): Line[] {
  const items: RawItem[] = rows.flatMap((row, index) => row.map(([x, str]) => ({ str, x, y: 800 - index * 14, width: str.length * 5, size: 10 })));
  return buildPageLines(items, 0, 842);
}

describe('visual lines', () => {
  it('groups items by baseline and splits cells at wide gaps', () => {
    const items: RawItem[] = [
      { str: 'Total', x: 40, y: 500, width: 24, size: 10 },
      { str: 'HT', x: 67, y: 500.6, width: 12, size: 10 },
      { str: '1 234,50 €', x: 450, y: 499.8, width: 50, size: 10 },
      { str: 'TVA', x: 40, y: 486, width: 18, size: 10 },
    ];
    const lines = buildPageLines(items, 0, 842);
    expect(lines.map((line) => line.cells.map((cell) => cell.text))).toEqual([['Total HT', '1 234,50 €'], ['TVA']]);
  });

  it('reads the first and the last pages of a long document', () => {
    expect(pagesToRead(3, 50)).toEqual([1, 2, 3]);
    const pages = pagesToRead(200, 50);
    expect(pages).toHaveLength(50);
    expect(pages.at(-1)).toBe(200);
  });
});

describe('Factur-X', () => {
  it('picks the XML by name, never by position', () => {
    expect(rankXmlAttachments(['logo.png', 'bon.xml', 'factur-x.xml'])).toEqual(['factur-x.xml', 'bon.xml']);
    expect(rankXmlAttachments(['ZUGFeRD-invoice.xml'])).toEqual(['ZUGFeRD-invoice.xml']);
    expect(rankXmlAttachments(['photo.jpg'])).toEqual([]);
  });

  it('reads CII decimals exactly', () => {
    expect(ciiDecimalToCents('1234.5')).toBe(123450);
    expect(ciiDecimalToCents('-100.00')).toBe(-10000);
    expect(ciiDecimalToCents('2400,00')).toBeNull();
  });

  const cii = (typeCode: string, sellerIds: string, amount: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocument><ram:ID>AV-1</ram:ID><ram:TypeCode>${typeCode}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20240603</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>SERV-1</ram:BuyerReference>
<ram:SellerTradeParty>${sellerIds}</ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">21420218600018</ram:ID></ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>
<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ 2401 234</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
<ram:ContractReferencedDocument><ram:IssuerAssignedID>M-2024</ram:IssuerAssignedID></ram:ContractReferencedDocument></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>${amount}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="USD">1.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">20.00</ram:TaxTotalAmount><ram:GrandTotalAmount>120.00</ram:GrandTotalAmount><ram:DuePayableAmount>120.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;

  it('maps the CII fields (portal.md): service code, engagement, market, SIREN/SIRET by scheme, avoir positive', () => {
    const fields = parseFacturX(
      cii('381', '<ram:GlobalID schemeID="0009">39280913700027</ram:GlobalID><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">392809137</ram:ID></ram:SpecifiedLegalOrganization>', '-100.00'),
    );
    expect(fields).toMatchObject({
      invoiceNumber: 'AV-1', documentType: 'avoir', invoiceDate: '2024-06-03', serviceCode: 'SERV-1', engagementNumber: 'EJ2401234',
      marketNumber: 'M-2024', supplierSiren: '392809137', supplierSiret: '39280913700027', buyerSiret: '21420218600018',
      currency: 'EUR', totalHT: '100.00', totalTVA: '20.00', totalTTC: '120.00', netAPayer: '120.00',
    });
  });

  it('refuses XML that is not well-formed or not an invoice', () => {
    expect(parseFacturX(cii('380', '', '100.00').slice(0, 600))).toBeNull();
    expect(parseFacturX('<Order><ID>1</ID></Order>')).toBeNull();
    expect(parseFacturX('')).toBeNull();
  });
});

describe('text fields', () => {
  it('finds amounts with any space style, never percentages or dates', () => {
    expect(amountsIn('Total TTC 1\u202f234,56\u00a0€').map((a) => a.cents)).toEqual([123456]);
    expect(amountsIn('TVA 5,5 % le 12/03/2024').map((a) => a.cents)).toEqual([]);
    expect(amountsIn('1.234,50 EUR et 99,90').map((a) => a.cents)).toEqual([123450, 9990]);
  });

  it('takes identifiers as printed, never a date', () => {
    expect(identifierIn(': F-2024/012 du 03/06/2024')).toBe('F-2024/012');
    expect(identifierIn('03/06/2024')).toBeNull();
    expect(identifierIn('n° 24 01 234', { joinGroups: true })).toBe('2401234');
  });

  it('chooses totals by arithmetic: HT + TVA = TTC, TTC − acompte = net', () => {
    const lines = page([
      [[40, 'Montant HT'], [300, '12 345,00']],
      [[40, 'Total HT'], [450, '1 000,00 €']],
      [[40, 'TVA 20 %'], [450, '200,00 €']],
      [[40, 'Total TTC'], [450, '1 200,00 €']],
      [[40, 'Acompte versé'], [450, '-300,00 €']],
      [[40, 'Net à payer'], [450, '900,00 €']],
    ]);
    expect(chooseTotals(amountCandidates(lines), false)).toEqual({ ht: 100000, tva: 20000, ttc: 120000, net: 90000, sure: ['ht', 'tva', 'ttc', 'net'] });
  });

  it('never takes a client number, quote, phone or VAT number for an engagement', () => {
    const fields = findFieldsInText(page([
      [[40, 'FACTURE N° F-77'], [300, 'Date : 03/06/2024']],
      [[40, 'N° client : C12345']],
      [[40, 'Devis n° D-2024-118']],
      [[40, 'Tél. 04 77 12 34 56']],
      [[40, 'N° TVA : FR12 392809137']],
      [[40, 'Date de commande : 02/05/2024']],
      [[40, 'Total TTC'], [450, '120,00 €']],
    ]));
    expect(fields.engagementNumber).toBeUndefined();
    expect(fields.invoiceNumber).toBe('F-77');
    expect(fields.invoiceDate).toBe('2024-06-03');
  });

  it('reads engagement numbers written in several ways', () => {
    const engagement = (label: string) => findFieldsInText(page([[[40, 'FACTURE N° 12']], [[40, label]]])).engagementNumber;
    expect(engagement('N° d’engagement : 1300012345')).toBe('1300012345');
    expect(engagement('EJ 1300 012 345')).toBe('1300012345');
    expect(engagement('Bon de commande n° 4500098765')).toBe('4500098765');
    expect(engagement('Engagement juridique : néant')).toBeUndefined();
  });

  it('tells the buyer (a public body) from the supplier', () => {
    const fields = findFieldsInText(page([
      [[40, 'Menuiserie Dubois SARL'], [320, 'Facturé à']],
      [[40, '12 rue Michelet'], [320, 'Ville de Saint-Étienne']],
      [[40, 'SIRET : 732 829 320 00074'], [320, 'SIRET : 214 202 186 00018']],
      [[40, 'FACTURE N° 1'], [320, 'Total TTC 10,00 €']],
    ]));
    expect(fields.buyerSiret).toBe('21420218600018');
    expect(fields.supplierSiret).toBe('73282932000074');
  });

  it('credit notes: AVOIR with negative amounts gives positive amounts', () => {
    const fields = findFieldsInText(page([
      [[40, 'AVOIR N° AV-3']],
      [[40, 'Total HT'], [450, '-100,00 €']],
      [[40, 'Total TVA'], [450, '-20,00 €']],
      [[40, 'Total TTC'], [450, '-120,00 €']],
    ]));
    expect(fields).toMatchObject({ documentType: 'avoir', totalHT: '100.00', totalTVA: '20.00', totalTTC: '120.00' });
  });
});

describe('engagement numbers of the Ville de Saint-Étienne (7 digits)', () => {
  it('joins the digit groups however they are written', () => {
    const engagement = (label: string) => findFieldsInText(page([[[40, 'FACTURE N° 12']], [[40, label]]])).engagementNumber;
    expect(engagement('N° d’engagement : 2401-234')).toBe('2401234');
    expect(engagement('Engagement : 24.01.234')).toBe('2401234');
    expect(engagement('Réf. EJ2401234')).toBe('2401234');
    expect(engagement('EJ : 2401234 du 03/05/2024')).toBe('2401234');
  });
});

describe('dates written month first', () => {
  it('reads 11/03/2017 as 3 November when the document writes 11/17/2017 elsewhere', () => {
    const fields = findFieldsInText(page([
      [[40, 'Invoice No. INV-9']],
      [[40, 'Invoice Date'], [200, '11/03/2017']],
      [[40, 'Payment'], [200, '11/17/2017']],
    ]));
    expect(fields.invoiceDate).toBe('2017-11-03');
    const french = findFieldsInText(page([[[40, 'Facture n° 9']], [[40, 'Date'], [200, '11/03/2017']], [[40, 'Échéance'], [200, '25/03/2017']]]));
    expect(french.invoiceDate).toBe('2017-03-11');
  });
});

describe('references in a header row', () => {
  it('reads a bare "Numéro" column heading, never an item table', () => {
    const fields = findFieldsInText(page([
      [[40, 'FACTURE']],
      [[40, 'Numéro'], [150, 'Date'], [260, 'Échéance']],
      [[40, 'FA-889'], [150, '12/02/2025'], [260, '14/03/2025']],
    ]));
    expect(fields).toMatchObject({ invoiceNumber: 'FA-889', invoiceDate: '2025-02-12' });
    const items = findFieldsInText(page([[[40, 'FACTURE']], [[40, 'N°'], [100, 'Désignation'], [300, 'Montant']], [[40, '1'], [100, 'Pose'], [300, '500,00']]]));
    expect(items.invoiceNumber).toBeUndefined();
  });
});
