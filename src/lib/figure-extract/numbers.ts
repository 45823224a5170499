/**
 * Finds every number a Vietnamese text prints and reads its value: "1.224", "05", "7,39",
 * "1,2 triệu", "3 nghìn", "123/131", "16/10/2024", and counts written in words
 * ("hai mươi mốt"). Whether a number is a figure is decided elsewhere (exclusions.ts).
 */
import { SCALE_WORDS } from './lexicon.ts';
import { WORD_END, WORD_START } from './prepare.ts';

export interface NumberToken {
  start: number;
  end: number;
  /** Exactly as printed, with any scale word ("1,2 triệu", "05", "123/131"). */
  printed: string;
  /** The value; for "a/b" the first number. NaN when the digits are a code ("19.2"). */
  value: number;
  /** For "a/b": the pieces between slashes, each read as a number (a date or a share). */
  pieces: number[];
  /** Digits, or a count written in words. */
  form: 'digits' | 'words';
  /** A dot not followed by a group of three digits: a section or version ("19.2", "4.0"). */
  codeLike: boolean;
}

/**
 * One printed number in Vietnamese notation: "." groups thousands, "," is the decimal mark.
 * Returns NaN for a dotted code, which no quantity is written as.
 */
export function readDigits(printed: string): { value: number; codeLike: boolean } {
  const [whole = '', decimal, ...rest] = printed.split(',');
  if (rest.length > 0) return { value: NaN, codeLike: true };
  const groups = whole.split('.');
  const grouped = groups.length === 1 || (groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3));
  if (!grouped) return { value: NaN, codeLike: true };
  const value = Number(groups.join('') + (decimal !== undefined ? `.${decimal}` : ''));
  return { value, codeLike: false };
}

const DIGIT_RUN = /\d+(?:[.,]\d+)*(?:\/\d+(?:[.,]\d+)*)*/g;
const SCALE_AFTER = new RegExp(`^\\s+(${Object.keys(SCALE_WORDS).join('|')})${WORD_END}`, 'iu');

/** Units 1–9 as words, with the forms used after "mươi"/"mười" ("mốt", "tư", "lăm"). */
const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const AFTER_TENS_ONLY = new Set(['mốt', 'tư', 'lăm', 'nhăm']);
const NUMBER_WORDS = [...Object.keys(DIGIT_WORDS), 'mười', 'mươi', 'linh', 'lẻ', ...Object.keys(SCALE_WORDS)];
const WORD_RUN = new RegExp(
  `${WORD_START}(?:${NUMBER_WORDS.join('|')})(?:\\s+(?:${NUMBER_WORDS.join('|')}))*${WORD_END}`,
  'giu',
);

function belowThousand(words: readonly string[]): number | null {
  let i = 0;
  let total = 0;
  const digit = (w: string | undefined) => (w !== undefined && w in DIGIT_WORDS ? DIGIT_WORDS[w]! : null);
  if (words.length === 0) return null;
  const hundreds = digit(words[0]);
  if (hundreds !== null && words[1] === 'trăm') {
    if (AFTER_TENS_ONLY.has(words[0]!)) return null;
    total += hundreds * 100;
    i = 2;
    if (i === words.length) return total;
    if (words[i] === 'linh' || words[i] === 'lẻ') {
      const unit = digit(words[i + 1]);
      if (unit === null || AFTER_TENS_ONLY.has(words[i + 1]!) || i + 2 !== words.length) return null;
      return total + unit;
    }
  }
  if (words[i] === 'mười') {
    total += 10;
    i += 1;
  } else if (digit(words[i]) !== null && words[i + 1] === 'mươi' && !AFTER_TENS_ONLY.has(words[i]!)) {
    total += digit(words[i])! * 10;
    i += 2;
  } else {
    const unit = digit(words[i]);
    if (unit === null || AFTER_TENS_ONLY.has(words[i]!)) return null;
    return i + 1 === words.length ? total + unit : null;
  }
  if (i === words.length) return total;
  const unit = digit(words[i]);
  // "mốt" only follows "mươi"; "mười một" is eleven, "hai mươi mốt" twenty-one.
  if (unit === null || unit === 0 || i + 1 !== words.length) return null;
  if (words[i] === 'mốt' && words[i - 1] !== 'mươi') return null;
  if (words[i] === 'tư' && words[i - 1] !== 'mươi') return null;
  if (unit === 5 && words[i] === 'năm') return null;
  return total + unit;
}

/** The scale words above a hundred, largest first, with their values: [["tỷ", "tỉ"], 1e9], …. */
const WORD_SCALES: ReadonlyArray<readonly [readonly string[], number]> = [...new Set(Object.values(SCALE_WORDS))]
  .filter((size) => size >= 1e3)
  .sort((a, b) => b - a)
  .map((size) => [Object.keys(SCALE_WORDS).filter((word) => SCALE_WORDS[word] === size), size]);

/** A count written in words ("ba", "mười hai", "hai mươi mốt", "một trăm linh năm", "hai nghìn"). */
export function parseNumberWords(input: string): number | null {
  const words = input.toLowerCase().trim().split(/\s+/);
  const parse = (ws: string[], level: number): number | null => {
    if (ws.length === 0) return 0;
    for (let s = level; s < WORD_SCALES.length; s++) {
      const [names, size] = WORD_SCALES[s]!;
      const at = ws.findIndex((w) => names.includes(w));
      if (at === -1) continue;
      const head = belowThousand(ws.slice(0, at));
      const tail = parse(ws.slice(at + 1), s + 1);
      if (head === null || tail === null || head === 0) return null;
      return head * size + tail;
    }
    return belowThousand(ws);
  };
  return parse(words, 0);
}

/** Every number in `text`, in order. Word counts are returned whatever follows them. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const start = match.index;
    let end = start + match[0].length;
    const pieceTexts = match[0].split('/');
    const read = pieceTexts.map(readDigits);
    let value = read[0]!.value;
    const codeLike = read.some((r) => r.codeLike);
    if (pieceTexts.length === 1 && !codeLike) {
      const scale = SCALE_AFTER.exec(text.slice(end));
      if (scale) {
        value *= SCALE_WORDS[scale[1]!.toLowerCase()]!;
        end += scale[0].length;
      }
    }
    tokens.push({
      start,
      end,
      printed: text.slice(start, end),
      value: codeLike ? NaN : value,
      pieces: read.map((r) => r.value),
      form: 'digits',
      codeLike,
    });
  }
  for (const match of text.matchAll(WORD_RUN)) {
    const words = match[0].toLowerCase().split(/\s+/);
    // The longest leading run that reads as a number: "ba tổ" is 3, "năm nay" is not a number.
    for (let n = words.length; n > 0; n--) {
      const value = parseNumberWords(words.slice(0, n).join(' '));
      if (value === null || value === 0) continue;
      const printed = new RegExp(`^\\S+(?:\\s+\\S+){${n - 1}}`, 'u').exec(match[0])![0];
      const end = match.index + printed.length;
      tokens.push({ start: match.index, end, printed, value, pieces: [value], form: 'words', codeLike: false });
      break;
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}
