/**
 * The local PDF reader (pdf-reader.html) is web-accessible so that the assistant can frame it on Chorus Pro. In
 * Firefox (MV2) any site could frame it: it must answer nobody but a Chorus Pro page, and only well-formed requests.
 */
import { describe, expect, it } from 'vitest';
import { READER_CHANNEL, readerMessageSchema, readRequestSchema } from '../../../utils/pdf-reader/protocol.ts';
import { isChorusProUrl } from '../../../utils/portal/hosts.ts';

/** What the reader frame accepts a request from. */
const isChorusProOrigin = (origin: string) => isChorusProUrl(origin, { httpsOnly: true });

describe('the PDF reader answers Chorus Pro pages only', () => {
  it('accepts the portal and its subdomains over HTTPS', () => {
    for (const origin of ['https://chorus-pro.gouv.fr', 'https://portail.chorus-pro.gouv.fr', 'https://qualif.portail.chorus-pro.gouv.fr']) expect(isChorusProOrigin(origin), origin).toBe(true);
  });

  it('refuses look-alike hosts, plain HTTP, opaque and extension origins', () => {
    for (const origin of [
      'http://chorus-pro.gouv.fr',
      'http://portail.chorus-pro.gouv.fr',
      'https://chorus-pro.gouv.fr.evil.example',
      'https://evilchorus-pro.gouv.fr',
      'https://chorus-pro-gouv.fr',
      'https://chorus-pro.gouv.fr@evil.example',
      'https://xn--chorus-pro-.gouv.fr',
      'null',
      '',
      'file://',
      'chrome-extension://abcdefghijklmnop',
      'moz-extension://0b1c2d3e-0000-4000-8000-000000000000',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
    ]) {
      expect(isChorusProOrigin(origin), origin).toBe(false);
    }
  });

  it('reads nothing but a read request with the bytes of one file', () => {
    const bytes = new ArrayBuffer(8);
    expect(readRequestSchema.safeParse({ channel: READER_CHANNEL, type: 'read', id: 1, bytes }).success).toBe(true);
    for (const request of [
      { channel: 'other', type: 'read', id: 1, bytes },
      { channel: READER_CHANNEL, type: 'read', id: 1, bytes: 'https://evil.example/a.pdf' },
      { channel: READER_CHANNEL, type: 'read', id: 1, bytes: { url: 'https://evil.example/a.pdf' } },
      { channel: READER_CHANNEL, type: 'fetch', id: 1, bytes },
      { channel: READER_CHANNEL, type: 'read', id: '1', bytes },
      null,
      '<script>',
    ]) {
      expect(readRequestSchema.safeParse(request).success, JSON.stringify(request)).toBe(false);
    }
  });

  it('accepts from the frame only results shaped as the contract says (the page never trusts extra data)', () => {
    const good = { channel: READER_CHANNEL, type: 'result', id: 1, result: { ok: true, source: 'text', fields: { invoiceNumber: 'F-1' }, ms: 3 } };
    expect(readerMessageSchema.safeParse(good).success).toBe(true);
    expect(readerMessageSchema.safeParse({ ...good, result: { ok: false, error: { code: 'pwned', message: '<b>x</b>' }, ms: 1 } }).success).toBe(false);
    expect(readerMessageSchema.safeParse({ ...good, result: { ...good.result, fields: { invoiceNumber: { toString: 'x' } } } }).success).toBe(false);
  });
});
