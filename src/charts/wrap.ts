/**
 * Greedy word wrapping for chart labels. Vietnamese is written with spaces between
 * syllables, so breaking on spaces never splits a word; a single syllable longer than
 * the limit (rare: "ANTT", codes) stays whole and may overflow rather than be cut.
 */

const ELLIPSIS = '…';

/** Length as a reader sees it: NFC code points, so "ệ" counts once however it was typed. */
export function charLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

/**
 * Splits `text` into lines of at most `maxChars` characters, breaking only at spaces.
 * At most `maxLines` lines (default 3): the last kept line ends with "…" and the caller
 * keeps the full label in the mark's <title>.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  if (maxChars < 1 || maxLines < 1) throw new RangeError('wrapLabel needs maxChars and maxLines of at least 1');
  const words = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const lines = greedy(words, maxChars);
  if (lines.length <= maxLines) return balance(words, lines, maxChars);

  const kept = lines.slice(0, maxLines);
  // Drop words from the last kept line until the ellipsis fits; a lone long word keeps it anyway.
  const lastWords = (kept[maxLines - 1] ?? '').split(' ');
  while (lastWords.length > 1 && charLength(lastWords.join(' ')) + 1 > maxChars) lastWords.pop();
  kept[maxLines - 1] = `${lastWords.join(' ')}${ELLIPSIS}`;
  return kept;
}

/** Fills each line with as many words as fit. */
function greedy(words: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (!current) current = word;
    else if (charLength(current) + 1 + charLength(word) <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The narrowest wrap with the same number of lines: "Tổ an ninh / nhân dân" rather than
 * "Tổ an ninh nhân / dân", because a lone last syllable reads as a broken label.
 */
function balance(words: readonly string[], lines: string[], maxChars: number): string[] {
  let best = lines;
  for (let limit = maxChars - 1; limit >= 1; limit--) {
    const candidate = greedy(words, limit);
    if (candidate.length !== lines.length) break;
    best = candidate;
  }
  return best;
}
