/**
 * Finds the first use of each glossary abbreviation in a run of text, so the page can wrap
 * it in <abbr title="…">. Pure: works on strings; a rehype plugin applies it to articles.
 */
export interface AbbrEntry {
  abbr: string;
  expansion: string;
}

export interface AbbrMatch {
  start: number;
  end: number;
  entry: AbbrEntry;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher over all abbreviations, longest first ("BCĐ 138" before "BCĐ"), matching
 * whole words only: "ANTT" in "ANTTQ" does not count.
 */
export function abbreviationPattern(entries: readonly AbbrEntry[]): RegExp {
  const alternatives = [...entries]
    .map((e) => e.abbr)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Matches in `text` for abbreviations not yet in `seen`; records the ones it returns. */
export function firstUses(text: string, entries: readonly AbbrEntry[], seen: Set<string>): AbbrMatch[] {
  if (entries.length === 0) return [];
  const byAbbr = new Map(entries.map((e) => [e.abbr, e]));
  const matches: AbbrMatch[] = [];
  for (const m of text.matchAll(abbreviationPattern(entries))) {
    const entry = byAbbr.get(m[0]);
    if (!entry || seen.has(entry.abbr)) continue;
    seen.add(entry.abbr);
    matches.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return matches;
}
