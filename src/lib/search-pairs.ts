/**
 * Syllable pairs. Vietnamese meaning lives in pairs of syllables ("an ninh", "hòa giải",
 * "Đà Bắc"), while Pagefind matches each syllable on its own. So the index also carries every
 * adjacent pair of a page's syllables as one token, and a query of two or more syllables asks
 * for its pairs: a page must then hold the phrase, not merely its syllables somewhere, and the
 * index chunks a query loads are those of its pairs, far smaller than those of common
 * syllables such as "an" or "to".
 *
 * A pair token is "þ" + first + "0" + second, folded (no marks, đ → d, lower case):
 * "an ninh" → `þan0ninh`. Letters and digits only, so Pagefind keeps it one word. The leading
 * "þ", a letter no Vietnamese text uses, keeps pair tokens together in the index, apart from
 * the syllables a one-word query looks up by prefix; and it keeps Pagefind from reading a pair
 * that no page holds as a real word: for a term with no word that starts with it, Pagefind
 * falls back to the longest word the term starts with, and with a digit in front that was
 * "0", the number zero, on every page that writes "4.0". Pure: no DOM, no fs, no Astro.
 */
import { foldDiacritics } from './text.ts';
import { foldedWords, plainWords, WORD, type Abbreviation } from './search-text.ts';

const PAIR_START = 'þ';
const PAIR_JOIN = '0';

/** The token for two adjacent folded syllables. */
export function pairToken(first: string, second: string): string {
  return `${PAIR_START}${first}${PAIR_JOIN}${second}`;
}

/** The pair tokens of a run of folded syllables, in order: [a, b, c] → [þa0b, þb0c]. */
export function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(pairToken(words[i]!, words[i + 1]!));
  return pairs;
}

/**
 * Where a phrase stops pairing: the end of a sentence. Commas, colons and brackets do not
 * stop it, as readers type "an ninh trat tu" for "an ninh, trật tự" and "bac kan nam nam"
 * for "Bắc Kạn: năm năm…". A dot inside a number ("1.224", "4.0") is not a sentence end.
 */
const SENTENCE_END = /[.!?;…]+(?=\s|$)/u;

/** Text split into the runs of words that pair: sentences, and lines. */
export function pairRuns(text: string): string[] {
  return text.split(/\n/u).flatMap((line) => line.split(SENTENCE_END));
}

interface Alternative {
  /** The words to look for: case-sensitive (abbreviations, folded with case kept) or lower case. */
  find: readonly string[];
  caseSensitive: boolean;
  /** What they may also be read as, lower case and folded. */
  readAs: readonly string[];
}

const foldedWithCase = (text: string): string[] => foldDiacritics(text).match(WORD) ?? [];
const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());

/**
 * Pair tokens of a page's text, with the glossary applied both ways: where the text writes an
 * abbreviation ("bảo vệ ANTT ở") it also pairs as if spelled out ("ve an", "an ninh", …,
 * "tu o"), and where it spells one out ("an ninh, trật tự tại") it also pairs as abbreviated
 * ("antt tai"). So "to bao ve an ninh trat tu" and "to bao ve antt" both find "Tổ bảo vệ
 * ANTT". An abbreviation counts only as written, in capitals ("ANTT", not "antt-4-0").
 * The glossary is prepared once; `pairs` runs once per page.
 */
export class PairMaker {
  /** Alternatives by the first word they look for (lower case), so a page is read once. */
  #byFirstWord = new Map<string, Alternative[]>();

  constructor(glossary: readonly Abbreviation[]) {
    for (const entry of glossary) {
      const abbr = foldedWithCase(entry.abbr);
      const phrases = unique([entry.expansion, ...entry.variants].map(foldedWords));
      for (const phrase of phrases) {
        this.#add({ find: abbr, caseSensitive: true, readAs: phrase });
        this.#add({ find: phrase, caseSensitive: false, readAs: lower(abbr) });
      }
    }
  }

  #add(alternative: Alternative): void {
    const first = alternative.find[0]?.toLowerCase();
    if (!first || alternative.readAs.length === 0) return;
    const list = this.#byFirstWord.get(first) ?? [];
    list.push(alternative);
    this.#byFirstWord.set(first, list);
  }

  /** Unique pair tokens of the texts, first seen first. Each text is split into runs first. */
  pairs(texts: Iterable<string>): string[] {
    const seen = new Set<string>();
    const add = (pair: string) => void seen.add(pair);
    for (const text of texts) for (const run of pairRuns(text)) this.#runPairs(run, add);
    return [...seen];
  }

  #runPairs(run: string, add: (pair: string) => void): void {
    const cased = foldedWithCase(run);
    if (cased.length === 0) return;
    const words = lower(cased);
    for (const pair of pairsOf(words)) add(pair);
    for (let i = 0; i < words.length; i++) {
      for (const alternative of this.#byFirstWord.get(words[i]!) ?? []) {
        const { find, caseSensitive } = alternative;
        const at = caseSensitive ? cased : words;
        if (i + find.length > words.length || find.some((w, k) => at[i + k] !== w)) continue;
        // The alternative between the words around the match, so its edges pair too.
        const spliced = [
          ...(i > 0 ? [words[i - 1]!] : []),
          ...alternative.readAs,
          ...(i + find.length < words.length ? [words[i + find.length]!] : []),
        ];
        for (const pair of pairsOf(spliced)) add(pair);
      }
    }
  }
}

const makers = new WeakMap<readonly Abbreviation[], PairMaker>();

/** One PairMaker per glossary: every page of a build shares the glossary and its preparation. */
export function pairMakerFor(glossary: readonly Abbreviation[]): PairMaker {
  let maker = makers.get(glossary);
  if (!maker) {
    maker = new PairMaker(glossary);
    makers.set(glossary, maker);
  }
  return maker;
}

function unique(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = list.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A query's words, side by side: the same word at the same index in both lists. */
export interface QueryWords {
  /** As typed, normalised (NFC, one tone placement) and lower case: Pagefind's own syllable search. */
  typed: string[];
  /** Folded (no marks, đ → d): what pair tokens are made of. */
  folded: string[];
}

export function queryWords(input: string): QueryWords {
  const typed = plainWords(input);
  // Folding never splits or joins a word, so each typed word folds to exactly one.
  return { typed, folded: typed.map((w) => foldDiacritics(w)) };
}

/**
 * The Pagefind query for one reading of the words: `breaks` holds the gaps (gap i lies between
 * word i and word i + 1) where one phrase ends and the next begins. A phrase of two or more
 * words is asked as its pair tokens; a phrase of one word as the word itself, which Pagefind
 * matches as a syllable. Pagefind matches every term as a prefix, so the last word, still
 * being typed, keeps working: "to an ninh nh" asks for `þninh0nh`, which `þninh0nhan` starts.
 */
export function readingTerms(words: QueryWords, breaks: ReadonlySet<number> = new Set()): string {
  const terms: string[] = [];
  let start = 0;
  for (let i = 0; i < words.folded.length; i++) {
    if (i < words.folded.length - 1 && !breaks.has(i)) continue;
    const phrase = words.folded.slice(start, i + 1);
    if (phrase.length === 1) terms.push(words.typed[start]!);
    else terms.push(...pairsOf(phrase));
    start = i + 1;
  }
  return terms.join(' ');
}
