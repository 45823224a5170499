/**
 * Excerpts drawn by the site. A page found through its syllable pairs has matched metadata
 * only, so Pagefind knows no place in the text to show; the site picks the stretch of the
 * page's own text (Pagefind's `content`: the indexed words, one space apart) that holds the
 * most of the query's words, whole phrases counting most, and marks those words. The same
 * for single-word queries, so every hit reads alike. Pure: strings in, parts out.
 */
import { foldDiacritics } from './text.ts';

export interface ExcerptPart {
  text: string;
  /** A word of the query, to draw in <mark>. */
  mark: boolean;
}

/** A heading Pagefind recorded, with the position of the word it starts at. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface Section {
  id: string;
  title: string;
  excerpt: ExcerptPart[];
}

const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;
const fold = (word: string): string => foldDiacritics(word).toLowerCase();

/**
 * For each word of the text, how strongly it answers the query: 0 none, 2 a query word, 4 a
 * query word next to the word that follows or precedes it in the query. The last query word
 * may be unfinished, so it also matches as a prefix, for half: "24" finds "247", but a page
 * that writes "24" holds more of the query.
 */
function matchWeights(folded: readonly string[], query: readonly string[]): number[] {
  const last = query.length - 1;
  type Found = { k: number; exact: boolean };
  const at = (core: string): Found[] => {
    if (!core) return [];
    return query.flatMap((q, k): Found[] =>
      core === q ? [{ k, exact: true }] : k === last && core.startsWith(q) ? [{ k, exact: false }] : [],
    );
  };
  const positions = folded.map(at);
  return positions.map((found, i) => {
    if (found.length === 0) return 0;
    const before = positions[i - 1] ?? [];
    const after = positions[i + 1] ?? [];
    const paired = found.some(({ k }) => before.some((b) => b.k === k - 1) || after.some((a) => a.k === k + 1));
    const exact = found.some((f) => f.exact);
    return (paired ? 4 : 2) / (exact ? 1 : 2);
  });
}

/**
 * A page's text read for one query, once: its words, each word folded without the punctuation
 * around it, and how strongly each answers the query. Ordering, excerpt and sections all read it.
 */
export interface PageText {
  words: string[];
  folded: string[];
  weights: number[];
  query: readonly string[];
}

export function pageText(content: string, query: readonly string[]): PageText {
  const words = content.split(' ');
  const folded = words.map((w) => fold(EDGE.exec(w)?.[2] ?? w));
  return { words, folded, weights: matchWeights(folded, query), query };
}

/** Words [from, to) as parts, the query's words marked (without the punctuation around them). */
function parts(words: readonly string[], weights: readonly number[], from: number, to: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const previous = out[out.length - 1];
    if (previous && previous.mark === mark && !mark) previous.text += text;
    else out.push({ text, mark });
  };
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    const separator = i > from ? ' ' : '';
    if (weights[i]! > 0) {
      const [, lead = '', core = '', trail = ''] = EDGE.exec(word) ?? [];
      push(separator + lead, false);
      push(core, true);
      push(trail, false);
    } else push(separator + word, false);
  }
  return out;
}

/**
 * Where the window of `length` words in [from, to) with the highest total weight starts (the
 * earliest on ties), moved so that its matched words sit in its middle: a reader sees some
 * text before the first marked word.
 */
function bestWindow(weights: readonly number[], length: number, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < Math.min(to, from + length); i++) sum += weights[i]!;
  let best = sum;
  let start = from;
  for (let s = from + 1; s + length <= to; s++) {
    sum += weights[s + length - 1]! - weights[s - 1]!;
    if (sum > best) {
      best = sum;
      start = s;
    }
  }
  const end = Math.min(to, start + length);
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    if (weights[i]! === 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return start;
  const centred = first - Math.floor((length - (last - first + 1)) / 2);
  return Math.max(from, Math.min(centred, to - length));
}

/**
 * How a page's text holds the query, to order pages that tie: the longest run of the query's
 * words it writes in the query's order (the last word typed in full counting whole, as the
 * start of a longer word half), how many times it writes a run that long, and how many of the
 * query's words it holds in all, phrases counting double.
 */
export function mentions(text: PageText): [longest: number, times: number, words: number] {
  const { folded, query } = text;
  const last = query.length - 1;
  // How much the word at i counts as query word k: 1, ½ for the start of a longer word, or 0.
  const credit = (i: number, k: number): number => {
    const word = folded[i];
    const q = query[k];
    if (word === undefined || q === undefined || !word) return 0;
    if (word === q) return 1;
    return k === last && word.startsWith(q) ? 0.5 : 0;
  };
  let longest = 0;
  let times = 0;
  for (let i = 0; i < folded.length; i++) {
    for (let k = 0; k < query.length; k++) {
      let run = 0;
      for (let j = 0; k + j < query.length; j++) {
        const c = credit(i + j, k + j);
        if (c === 0) break;
        run += c;
        if (c < 1) break;
      }
      if (run > longest) [longest, times] = [run, 1];
      else if (run === longest && run > 0) times++;
    }
  }
  return [longest, times, text.weights.reduce((sum, w) => sum + w, 0)];
}

/**
 * Results in the order to show them: by score, and where scores tie (Pagefind counts a field
 * once however often a page holds a term, and gives no bonus to a term typed in full), the page
 * whose text holds more of the query, in order, first (see mentions). Stable otherwise.
 */
export function orderTies<T>(items: readonly T[], score: (item: T) => number, text: (item: T) => PageText): T[] {
  const ranked = items.map((item, at) => ({ item, at, score: score(item), held: mentions(text(item)) }));
  const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  const byHold = (a: readonly number[], b: readonly number[]) => a.reduce((order, x, i) => order || (b[i] ?? 0) - x, 0);
  return ranked
    .sort((a, b) => (tie(a.score, b.score) ? byHold(a.held, b.held) || a.at - b.at : b.score - a.score))
    .map((r) => r.item);
}

/** The best excerpt of about `length` words from the page's text for its query. */
export function excerpt(text: PageText, length: number): ExcerptPart[] {
  const { words, weights } = text;
  const start = bestWindow(weights, length, 0, words.length);
  return parts(words, weights, start, Math.min(words.length, start + length));
}

/**
 * The page's headed sections (h2–h6 with an id) that hold query words, the best first, each
 * with its own excerpt; what a hit lists under its title as links into the page.
 */
export function sections(text: PageText, anchors: readonly Anchor[], length: number): Section[] {
  const { words, weights } = text;
  const headings = anchors.filter((a) => /^h[2-6]$/u.test(a.element) && a.id).sort((a, b) => a.location - b.location);
  return headings
    .map((heading, i) => {
      const from = heading.location;
      const to = Math.min(words.length, headings[i + 1]?.location ?? words.length);
      let score = 0;
      for (let k = from; k < to; k++) score += weights[k]!;
      const start = bestWindow(weights, length, from, to);
      return {
        score,
        from,
        section: {
          id: heading.id,
          title: heading.text,
          excerpt: parts(words, weights, start, Math.min(to, start + length)),
        },
      };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.from - b.from)
    .map((s) => s.section);
}
