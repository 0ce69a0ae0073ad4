import { DirectoryError } from './types.ts';

/**
 * A streaming scanner for the XML a spreadsheet program writes (sheets, shared strings, workbook parts): tags,
 * attributes and text, found with indexOf rather than character by character. A directory sheet is ~150 MB of
 * XML; a general SAX parser (saxes, measured here at 12–27 MB/s) spent most of the import there, this scanner a
 * few times less. It reads what these parts contain — elements, attributes, text with the five XML entities and
 * character references, CDATA, comments, processing instructions — and refuses a DOCTYPE (no entity expansion).
 */

export interface XmlEvents {
  /** `name` without its namespace prefix; `tag` the text between < and > for attribute look-ups. */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text of the current element, entities decoded; delivered only while `capturing` is true. */
  text?(text: string): void;
}

const DAMAGED = "Ce classeur Excel est endommagé (XML illisible). Téléchargez-le de nouveau, puis réessayez.";
/** A text run or a tag longer than this is not a spreadsheet's. */
const MAX_PENDING = 16 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value in a tag's text (`r`, `t`, `name`…), prefix ignored, entities decoded. */
export function attribute(tag: string, name: string): string | undefined {
  // The usual form first: ` r="A2"`.
  const plain = tag.indexOf(` ${name}="`);
  if (plain >= 0) {
    const start = plain + name.length + 3;
    const end = tag.indexOf('"', start);
    if (end >= 0) return decodeEntities(tag.slice(start, end));
  }
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const found = pattern.exec(tag);
  return found ? decodeEntities(found[1] ?? found[2] ?? '') : undefined;
}

const PLAIN_ATTRIBUTES = new Set(['c', 'row', 'v', 't', 'si', 'r', 'is', 'f']);

/** One-letter names (c, v, t, r, f) are most of a sheet's tags: the same string each time, no allocation. */
const ONE_LETTER = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

function nameOf(buffer: string, start: number, end: number): string {
  if (end - start === 1) {
    const code = buffer.charCodeAt(start);
    if (code < 128) return ONE_LETTER[code]!;
  }
  return buffer.slice(start, end);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 /* / */ || code === 62 /* > */;
}

export class XmlScanner {
  /** Set by the events: text is kept only while true. */
  capturing = false;
  private buffer = '';
  private position = 0;
  private pendingText = '';
  private depth = 0;
  private readonly events: XmlEvents;

  constructor(events: XmlEvents) {
    this.events = events;
  }

  write(chunk: string): void {
    this.buffer = this.position < this.buffer.length ? this.buffer.slice(this.position) + chunk : chunk;
    this.position = 0;
    this.scan();
    if (this.buffer.length - this.position > MAX_PENDING) throw new DirectoryError('damaged', DAMAGED);
  }

  /** The end of the document: anything left open or unfinished is damage. */
  end(): void {
    this.scan();
    if (this.buffer.slice(this.position).trim() !== '' || this.depth !== 0) throw new DirectoryError('damaged', DAMAGED);
    this.flushText();
  }

  private flushText(): void {
    if (this.pendingText !== '') {
      this.events.text?.(this.pendingText);
      this.pendingText = '';
    }
  }

  private scan(): void {
    const buffer = this.buffer;
    let position = this.position;
    for (;;) {
      const lt = buffer.indexOf('<', position);
      // Text up to the next tag; without one, the text may go on in the next chunk (an entity may be cut).
      if (lt < 0) break;
      if (lt > position && this.capturing) this.pendingText += decodeEntities(buffer.slice(position, lt));
      const next = buffer.charCodeAt(lt + 1);
      if (Number.isNaN(next)) {
        position = lt;
        break;
      }
      if (next === 33 /* ! */) {
        if (buffer.startsWith('<!--', lt)) {
          const end = buffer.indexOf('-->', lt + 4);
          if (end < 0) {
            position = lt;
            break;
          }
          position = end + 3;
          continue;
        }
        if (buffer.startsWith('<![CDATA[', lt)) {
          const end = buffer.indexOf(']]>', lt + 9);
          if (end < 0) {
            position = lt;
            break;
          }
          if (this.capturing) this.pendingText += buffer.slice(lt + 9, end);
          position = end + 3;
          continue;
        }
        if (buffer.length - lt < 9) {
          position = lt;
          break;
        }
        // <!DOCTYPE and the like: never in a spreadsheet part, and a way to smuggle entities in.
        throw new DirectoryError('damaged', DAMAGED);
      }
      if (next === 63 /* ? */) {
        const end = buffer.indexOf('?>', lt + 2);
        if (end < 0) {
          position = lt;
          break;
        }
        position = end + 2;
        continue;
      }
      let end = buffer.indexOf('>', lt + 1);
      if (end < 0) {
        position = lt;
        break;
      }
      // The element's name, its namespace prefix dropped ("x:row" → "row").
      let nameStart = next === 47 ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      for (; nameEnd < end; nameEnd++) {
        const code = buffer.charCodeAt(nameEnd);
        if (isNameEnd(code)) break;
        if (code === 58 /* : */) nameStart = nameEnd + 1;
      }
      if (nameEnd === nameStart) throw new DirectoryError('damaged', DAMAGED);
      const name = nameOf(buffer, nameStart, nameEnd);
      if (next === 47) {
        this.flushText();
        this.depth--;
        if (this.depth < 0) throw new DirectoryError('damaged', DAMAGED);
        this.events.close(name);
        position = end + 1;
        continue;
      }
      // A '>' inside a quoted attribute value does not end the tag. The cells' and rows' attributes (references,
      // types, styles) never hold one: their tags, nine in ten, skip the check.
      if (!PLAIN_ATTRIBUTES.has(name)) {
        while (!quotesBalanced(buffer, lt + 1, end)) {
          end = buffer.indexOf('>', end + 1);
          if (end < 0) break;
        }
        if (end < 0) {
          position = lt;
          break;
        }
      }
      const tag = buffer.slice(lt + 1, end);
      const selfClosing = buffer.charCodeAt(end - 1) === 47;
      this.flushText();
      this.events.open(name, tag, selfClosing);
      if (selfClosing) this.events.close(name);
      else this.depth++;
      position = end + 1;
    }
    this.position = position;
  }
}

function quotesBalanced(text: string, from: number, to: number): boolean {
  let quote = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (quote === 0 && (code === 34 || code === 39)) quote = code;
    else if (code === quote) quote = 0;
  }
  return quote === 0;
}
