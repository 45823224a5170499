/**
 * A total followed by its breakdown: "22 cụm gồm 01 tuyến …, 07 cụm …, 02 cụm …, 12 cụm …".
 * Parts are proposed only when they add up to the total, as validation will require.
 */
import { BREAKDOWN_WORDS } from './lexicon.ts';
import { phrasePattern, WORD_END, within, type Quote, type Span } from './prepare.ts';

export interface Countable {
  /** Where the figure starts, its qualifier included. */
  start: number;
  /** Where its label ends: a breakdown follows from there. */
  labelEnd: number;
  value: number;
  sentence: Span;
}

const INTRO = new RegExp(`^,? *(?:(?:${phrasePattern(BREAKDOWN_WORDS)})${WORD_END} *:? *|: *)`, 'iu');

/** Top-level list items from `start` to `end`: commas, semicolons and "và" inside brackets or quotes do not split. */
function listItems(text: string, start: number, end: number, quotes: readonly Quote[]): number[] {
  const starts = [start];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || quotes.some((q) => within(q, i))) continue;
    if (char === ',' || char === ';') starts.push(i + 1);
    else if (text.startsWith(' và ', i)) starts.push(i + 4);
  }
  return starts.map((s) => s + /^ */.exec(text.slice(s))![0].length);
}

/**
 * For each figure that a breakdown follows, the indexes (into `figures`) of its parts.
 * `figures` are in text order.
 */
export function findBreakdowns(
  text: string,
  figures: readonly Countable[],
  quotes: readonly Quote[],
): Map<number, number[]> {
  const breakdowns = new Map<number, number[]>();
  figures.forEach((total, t) => {
    const intro = INTRO.exec(text.slice(total.labelEnd, total.sentence.end));
    if (!intro) return;
    const items = listItems(text, total.labelEnd + intro[0].length, total.sentence.end, quotes);
    const parts: number[] = [];
    for (const itemStart of items) {
      const part = figures.findIndex((f, i) => i > t && f.start === itemStart);
      if (part === -1) break;
      parts.push(part);
    }
    const sum = parts.reduce((s, i) => s + figures[i]!.value, 0);
    if (parts.length >= 2 && Math.abs(sum - total.value) < 1e-9) breakdowns.set(t, parts);
  });
  return breakdowns;
}
