/**
 * The hedge a report puts in front of a number ("trên", "hơn", "gần", "khoảng", "dưới",
 * "chưa đến"), kept with the source's own word.
 */
import type { Qualifier } from '../../schemas/common.ts';
import { QUALIFIER_WORDS } from './lexicon.ts';
import { phrasePattern, WORD_START } from './prepare.ts';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** The word as the source prints it, in lower case ("hơn", "chưa đến"). */
  word: string | null;
  /** Where the word starts (the number's start when there is none). */
  start: number;
}

const byWord = new Map(QUALIFIER_WORDS.map(([word, qualifier]) => [word, qualifier]));
const BEFORE = new RegExp(`${WORD_START}(${phrasePattern(QUALIFIER_WORDS.map(([w]) => w))}) +$`, 'iu');

/** The qualifier of the number starting at `index`: "exact" when no hedge word stands right before it. */
export function qualifierBefore(text: string, index: number): QualifierMatch {
  const match = BEFORE.exec(text.slice(Math.max(0, index - 20), index));
  if (!match) return { qualifier: 'exact', word: null, start: index };
  const word = match[1]!.replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return { qualifier: byWord.get(word) ?? 'exact', word, start: index - match[0].length };
}
