/**
 * The quoted names of models a report mentions: “Tổ hòa giải” after "mô hình", the quoted
 * items of a list of models, and a quoted name counted by a number ("845 “Tổ an ninh nhân dân”").
 */
import { foldForSearch } from '../text.ts';
import { sentenceIndexAt, type Quote, type Sentence } from './prepare.ts';

export interface ModelName {
  /** The name as first printed, without quotation marks. */
  name: string;
  /** Indexes of the sentences that name it. */
  sentences: number[];
}

/** At most two words between "mô hình" and the quote: "mô hình phong trào “…”". */
const MODEL_BEFORE = /(?:^|[^\p{L}\p{M}])mô hình(?: [\p{L}\p{M}]+){0,2} ?$/iu;
/** A list of models opened in the sentence before the quote ("những mô hình … như: “…”"). */
const LIST_OPENED = /mô hình[^.;]*?(?:như|gồm|là)\s*:/iu;
/** Only list punctuation, "và" and "mô hình" between two quoted names of one list. */
const LIST_GAP = /^(?:[\s,;…]|\.\.\.|và|mô hình)*$/iu;
const NAME_MAX_WORDS = 25;

/** The key that makes two spellings of one name meet ("Tự quản, tự phòng" / "tự quản tự phòng"). */
export function nameKey(name: string): string {
  return foldForSearch(name);
}

/**
 * `counted` holds the quotes that a figure counts ("845 “Tổ an ninh nhân dân”"): units of a
 * model, so the quote is its name.
 */
export function findModelNames(
  text: string,
  quotes: readonly Quote[],
  sentences: readonly Sentence[],
  counted: ReadonlySet<Quote> = new Set(),
): ModelName[] {
  const found = new Map<string, ModelName>();
  let previous: Quote | null = null;
  for (const quote of quotes) {
    const sentenceIndex = sentenceIndexAt(sentences, quote.start);
    const sentence = sentences[sentenceIndex];
    const before = text.slice(sentence?.start ?? 0, quote.start);
    const gap: string | null = previous ? text.slice(previous.end, quote.start) : null;
    const isModel: boolean =
      quote.inner.length > 0 &&
      quote.inner.split(/\s+/).length <= NAME_MAX_WORDS &&
      (MODEL_BEFORE.test(before) ||
        counted.has(quote) ||
        (gap !== null && LIST_GAP.test(gap)) ||
        (LIST_OPENED.test(before) && /[:;,]\s*$/u.test(before)));
    previous = isModel ? quote : null;
    if (!isModel) continue;
    const name = quote.inner.replace(/[\s.…]+$/u, '');
    const key = nameKey(name);
    const entry = found.get(key) ?? { name, sentences: [] };
    if (!entry.sentences.includes(sentenceIndex)) entry.sentences.push(sentenceIndex);
    found.set(key, entry);
  }
  return [...found.values()];
}
