import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExtractedFields } from '../model/extracted.ts';
import type { FacturxFacts } from '../model/facturx-facts.ts';

/**
 * Factur-X / ZUGFeRD: the invoice XML (UN/CEFACT CII) embedded in the PDF. Its values are authoritative:
 * they are taken as written, with only the contract's formatting applied (see docs/extract.md).
 */

/** Attachment names in order of preference (pdf.js ≥ 6.1 gives names first, bytes on demand); any other `.xml` comes last. */
export const FACTURX_FILE_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml', 'order-x.xml'];

/** Attachment names to try, best first: known names, then any XML. Never chosen by position. */
export function rankXmlAttachments(names: string[]): string[] {
  const lower = (name: string) => name.toLowerCase().split(/[\\/]/).pop() ?? '';
  const known = FACTURX_FILE_NAMES.flatMap((wanted) => names.filter((name) => lower(name) === wanted));
  const others = names.filter((name) => lower(name).endsWith('.xml') && !known.includes(name));
  return [...known, ...others];
}

/** Bytes → text, honouring an ISO-8859-1 / Windows-1252 declaration; UTF-8 otherwise (BOM tolerated). */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  const label = declared && /^(iso-8859-1|latin1|windows-1252|iso-8859-15)$/.test(declared) ? declared : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  }
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

function children(nodes: unknown[], name: string): unknown[] {
  const found: unknown[] = [];
  for (const node of nodes) {
    if (node && typeof node === 'object') {
      const value = (node as XmlNode)[name];
      if (Array.isArray(value)) found.push(...value);
    }
  }
  return found;
}

function path(root: unknown[], ...names: string[]): unknown[] {
  return names.reduce<unknown[]>((nodes, name) => children(nodes, name), root);
}

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() || undefined;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object') {
    const value = (node as XmlNode)['#text'];
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  }
  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  if (node && typeof node === 'object') {
    const value = (node as XmlNode)[`@_${name}`];
    if (typeof value === 'string') return value.trim();
  }
  return undefined;
}

function firstText(nodes: unknown[]): string | undefined {
  for (const node of nodes) {
    const value = text(node);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A CII decimal ("1234.5", "-100.00") → cents, half away from zero; null when it is not a plain decimal. */
export function ciiDecimalToCents(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(raw.trim());
  if (!match) return null;
  const [, sign, units = '0', fraction = ''] = match;
  const padded = fraction.padEnd(3, '0');
  let cents = Number(units) * 100 + Number(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) return null;
  return sign === '-' && cents !== 0 ? -cents : cents;
}

function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${(absolute % 100).toString().padStart(2, '0')}`;
}

const AVOIR_TYPE_CODES = new Set(['381', '261', '262', '396', '532']);
const FACTURE_TYPE_CODES = new Set(['380', '384', '386', '389', '751', '875', '876', '877']);

function partyIds(party: unknown[], fields: ExtractedFields, role: 'supplier' | 'buyer'): void {
  for (const id of path(party, 'SpecifiedLegalOrganization', 'ID')) {
    const scheme = attribute(id, 'schemeID');
    const digits = (text(id) ?? '').replace(/[\s.]/g, '');
    if (scheme !== undefined && scheme !== '0002' && scheme !== '0009') continue;
    if (/^\d{14}$/.test(digits)) fields[`${role}Siret`] ??= digits;
    else if (/^\d{9}$/.test(digits)) fields[`${role}Siren`] ??= digits;
  }
  for (const id of path(party, 'GlobalID')) {
    const digits = (text(id) ?? '').replace(/[\s.]/g, '');
    if (attribute(id, 'schemeID') === '0009' && /^\d{14}$/.test(digits)) fields[`${role}Siret`] ??= digits;
  }
}

/** The CII amount in the invoice currency when several are given (BT-110 / BT-111). */
function amountInCurrency(nodes: unknown[], currency: string | undefined): string | undefined {
  const preferred = nodes.find((node) => {
    const id = attribute(node, 'currencyID');
    return id === undefined || id === currency;
  });
  return text(preferred ?? nodes[0]);
}

/** What the XML alone tells the checks (the comparison with the visible text is added later). */
export type FacturxXmlFacts = Omit<FacturxFacts, 'disagreements' | 'differences'>;

export interface FacturxReading {
  fields: ExtractedFields;
  facts: FacturxXmlFacts;
}

/**
 * Parses a CII XML. Returns null when it is not well-formed or not a CrossIndustryInvoice
 * (then the visible text is read instead).
 */
export function parseFacturX(xml: string): ExtractedFields | null {
  return readFacturX(xml)?.fields ?? null;
}

/** The invoice fields of a CII XML and the facts Chorus Pro's flow reading depends on; null as parseFacturX. */
export function readFacturX(xml: string): FacturxReading | null {
  if (xml.trim() === '') return null;
  if (XMLValidator.validate(xml) !== true) return null;
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch {
    return null;
  }
  const root = path([document], 'CrossIndustryInvoice');
  if (root.length === 0) return null;
  const fields: ExtractedFields = {};

  const exchanged = path(root, 'ExchangedDocument');
  const number = firstText(path(exchanged, 'ID'));
  if (number) fields.invoiceNumber = number;
  const typeCode = firstText(path(exchanged, 'TypeCode'));
  if (typeCode && AVOIR_TYPE_CODES.has(typeCode)) fields.documentType = 'avoir';
  else if (typeCode && FACTURE_TYPE_CODES.has(typeCode)) fields.documentType = 'facture';
  const issue = path(exchanged, 'IssueDateTime', 'DateTimeString')[0];
  const issueText = text(issue);
  const format = attribute(issue, 'format');
  const date = issueText ? /^(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(issueText) : null;
  if (date && (format === undefined || format === '102')) fields.invoiceDate = `${date[1]}-${date[2]}-${date[3]}`;

  const transaction = path(root, 'SupplyChainTradeTransaction');
  const agreement = path(transaction, 'ApplicableHeaderTradeAgreement');
  const buyerReference = firstText(path(agreement, 'BuyerReference'));
  if (buyerReference) fields.serviceCode = buyerReference;
  partyIds(path(agreement, 'SellerTradeParty'), fields, 'supplier');
  partyIds(path(agreement, 'BuyerTradeParty'), fields, 'buyer');
  const order = firstText(path(agreement, 'BuyerOrderReferencedDocument', 'IssuerAssignedID'));
  if (order) fields.engagementNumber = order.replace(/\s+/g, '');
  const contract = firstText(path(agreement, 'ContractReferencedDocument', 'IssuerAssignedID'));
  if (contract) fields.marketNumber = contract;

  const settlement = path(transaction, 'ApplicableHeaderTradeSettlement');
  const currency = firstText(path(settlement, 'InvoiceCurrencyCode'))?.toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) fields.currency = currency;
  const iban = firstText(
    path(settlement, 'SpecifiedTradeSettlementPaymentMeans', 'PayeePartyCreditorFinancialAccount', 'IBANID'),
  )
    ?.replace(/\s+/g, '')
    .toUpperCase();
  if (iban && /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) fields.iban = iban;

  const summation = path(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const avoir = fields.documentType === 'avoir';
  const amounts: [keyof ExtractedFields, string][] = [
    ['totalHT', 'TaxBasisTotalAmount'],
    ['totalTVA', 'TaxTotalAmount'],
    ['totalTTC', 'GrandTotalAmount'],
    ['netAPayer', 'DuePayableAmount'],
  ];
  for (const [key, element] of amounts) {
    const cents = ciiDecimalToCents(amountInCurrency(path(summation, element), currency));
    if (cents === null) continue;
    (fields as Record<string, string>)[key] = formatCents(avoir ? Math.abs(cents) : cents);
  }

  const buyer: ExtractedFields = {};
  partyIds(path(agreement, 'BuyerTradeParty'), buyer, 'buyer');
  const facts: FacturxXmlFacts = {
    profile: firstText(path(root, 'ExchangedDocumentContext', 'GuidelineSpecifiedDocumentContextParameter', 'ID')) ?? '',
    paymentMeansCode: firstText(path(settlement, 'SpecifiedTradeSettlementPaymentMeans', 'TypeCode')) ?? null,
    buyerReference: buyerReference ?? null,
    buyerOrderReference: order ?? null,
    buyerSiret: buyer.buyerSiret ?? null,
    buyerSiren: buyer.buyerSiret ? null : (buyer.buyerSiren ?? null),
  };
  return { fields, facts };
}
