/**
 * The unit of a number (the noun after it: "tổ", "lượt người", "khẩu súng", "%") and a guess
 * at its label (the thing counted, in the source's words).
 */
import { CLASSIFIERS, COUNT_NOUNS, LABEL_STOP_WORDS, NOUN_FAMILIES, TIME_UNITS } from './lexicon.ts';
import { phrasePattern, WORD_END, WORD_START, type Quote } from './prepare.ts';

export interface NounMatch {
  /** The noun as the lexicon writes it ("tổ", "CBCS"). */
  noun: string;
  start: number;
  end: number;
}

const nounIndex = new Map<string, string>(
  [...COUNT_NOUNS, ...CLASSIFIERS].map((n) => [n.toLocaleLowerCase('vi'), n] as const),
);
const NOUN_AT = new RegExp(`^(?:${phrasePattern([...COUNT_NOUNS, ...CLASSIFIERS])})${WORD_END}`, 'iu');
const classifiers = new Set(CLASSIFIERS);

/** The longest count noun or classifier starting exactly at `index`. */
export function nounAt(text: string, index: number): NounMatch | null {
  const match = NOUN_AT.exec(text.slice(index, index + 40));
  if (!match) return null;
  const key = match[0].replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return { noun: nounIndex.get(key) ?? key, start: index, end: index + match[0].length };
}

/** A count noun after optional spaces at `index`: what makes the number before it a count. */
export function countNounAfter(text: string, index: number): NounMatch | null {
  const gap = /^ */.exec(text.slice(index))![0].length;
  return nounAt(text, index + gap);
}

function familyOf(noun: string): number {
  return NOUN_FAMILIES.findIndex((family) => family.includes(noun));
}

const PERCENT = /^ ?(?:%|phần trăm(?![\p{L}\p{M}]))/u;
const PER_PERIOD = /^ (?:(?:theo )?(?:mỗi|từng|hằng|hàng) |\/ ?)(năm|tháng)(?![\p{L}\p{M}])/u;
const STOP_AT = new RegExp(`^(?:${phrasePattern(LABEL_STOP_WORDS)})${WORD_END}`, 'iu');
const LABEL_MAX_WORDS = 10;

export interface UnitGuess {
  /** The unit, or null when no noun follows the number and none names it before. */
  unit: string | null;
  /** Where the unit ends (or the number, when there is none). */
  end: number;
  /** The thing counted, in the source's words. */
  label: string;
  /** Where the label ends: a breakdown ("gồm …") may follow. */
  labelEnd: number;
  /** The quoted name right after the number that gave the unit and label, if any. */
  quote?: Quote;
}

/** Words from `index` up to the first stop: punctuation, a number, a quote or a stop word. */
function labelWords(text: string, index: number, limit: number): { words: string; end: number } {
  const words: string[] = [];
  let at = index;
  while (words.length < LABEL_MAX_WORDS && at < limit) {
    const rest = text.slice(at, limit);
    if (STOP_AT.test(rest.replace(/^ /, ''))) break;
    const word = /^ ?([\p{L}\p{M}][\p{L}\p{M}\p{N}-]*)/u.exec(rest);
    if (!word) break;
    words.push(word[1]!);
    at += word[0].length;
  }
  return { words: words.join(' '), end: at };
}

/**
 * The unit and label of the number that ends at `index`. `sentenceEnd` bounds the look-ahead;
 * `quotes` lets a quoted name right after the number be the label ("845 “Tổ an ninh nhân dân”").
 */
export function unitAfter(text: string, index: number, sentenceEnd: number, quotes: readonly Quote[]): UnitGuess {
  const rest = text.slice(index, sentenceEnd);
  const percent = PERCENT.exec(rest);
  if (percent) {
    let end = index + percent[0].length;
    let unit = '%';
    const per = PER_PERIOD.exec(text.slice(end, sentenceEnd));
    if (per) {
      unit = `% mỗi ${per[1]}`;
      end += per[0].length;
    }
    const noun = countNounAfter(text, end);
    const label = labelWords(text, noun ? extendList(text, noun, sentenceEnd) : end, sentenceEnd);
    const labelEnd = label.end;
    return { unit, end, label: text.slice(end, labelEnd).trim(), labelEnd };
  }

  const gap = /^ */.exec(rest)![0].length;
  const quote = quotes.find((q) => q.start === index + gap);
  if (quote) {
    const noun = nounAt(text, quote.innerStart);
    return { unit: noun ? unitWord(noun.noun) : null, end: quote.end, label: quote.inner, labelEnd: quote.end, quote };
  }

  const noun = nounAt(text, index + gap);
  if (!noun) return { unit: null, end: index, label: '', labelEnd: index };
  let unit = unitWord(noun.noun);
  let last = noun;
  if (classifiers.has(noun.noun)) {
    const head = text[noun.end] === ' ' ? nounAt(text, noun.end + 1) : null;
    // "lượt tuần tra" counts patrols, not weeks: a classifier never takes a unit of time.
    if (head && !classifiers.has(head.noun) && !TIME_UNITS.includes(head.noun)) {
      unit = `${unit} ${unitWord(head.noun)}`;
      last = head;
    }
  }
  const end = extendList(text, last, sentenceEnd);
  if (end > last.end) unit += text.slice(last.end, end).toLocaleLowerCase('vi');
  // A quoted name right after the unit belongs to the label ("5 lượt “Ngày hội …”").
  const quoted = quotes.find((q) => q.start === end + 1);
  if (quoted) return { unit, end, label: text.slice(noun.start, quoted.end), labelEnd: quoted.end };
  const more = labelWords(text, end, sentenceEnd);
  return { unit, end, label: text.slice(noun.start, more.end).trim(), labelEnd: more.end };
}

/** Units are lower case except abbreviations ("lượt CBCS"). */
function unitWord(noun: string): string {
  return noun === noun.toUpperCase() ? noun : noun.toLocaleLowerCase('vi');
}

/**
 * "thôn, bản, khu dân cư": nouns of the same family listed after `last` join the unit.
 * Returns where the list ends.
 */
function extendList(text: string, last: NounMatch, limit: number): number {
  const family = familyOf(last.noun);
  let end = last.end;
  if (family < 0) return end;
  for (;;) {
    const joint = /^(?:, | và )/u.exec(text.slice(end, limit));
    if (!joint) return end;
    const next = nounAt(text, end + joint[0].length);
    if (!next || familyOf(next.noun) !== family || next.end > limit) return end;
    end = next.end;
  }
}

const COUNT_BEFORE = new RegExp(
  `${WORD_START}(?<!(?:một|nhiều|các|những) )(?:tổng )?số (${phrasePattern(COUNT_NOUNS)})${WORD_END}([^\\d.;:!?]*)$`,
  'iu',
);

/**
 * A unit named before the number when none follows it: "tổng số người tái phạm … 458".
 * Only within the sentence and with no other number in between.
 */
export function unitBefore(text: string, index: number, sentenceStart: number): UnitGuess | null {
  const match = COUNT_BEFORE.exec(text.slice(sentenceStart, index));
  if (!match) return null;
  const noun = match[1]!.replace(/\s+/g, ' ');
  const unit = unitWord(nounIndex.get(noun.toLocaleLowerCase('vi')) ?? noun);
  const label = `${noun}${match[2]!}`.replace(/[\s,=:]+$/u, '').trim();
  return { unit, end: index, label, labelEnd: index };
}
