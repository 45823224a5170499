/**
 * Finds the first use of each glossary abbreviation in a run of text, so the page can wrap
 * it in <abbr title="…">. Pure: works on strings; a rehype plugin applies it to articles.
 */
import { escapeRegExp } from './text.ts';

export interface AbbrEntry {
  abbr: string;
  expansion: string;
}

export interface AbbrMatch {
  start: number;
  end: number;
  entry: AbbrEntry;
}

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

interface Prepared {
  pattern: RegExp;
  byAbbr: Map<string, AbbrEntry>;
}

const prepared = new WeakMap<readonly AbbrEntry[], Prepared>();

/**
 * The pattern and lookup for a list of entries, made once per list: a page calls firstUses
 * once per run of text, and every page of a build passes the same glossary.
 */
function prepare(entries: readonly AbbrEntry[]): Prepared {
  let found = prepared.get(entries);
  if (!found) {
    found = { pattern: abbreviationPattern(entries), byAbbr: new Map(entries.map((e) => [e.abbr, e])) };
    prepared.set(entries, found);
  }
  return found;
}

/** Matches in `text` for abbreviations not yet in `seen`; records the ones it returns. */
export function firstUses(text: string, entries: readonly AbbrEntry[], seen: Set<string>): AbbrMatch[] {
  if (entries.length === 0) return [];
  const { pattern, byAbbr } = prepare(entries);
  const matches: AbbrMatch[] = [];
  // matchAll works on a copy of the pattern, so the shared one keeps no lastIndex between calls.
  for (const m of text.matchAll(pattern)) {
    const entry = byAbbr.get(m[0]);
    if (!entry || seen.has(entry.abbr)) continue;
    seen.add(entry.abbr);
    matches.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return matches;
}

/** Elements whose text is left alone: links and headings read better unwrapped. */
const SKIP_TAGS = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'script',
  'style',
  'svg',
  'textarea',
  'title',
]);

/**
 * Wraps the first use of each abbreviation in rendered HTML in <abbr title="…">, outside
 * the elements above. Works on the HTML string, so it does not depend on which Markdown
 * processor rendered it. `seen` carries over between calls on the same page.
 */
export function wrapFirstUsesInHtml(html: string, entries: readonly AbbrEntry[], seen = new Set<string>()): string {
  const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const stack: string[] = [];
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_match, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
      if (m) {
        const name = (m[2] ?? '').toLowerCase();
        const selfClosing =
          tag.endsWith('/>') || ['br', 'img', 'input', 'hr', 'meta', 'link', 'source', 'wbr'].includes(name);
        if (m[1]) {
          const at = stack.lastIndexOf(name);
          if (at >= 0) stack.length = at;
        } else if (!selfClosing) stack.push(name);
      }
      return tag;
    }
    if (!text || stack.some((name) => SKIP_TAGS.has(name))) return text ?? '';
    const matches = firstUses(text, entries, seen);
    let out = '';
    let at = 0;
    for (const match of matches) {
      out += text.slice(at, match.start);
      out += `<abbr title="${escapeAttr(match.entry.expansion)}">${text.slice(match.start, match.end)}</abbr>`;
      at = match.end;
    }
    return out + text.slice(at);
  });
}
