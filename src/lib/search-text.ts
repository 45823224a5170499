/**
 * Search text: what readers type and what pages offer Pagefind beyond their visible words.
 * Pagefind folds tone and vowel marks itself but keeps đ, and knows nothing about the
 * abbreviations Vietnamese officials write ("ANTT", "BCĐ 138"); this module fills both gaps.
 * Pure: no DOM, no fs, no Astro.
 */
import { escapeRegExp, foldDiacritics, normalizeVietnamese } from './text.ts';

/** One glossary entry, as far as search needs it. */
export interface Abbreviation {
  abbr: string;
  expansion: string;
  variants: readonly string[];
}

/** A word: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** A query as Pagefind should see it: trimmed, single-spaced, NFC, one tone placement. */
export function normalizeQuery(input: string): string {
  return normalizeVietnamese(input.trim().replace(/\s+/gu, ' '));
}

/** Lower-case words with every mark removed and đ → d: "Đà Bắc, BCĐ" → ["da", "bac", "bcd"]. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text).toLowerCase().match(WORD) ?? [];
}

/** Lower-case NFC words, marks kept: "Ban Chỉ đạo" → ["ban", "chỉ", "đạo"]. */
export function plainWords(text: string): string[] {
  return normalizeVietnamese(text).toLowerCase().match(WORD) ?? [];
}

/** Markdown/MDX source → its words: tags, JSX expressions and import lines are dropped. */
export function stripMarkup(source: string): string {
  return source
    .replace(/^\s*(?:import|export)\s.*$/gmu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ');
}

/**
 * True when the text writes the abbreviation as a word of its own, in its own case:
 * "ANTT" in "giữ gìn ANTT" but not in "antt-4-0"; "BCĐ 138" across any spacing.
 */
export function mentionsAbbreviation(text: string, abbr: string): boolean {
  return abbreviationPattern(abbr).test(foldDiacritics(text));
}

const abbreviationPatterns = new Map<string, RegExp>();

/** The abbreviation as a whole word, folded; compiled once per abbreviation, as every page asks. */
function abbreviationPattern(abbr: string): RegExp {
  let pattern = abbreviationPatterns.get(abbr);
  if (!pattern) {
    const words = foldDiacritics(abbr).trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u');
    abbreviationPatterns.set(abbr, pattern);
  }
  return pattern;
}

/** True when `words` contains `phrase` (already folded words) as a contiguous run. */
function containsRun(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the text spells out the entry's expansion or one of its variants, in any case or marks. */
export function mentionsExpansion(text: string, entry: Abbreviation): boolean {
  return spellsOut(foldedWords(text), entry);
}

const foldedPhrases = new Map<string, string[]>();

/** Like mentionsExpansion, on words already folded. Glossary phrases are folded once per build, not once per page. */
function spellsOut(words: readonly string[], entry: Abbreviation): boolean {
  return [entry.expansion, ...entry.variants].some((phrase) => {
    let folded = foldedPhrases.get(phrase);
    if (!folded) {
      folded = foldedWords(phrase);
      foldedPhrases.set(phrase, folded);
    }
    return containsRun(words, folded);
  });
}

/**
 * The words of a phrase that a reader may type: each word folded, and, where it has đ
 * (which Pagefind does not fold), also as written, so "ban chỉ đạo" still meets "BCĐ".
 */
export function typedWords(phrase: string): string[] {
  const plain = plainWords(phrase).filter((w) => /đ/u.test(w));
  return [...new Set([...foldedWords(phrase), ...plain])];
}

/**
 * The hidden search field of a page: its key text folded (so "doan" finds "đoàn"), plus
 * each glossary abbreviation the text uses spelled out, and each expansion it spells out
 * abbreviated ("ANTT" ⇄ "an ninh, trật tự"). Unique words in first-seen order, so the
 * same input always gives the same field.
 *
 * `additions` keeps, of the text's own words, only those Pagefind cannot match by itself
 * (the folded form of words with đ): for text that is also on the page, every other word
 * would only repeat what the page's content already indexes, and at national scale those
 * repeats made up about a quarter of the positions in the index chunks readers download.
 */
export function searchAliases(
  texts: ReadonlyArray<string | null | undefined>,
  glossary: readonly Abbreviation[],
  wordsKept: 'all' | 'additions' = 'all',
): string {
  const present = texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  // Fold once: every glossary entry is tested against the same text, on every page.
  const joined = present.join('\n');
  const folded = foldDiacritics(joined);
  const allWords: string[] = folded.toLowerCase().match(WORD) ?? [];
  const words: string[] =
    wordsKept === 'all'
      ? [...allWords]
      : plainWords(joined)
          .filter((w) => w.includes('đ'))
          .flatMap(foldedWords);
  for (const entry of glossary) {
    if (abbreviationPattern(entry.abbr).test(folded)) {
      words.push(...typedWords(entry.expansion), ...entry.variants.flatMap(typedWords));
    }
    if (spellsOut(allWords, entry)) words.push(...typedWords(entry.abbr));
  }
  return [...new Set(words)].join(' ');
}

/**
 * Metadata fields a page fills for search (src/components/SearchMeta.astro, and `pairs` in
 * src/integrations/pagefind.ts). Pagefind searches every metadata field and boosts a page by
 * each field the query matches, times the field's weight and the square of the share of the
 * query the field holds, so the weights below decide which page a name belongs to.
 */
export const SEARCH_FIELDS = {
  /**
   * The title folded, with its abbreviations both ways ("Hòm thư ANTT 4.0" → "… an ninh trat
   * tu"), and its syllable pairs (search-pairs.ts): a query of two or more words matches the
   * pairs, one of a word and a phrase ("antt benh vien") matches both in this one field.
   */
  foldedTitle: 'folded_title',
  /** Key text folded, with its abbreviations both ways. */
  folded: 'folded',
  /** On a province page only: the unit's own name, as written and folded, and its pairs. */
  place: 'place',
  /** On a model page, instead of folded_title: its name, which is its title, folded, and its pairs. */
  foldedName: 'folded_name',
  /** Syllable pairs of all the text Pagefind indexes on the page. */
  pairs: 'pairs',
} as const;

/**
 * Ranking passed to Pagefind in the browser. `title` keeps Pagefind's default 5; the folded
 * title weighs the same, so a title with đ ("Nam Định") is not outranked when typed without
 * it. Names weigh more than titles: a model's name outweighs an article or report that has it
 * in its title, and a province's own name outweighs the models that carry it in their names.
 * The pairs of a page's text weigh 1, so a page whose title or name holds a phrase comes before
 * pages that only mention it. (Pagefind counts a field once however often it holds a term, so
 * pages that mention a phrase alike tie; a field of the pairs a page repeats would break such
 * ties, but it put pages that repeat one part of a query, in a data table, before pages about
 * the other part: "ban chi dao 138 thanh hoa" went to Nam Định's article.)
 */
export const SEARCH_RANKING = {
  metaWeights: {
    title: 5,
    [SEARCH_FIELDS.foldedTitle]: 5,
    [SEARCH_FIELDS.foldedName]: 8,
    [SEARCH_FIELDS.place]: 10,
    [SEARCH_FIELDS.folded]: 1,
    [SEARCH_FIELDS.pairs]: 1,
  },
} as const;
