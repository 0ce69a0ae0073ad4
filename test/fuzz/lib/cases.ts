/**
 * Hostile PDF inputs for the extractor, all derived from a seed: hand-written attacks (huge page counts, deep
 * nesting, decompression bombs, hostile text, broken cross-references, encryption, a 50 MB file…) and mutations
 * of real invoices (bit flips, truncations, spliced garbage, duplicated or deleted chunks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { concat, invoiceLines, latin1, pdfString, stream, textPdf, writePdf, type RawObject } from './pdf-writer.ts';

export interface FuzzCase {
  name: string;
  /** Family, for the figures: `generated:…` or `mutation:…`. */
  family: string;
  bytes: () => Uint8Array;
  /** When the outcome is certain, what it must be: `ok` (a result) or an error code. */
  expect?: string;
}

/** mulberry32: small, fast, good enough to pick mutations reproducibly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PUBLIC_CORPUS = resolve(import.meta.dirname, '../../fixtures/public');

/** The public corpus PDFs (real invoices and the deliberately broken Factur-X `caslimites-*`), smallest first. */
export function corpusFiles(dir = PUBLIC_CORPUS): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pdf'))
      .map((name) => join(dir, name))
      .sort((a, b) => readFileSync(a).length - readFileSync(b).length || a.localeCompare(b));
  } catch {
    return [];
  }
}

/** Text a hostile invoice may carry: markup, script, control characters. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '\x01\x02\x07\x08\x1b[31m\x7f',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
  '__proto__',
];

function hostileTextPdf(): Uint8Array {
  const long = 'A'.repeat(100_000);
  return textPdf([
    invoiceLines({ number: HOSTILE_STRINGS[0], label: HOSTILE_STRINGS[1], engagement: '<b>2401234</b>' }),
    [...HOSTILE_STRINGS, `Facture n\xb0 ${long}`, `Total TTC : ${'9'.repeat(5000)},00 EUR`, long],
  ]);
}

/** /Count claims a million pages; only one exists. */
function hugeCountPdf(): Uint8Array {
  return textPdf([invoiceLines()], { countOverride: 1_000_000 });
}

/** 5000 real, tiny pages sharing one content stream; the totals on the last one. */
function manyPagesPdf(pageCount = 5000): Uint8Array {
  const objects: RawObject[] = [
    { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { id: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    { id: 4, body: stream('BT /F1 10 Tf 40 800 Td (Suite des prestations, page suivante) Tj ET') },
    { id: 5, body: stream(`BT /F1 10 Tf 12 TL 40 800 Td ${invoiceLines().map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET`) },
  ];
  const kids: string[] = [];
  for (let index = 0; index < pageCount; index++) {
    const id = 6 + index;
    kids.push(`${id} 0 R`);
    objects.push({ id, body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${index === pageCount - 1 ? 5 : 4} 0 R >>` });
  }
  objects.push({ id: 2, body: `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pageCount} >>` });
  objects.sort((a, b) => a.id - b.id);
  return writePdf(objects, { rootId: 1 });
}

/** `depth` nested arrays inside the page dictionary (and, for `dict`, nested dictionaries). */
function deepNestingPdf(depth: number, kind: 'array' | 'dict' | 'content'): Uint8Array {
  const lines = invoiceLines();
  if (kind === 'content') {
    // 100k nested graphics states in the content stream, text in the middle.
    const content = `${'q '.repeat(depth)}BT /F1 10 Tf 12 TL 40 800 Td ${lines.map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET ${'Q '.repeat(depth)}`;
    return writePdf(
      [
        { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
        { id: 2, body: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>' },
        { id: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
        { id: 4, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>' },
        { id: 5, body: stream(content) },
      ],
      { rootId: 1 },
    );
  }
  const nested = kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}`;
  return textPdf([lines], { pagesExtra: `/Deep ${nested}` });
}

let spaces50: Uint8Array | undefined;

/** Content streams that inflate from ~50 KB each to `megabytes` MB in all (50 MB apiece, one compressed chunk reused). */
function deflateBombPdf(megabytes: number): Uint8Array {
  spaces50 ??= deflateSync(new Uint8Array(50 * 1024 * 1024).fill(0x20), { level: 9 });
  const count = Math.max(1, Math.round(megabytes / 50));
  const text = latin1(`BT /F1 10 Tf 12 TL 40 800 Td ${invoiceLines().map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET\n`);
  const bombs: RawObject[] = Array.from({ length: count }, (_, index) => ({ id: 10 + index, body: stream(spaces50!, '/Filter /FlateDecode') }));
  return writePdf(
    [
      { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { id: 2, body: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>' },
      { id: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      { id: 4, body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents [6 0 R ${bombs.map((bomb) => `${bomb.id} 0 R`).join(' ')}] >>` },
      { id: 6, body: stream(text) },
      ...bombs,
    ],
    { rootId: 1 },
  );
}

/** Standard security handler whose /U cannot match the empty password: a reader must ask for one. */
function encryptedPdf(): Uint8Array {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, index) => ((index * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return textPdf([invoiceLines()], {
    extraObjects: [{ id: 90, body: `<< /Filter /Standard /V 1 /R 2 /O <${hex(1)}> /U <${hex(2)}> /P -44 >>` }],
    trailerExtra: `/Encrypt 90 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>]`,
  });
}

/** A page with a drawn rectangle and no text: what a scan looks like to a text reader. */
function imageOnlyPdf(): Uint8Array {
  return writePdf(
    [
      { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { id: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { id: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>' },
      { id: 4, body: stream('0.5 g 40 40 515 760 re f') },
    ],
    { rootId: 1 },
  );
}

/** Kids that point back at their parent. */
function pageTreeCyclePdf(): Uint8Array {
  return writePdf(
    [
      { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { id: 2, body: '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>' },
      { id: 3, body: '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>' },
    ],
    { rootId: 1 },
  );
}

/** Two xref sections, each object written twice with different bodies, /Prev pointing at itself. */
function duplicatedXrefPdf(): Uint8Array {
  const base = textPdf([invoiceLines()]);
  const text = new TextDecoder('latin1').decode(base);
  const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
  const duplicate = latin1(
    `4 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>\nendobj\n` +
      `1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n`,
  );
  const tailOffset = base.length + duplicate.length;
  const trailer = latin1(`xref\n0 2\n0000000000 65535 f \n${String(base.length + duplicate.length - 40).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${tailOffset} /XRefStm ${startxref} >>\nstartxref\n${tailOffset}\n%%EOF\n`);
  return concat([base, duplicate, trailer]);
}

/** A stream whose /Length claims a gigabyte, and a cross-reference table that points nowhere. */
function lyingLengthsPdf(): Uint8Array {
  const good = new TextDecoder('latin1').decode(textPdf([invoiceLines()]));
  return latin1(good.replace(/\/Length \d+/g, '/Length 999999999').replace(/(\d{10}) 00000 n/g, (_, offset: string) => `${String(Number(offset) * 7).padStart(10, '0')} 00000 n`));
}

/** An embedded factur-x.xml that is a billion-laughs entity bomb. */
function xmlBombPdf(): Uint8Array {
  let entities = '<!ENTITY a0 "lol">';
  for (let index = 1; index < 10; index++) entities += `<!ENTITY a${index} "${`&a${index - 1};`.repeat(10)}">`;
  const xml = `<?xml version="1.0"?><!DOCTYPE r [${entities}]><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><rsm:ExchangedDocument><ram:ID xmlns:ram="x">&a9;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`;
  return buildAttachment('factur-x.xml', latin1(xml));
}

/** An embedded factur-x.xml whose elements nest 50k deep. */
function deepXmlPdf(): Uint8Array {
  const xml = latin1(`<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</rsm:CrossIndustryInvoice>`);
  return buildAttachment('factur-x.xml', xml);
}

export function buildAttachment(name: string, content: Uint8Array): Uint8Array {
  const lines = invoiceLines();
  return writePdf(
    [
      { id: 1, body: '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 8 0 R >> /AF [7 0 R] >>' },
      { id: 2, body: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>' },
      { id: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      { id: 4, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>' },
      { id: 5, body: stream(`BT /F1 10 Tf 12 TL 40 800 Td ${lines.map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET`) },
      { id: 6, body: stream(content, '/Type /EmbeddedFile /Subtype /text#2Fxml') },
      { id: 7, body: `<< /Type /Filespec /F ${pdfString(name)} /UF ${pdfString(name)} /EF << /F 6 0 R >> /AFRelationship /Data >>` },
      { id: 8, body: `<< /Names [${pdfString(name)} 7 0 R] >>` },
    ],
    { rootId: 1 },
  );
}

function randomBytes(next: () => number, length: number, header = ''): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = Math.floor(next() * 256);
  if (header) bytes.set(latin1(header));
  return bytes;
}

/** Hand-written hostile files. `heavy` adds the slow ones (5000 pages, 100k nesting, bombs, 50 MB). */
export function generatedCases(options: { heavy: boolean; seed: number }): FuzzCase[] {
  const next = random(options.seed ^ 0x5eed);
  const cases: FuzzCase[] = [
    { name: 'empty file', family: 'generated:edge', bytes: () => new Uint8Array(0), expect: 'empty' },
    { name: 'header only', family: 'generated:edge', bytes: () => latin1('%PDF-1.7\n') },
    { name: 'not a pdf (text)', family: 'generated:edge', bytes: () => latin1('Facture n° 12\nTotal 100 EUR\n'), expect: 'not-pdf' },
    { name: 'not a pdf (html with script)', family: 'generated:edge', bytes: () => latin1('<html><script>alert(1)</script></html>'), expect: 'not-pdf' },
    { name: 'random 4 KB', family: 'generated:random', bytes: () => randomBytes(next, 4096), expect: 'not-pdf' },
    { name: 'random 64 KB after a PDF header', family: 'generated:random', bytes: () => randomBytes(next, 65_536, '%PDF-1.4\n') },
    { name: 'valid tiny invoice', family: 'generated:valid', bytes: () => textPdf([invoiceLines()]), expect: 'ok' },
    { name: 'hostile text (markup, script, control characters, 100k-character lines)', family: 'generated:hostile-text', bytes: hostileTextPdf, expect: 'ok' },
    { name: '/Count claims 1e6 pages', family: 'generated:pages', bytes: hugeCountPdf },
    { name: 'deep nesting: 10k arrays', family: 'generated:nesting', bytes: () => deepNestingPdf(10_000, 'array') },
    { name: 'deep nesting: 10k dictionaries', family: 'generated:nesting', bytes: () => deepNestingPdf(10_000, 'dict') },
    { name: 'page tree cycle', family: 'generated:structure', bytes: pageTreeCyclePdf },
    { name: 'duplicated xref and objects, /Prev loop', family: 'generated:structure', bytes: duplicatedXrefPdf },
    { name: 'lying /Length and xref offsets', family: 'generated:structure', bytes: lyingLengthsPdf },
    { name: 'encrypted (password needed)', family: 'generated:encrypted', bytes: encryptedPdf, expect: 'encrypted' },
    { name: 'image only (no text)', family: 'generated:no-text', bytes: imageOnlyPdf, expect: 'no-text' },
    { name: 'factur-x.xml is a billion-laughs bomb', family: 'generated:xml', bytes: xmlBombPdf },
    { name: 'factur-x.xml nested 50k deep', family: 'generated:xml', bytes: deepXmlPdf },
    { name: '50 MB file', family: 'generated:size', bytes: () => concat([textPdf([invoiceLines()]), new Uint8Array(50 * 1024 * 1024)]), expect: 'too-large' },
  ];
  if (options.heavy) {
    cases.push(
      { name: '5000 real tiny pages', family: 'generated:pages', bytes: () => manyPagesPdf(5000) },
      { name: 'deep nesting: 100k arrays', family: 'generated:nesting', bytes: () => deepNestingPdf(100_000, 'array') },
      { name: 'deep nesting: 100k dictionaries', family: 'generated:nesting', bytes: () => deepNestingPdf(100_000, 'dict') },
      { name: 'deep nesting: 100k graphics states', family: 'generated:nesting', bytes: () => deepNestingPdf(100_000, 'content') },
      { name: 'deflate bomb: 100 KB → 200 MB content', family: 'generated:bomb', bytes: () => deflateBombPdf(200) },
      { name: '19 MB of padding after the header (every offset shifted)', family: 'generated:size', bytes: () => concat([textPdf([invoiceLines()]).subarray(0, 20), latin1(`%${'x'.repeat(19 * 1024 * 1024)}\n`), textPdf([invoiceLines()]).subarray(20)]) },
      { name: 'random 1 MB after a PDF header', family: 'generated:random', bytes: () => randomBytes(next, 1024 * 1024, '%PDF-1.7\n') },
    );
  }
  return cases;
}

export const MUTATIONS = ['bit-flips', 'truncate', 'splice-garbage', 'duplicate-chunk', 'delete-chunk', 'zero-run', 'digits', 'keywords'] as const;
export type Mutation = (typeof MUTATIONS)[number];

const KEYWORDS = ['obj', 'endobj', 'stream', 'endstream', 'xref', 'trailer', 'startxref', '/Length', '/Count', '/Kids', '/Root', '/Filter', 'R', '<<', '>>', '[', ']'];

/** Applies one mutation to a copy of `source`. */
export function mutate(source: Uint8Array, mutation: Mutation, next: () => number): Uint8Array {
  const at = () => Math.floor(next() * source.length);
  const bytes = source.slice();
  switch (mutation) {
    case 'bit-flips': {
      const count = 1 + Math.floor(next() * 64);
      for (let index = 0; index < count; index++) bytes[at()]! ^= 1 << Math.floor(next() * 8);
      return bytes;
    }
    case 'truncate':
      return bytes.slice(0, Math.max(1, at()));
    case 'splice-garbage': {
      const garbage = randomBytes(next, 1 + Math.floor(next() * 4096));
      const position = at();
      return concat([bytes.subarray(0, position), garbage, bytes.subarray(position)]);
    }
    case 'duplicate-chunk': {
      const start = at();
      const chunk = bytes.subarray(start, Math.min(bytes.length, start + 1 + Math.floor(next() * 20_000)));
      const position = at();
      return concat([bytes.subarray(0, position), chunk, chunk, bytes.subarray(position)]);
    }
    case 'delete-chunk': {
      const start = at();
      return concat([bytes.subarray(0, start), bytes.subarray(Math.min(bytes.length, start + 1 + Math.floor(next() * 20_000)))]);
    }
    case 'zero-run': {
      const start = at();
      bytes.fill(0, start, Math.min(bytes.length, start + 1 + Math.floor(next() * 8192)));
      return bytes;
    }
    case 'digits': {
      // Numbers are offsets, lengths, counts, object numbers: change some.
      const text = new TextDecoder('latin1').decode(bytes);
      let changed = 0;
      const out = text.replace(/\d+/g, (digits) => {
        if (next() > 0.02 || changed > 40) return digits;
        changed++;
        const choices = ['0', '-1', '999999999', String(Number(digits) * 2), String(Number(digits) + 1), '1e6'];
        return choices[Math.floor(next() * choices.length)]!;
      });
      return latin1(out);
    }
    case 'keywords': {
      const text = new TextDecoder('latin1').decode(bytes);
      let changed = 0;
      const out = text.replace(/endobj|endstream|stream|obj|xref|trailer|startxref|\/Length|\/Count|\/Kids|\/Root|\/Filter|<<|>>/g, (word) => {
        if (next() > 0.01 || changed > 30) return word;
        changed++;
        return next() < 0.5 ? '' : KEYWORDS[Math.floor(next() * KEYWORDS.length)]!;
      });
      return latin1(out);
    }
  }
}

/** `count` mutated files, drawn in turn from the sources, each with 1–3 stacked mutations. */
export function mutationCases(sources: readonly { name: string; bytes: () => Uint8Array }[], count: number, seed: number): FuzzCase[] {
  const next = random(seed);
  const cases: FuzzCase[] = [];
  for (let index = 0; index < count && sources.length > 0; index++) {
    const source = sources[index % sources.length]!;
    const steps = Array.from({ length: 1 + Math.floor(next() * 3) }, () => MUTATIONS[Math.floor(next() * MUTATIONS.length)]!);
    const caseSeed = Math.floor(next() * 2 ** 32);
    cases.push({
      name: `${source.name} ← ${steps.join(' + ')} #${caseSeed.toString(16)}`,
      family: `mutation:${steps[0]}`,
      bytes: () => {
        const local = random(caseSeed);
        return steps.reduce((bytes, step) => mutate(bytes, step, local), source.bytes());
      },
    });
  }
  return cases;
}

/** Small generated invoices to mutate, besides the public corpus. */
export function generatedSources(): { name: string; bytes: () => Uint8Array }[] {
  return [
    { name: 'generated invoice', bytes: () => textPdf([invoiceLines()]) },
    { name: 'generated hostile invoice', bytes: hostileTextPdf },
    { name: 'generated factur-x', bytes: () => buildAttachment('factur-x.xml', latin1(SAMPLE_CII)) },
  ];
}

export const SAMPLE_CII = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>&lt;script&gt;F-1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20260312</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>SERVICE</ram:BuyerReference>
<ram:SellerTradeParty><ram:Name>Martin</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">73282932000074</ram:ID></ram:SpecifiedLegalOrganization></ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>Ville</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">21420218600011</ram:ID></ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>
<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>2401234</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount><ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount><ram:DuePayableAmount>1200.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;

export interface CaseListSpec {
  seed: number;
  /** Add the slow hand-written cases (5000 pages, 100k nesting, bombs…). */
  heavy: boolean;
  /** How many mutated files. */
  mutations: number;
  /** Use at most this many public corpus files as mutation sources (the smallest first). */
  corpusFiles?: number;
  /** Leave out the hand-written cases whose name contains one of these (known failures reported elsewhere). */
  skip?: string[];
}

/** The full, deterministic list of cases for a spec. */
export function buildCases(spec: CaseListSpec): FuzzCase[] {
  const files = corpusFiles().slice(0, spec.corpusFiles ?? Infinity);
  const sources = [
    ...generatedSources(),
    ...files.map((file) => ({ name: file.split('/').at(-1)!, bytes: () => new Uint8Array(readFileSync(file)) })),
  ];
  const generated = generatedCases({ heavy: spec.heavy, seed: spec.seed }).filter((fuzzCase) => !(spec.skip ?? []).some((part) => fuzzCase.name.includes(part)));
  return [...generated, ...mutationCases(sources, spec.mutations, spec.seed)];
}

/** For the known-limit tests: `depth` nested graphics states around the text. */
export function deepNestingPdfForTest(depth: number): Uint8Array {
  return deepNestingPdf(depth, 'content');
}

/** For the known-limit tests: a content stream that inflates to `megabytes` MB. */
export function deflateBombPdfForTest(megabytes: number): Uint8Array {
  return deflateBombPdf(megabytes);
}
