/**
 * Searching the directory by SIRET, SIREN or name, accent-insensitive, as a person types. The index is one text:
 * a line per structure, "\n<identifier>\t<folded name>", scanned with indexOf — 200 000 names fit in ~10 MB and a
 * query answers in milliseconds, with nothing to build when the page opens but loading that text.
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

/** One structure's line of the index. Identifiers never hold a tab or a line break (they are trimmed cells). */
export function searchLine(id: string, name: string): string {
  return `\n${id.replace(/\s/g, '')}\t${foldName(name)}`;
}

export interface SearchOptions {
  /** Results returned, best first. */
  limit?: number;
  /** Matching lines looked at before ranking: a word in thousands of names stops early. */
  maxCandidates?: number;
}

interface Candidate {
  id: string;
  name: string;
}

/**
 * The identifiers of the structures that match, best first. Digits (spaces allowed) search identifiers by their
 * start: a SIREN finds its SIRETs. Words search names: every word must start a word of the name, in any order.
 */
export function searchIndex(index: string, query: string, options: SearchOptions = {}): string[] {
  const limit = options.limit ?? 20;
  const maxCandidates = options.maxCandidates ?? 2000;
  const compact = query.replace(/[\s.\u00a0\u202f-]/g, '');
  if (/^\d{3,}$/.test(compact)) return searchIdentifiers(index, compact, limit);
  const words = [...new Set(foldName(query).split(' ').filter(Boolean))];
  if (words.length === 0 || words.every((word) => word.length < 2)) return [];
  // The longest word has the fewest occurrences to walk through.
  const [pivot, ...others] = [...words].sort((a, b) => b.length - a.length);
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  for (let at = index.indexOf(pivot!); at >= 0 && candidates.length < maxCandidates; at = index.indexOf(pivot!, at + 1)) {
    const before = index.charCodeAt(at - 1);
    if (before !== 32 /* space */ && before !== 9 /* tab */) continue;
    const lineStart = index.lastIndexOf('\n', at);
    if (seen.has(lineStart)) continue;
    seen.add(lineStart);
    let lineEnd = index.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = index.length;
    const tab = index.indexOf('\t', lineStart);
    if (tab < 0 || tab > at) continue;
    const name = index.slice(tab + 1, lineEnd);
    const spaced = ` ${name}`;
    if (others.every((word) => spaced.includes(` ${word}`))) candidates.push({ id: index.slice(lineStart + 1, tab), name });
  }
  const first = words[0]!;
  const rank = (candidate: Candidate) =>
    (candidate.name === words.join(' ') ? 0 : candidate.name.startsWith(first) ? 1 : 2) * 1000 + candidate.name.split(' ').length;
  return candidates
    .map((candidate) => ({ candidate, score: rank(candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.name.localeCompare(b.candidate.name))
    .slice(0, limit)
    .map(({ candidate }) => candidate.id);
}

function searchIdentifiers(index: string, digits: string, limit: number): string[] {
  const found: string[] = [];
  const needle = `\n${digits}`;
  for (let at = index.indexOf(needle); at >= 0 && found.length < limit; at = index.indexOf(needle, at + 1)) {
    const tab = index.indexOf('\t', at);
    if (tab > at) found.push(index.slice(at + 1, tab));
  }
  return found;
}
