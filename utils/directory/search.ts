/**
 * Searching the directory by SIRET, SIREN or name, accent-insensitive, as a person types. The index is one text,
 * a line per structure, "\n<folded name>\t<identifier>", sorted by name when the directory is imported: names
 * that start with the query are a run of lines found by binary search, and words elsewhere in a name are found
 * with indexOf, stopping as soon as enough have matched. 200 000 names make ~11 MB.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** "Ville de Saint-Étienne (Œuvres)" → "ville de saint etienne oeuvres". */
export function foldName(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One structure's line of the index (identifiers never hold a tab or a line break: they are trimmed cells). */
export function searchLine(id: string, name: string): string {
  return `\n${foldName(name)}\t${id.replace(/\s/g, '')}`;
}

/** The lines sorted by name, as one text: what an import stores. */
export function sortSearchLines(lines: string[]): string {
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('');
}

export interface SearchOptions {
  /** Results returned, best first. */
  limit?: number;
}

/** Matches beyond the name-prefix ones looked at before ranking them (shortest names first). */
const WORD_CANDIDATES = 200;
/** Enough to tell a rare word from a common one. */
const PIVOT_COUNT_CAP = 3000;

export class SearchIndex {
  private readonly text: string;
  private lineStarts: Uint32Array | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /** Where each line starts (its "\n"), found once, for the binary search. */
  private starts(): Uint32Array {
    if (this.lineStarts) return this.lineStarts;
    let count = 0;
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) count++;
    const starts = new Uint32Array(count);
    let index = 0;
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) starts[index++] = at;
    this.lineStarts = starts;
    return starts;
  }

  private lineAt(start: number): { name: string; id: string; end: number } {
    let end = this.text.indexOf('\n', start + 1);
    if (end < 0) end = this.text.length;
    const tab = this.text.indexOf('\t', start);
    return { name: this.text.slice(start + 1, tab), id: this.text.slice(tab + 1, end), end };
  }

  /**
   * The identifiers of the structures that match, best first. Digits (spaces allowed) search identifiers by their
   * start: a SIREN finds its SIRETs. Words search names: names that start with the query first, then names where
   * every word of the query starts a word, shortest first.
   */
  search(query: string, options: SearchOptions = {}): string[] {
    const limit = options.limit ?? 20;
    const compact = query.replace(/[\s.\u00a0\u202f-]/g, '');
    if (/^\d{3,}$/.test(compact)) return this.searchIdentifiers(compact, limit);
    const folded = foldName(query);
    const words = [...new Set(folded.split(' ').filter(Boolean))];
    if (words.length === 0 || folded.length < 2) return [];

    const found: string[] = [];
    const taken = new Set<number>();
    // 1. Names that start with the query: a run of the sorted lines.
    const starts = this.starts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle]!;
      if (this.text.slice(start + 1, start + 1 + folded.length) < folded) low = middle + 1;
      else high = middle;
    }
    for (let line = low; line < starts.length && found.length < limit; line++) {
      const start = starts[line]!;
      if (!this.text.startsWith(folded, start + 1)) break;
      found.push(this.lineAt(start).id);
      taken.add(start);
    }
    if (found.length >= limit) return found;

    // 2. Every word of the query at the start of a word of the name, anywhere. The rarest word leads: its
    //    occurrences are counted up to a cap, and a word found nowhere ends the search at once.
    const counted = words.map((word) => ({ word, count: this.countUpTo(word, PIVOT_COUNT_CAP) }));
    if (counted.some(({ count }) => count === 0)) return found;
    counted.sort((a, b) => a.count - b.count || b.word.length - a.word.length);
    const pivot = counted[0]!.word;
    const others = counted.slice(1).map(({ word }) => word);
    const candidates: { name: string; id: string }[] = [];
    for (let at = this.text.indexOf(pivot); at >= 0 && candidates.length < WORD_CANDIDATES; at = this.text.indexOf(pivot, at + 1)) {
      const before = this.text.charCodeAt(at - 1);
      if (before !== 32 /* space */ && before !== 10 /* line start */) continue;
      const start = this.text.lastIndexOf('\n', at);
      if (taken.has(start)) continue;
      const line = this.lineAt(start);
      if (at - start - 1 > line.name.length) continue;
      taken.add(start);
      const spaced = ` ${line.name}`;
      if (others.every((word) => spaced.includes(` ${word}`))) candidates.push(line);
      at = line.end - 1;
    }
    candidates.sort((a, b) => wordCount(a.name) - wordCount(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const candidate of candidates) {
      if (found.length >= limit) break;
      found.push(candidate.id);
    }
    return found;
  }

  /** Occurrences of `word` anywhere in the text, counted up to `cap`. */
  private countUpTo(word: string, cap: number): number {
    let count = 0;
    for (let at = this.text.indexOf(word); at >= 0 && count < cap; at = this.text.indexOf(word, at + 1)) count++;
    return count;
  }

  private searchIdentifiers(digits: string, limit: number): string[] {
    const found: string[] = [];
    const needle = `\t${digits}`;
    for (let at = this.text.indexOf(needle); at >= 0 && found.length < limit; at = this.text.indexOf(needle, at + 1)) {
      let end = this.text.indexOf('\n', at);
      if (end < 0) end = this.text.length;
      found.push(this.text.slice(at + 1, end));
    }
    return found;
  }
}

function wordCount(name: string): number {
  let count = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}
