import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, XmlScanner } from '../../../utils/directory/xml-scan.ts';
import { DirectoryError } from '../../../utils/directory/types.ts';

/** Every event as text, the text of every element captured. */
function scan(chunks: string[]): string[] {
  const events: string[] = [];
  const scanner: XmlScanner = new XmlScanner({
    open(name, tag, selfClosing) {
      events.push(`<${name}${selfClosing ? '/' : ''} r=${attribute(tag, 'r') ?? '-'}>`);
      scanner.capturing = true;
    },
    close(name) {
      events.push(`</${name}>`);
    },
    text(text) {
      events.push(`"${text}"`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return events;
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- écrit par un tableur -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1" spans="1:2"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">Saint-&#201;tienne &amp; Cie &lt;42&gt; &#x2014; &quot;ok&quot;</x:t></x:is></x:c><x:c r='B1' s="3" t="str"><x:v><![CDATA[a < b & c]]></x:v></x:c><x:c r="C1"/></x:row></x:sheetData></x:worksheet>`;

describe('the XML scanner', () => {
  const expected = [
    '<worksheet r=->', '<sheetData r=->', '<row r=1>', '<c r=A1>', '<is r=->', '<t r=->',
    '"Saint-Étienne & Cie <42> — "ok""', '</t>', '</is>', '</c>', '<c r=B1>', '<v r=->', '"a < b & c"', '</v>', '</c>',
    '<c/ r=C1>', '</c>', '</row>', '</sheetData>', '</worksheet>',
  ];

  it('reads elements without their prefix, attributes in either quotes, entities, character references and CDATA', () => {
    expect(scan([SHEET])).toEqual(expected);
  });

  it('gives the same events whatever the chunks, even cut inside a tag, an entity or a CDATA section', () => {
    expect(scan(SHEET.split(''))).toEqual(expected);
    for (const size of [2, 3, 7, 13, 64]) {
      const chunks = Array.from({ length: Math.ceil(SHEET.length / size) }, (_, index) => SHEET.slice(index * size, (index + 1) * size));
      expect(scan(chunks)).toEqual(expected);
    }
  });

  it("does not end a tag at a '>' inside a quoted attribute", () => {
    expect(scan(['<sheet name="A > B" r="1"/>'])).toEqual(['<sheet/ r=1>', '</sheet>']);
    expect(attribute('sheet name="A &gt; B" r:id="rId1"', 'name')).toBe('A > B');
    expect(attribute('sheet name="A" r:id="rId1"', 'id')).toBe('rId1');
  });

  it('refuses a DOCTYPE (no entity tricks), an unclosed document and a stray closing tag', () => {
    expect(() => scan(['<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'])).toThrow(DirectoryError);
    expect(() => scan(['<worksheet><row>'])).toThrow(DirectoryError);
    expect(() => scan(['</row>'])).toThrow(DirectoryError);
    expect(() => scan(['<row><c r="A1"'])).toThrow(DirectoryError);
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('a &nbsp; b &#0; c')).toBe('a &nbsp; b &#0; c');
  });
});
