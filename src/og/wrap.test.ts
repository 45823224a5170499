import { describe, expect, it } from 'vitest';
import { clampLines, wrapBalanced, wrapGreedy, type Line, type Measured } from './wrap.ts';

/** Every letter 10 px wide, a space 5 px. */
function measured(text: string): Measured {
  const units = [...text];
  return { units, advances: units.map((u) => (u === ' ' ? 5 : 10)) };
}
const textOf = (m: Measured, lines: readonly Line[]) =>
  lines.map((l) => m.units.slice(l.start, l.end).join('') + (l.ellipsis ? '…' : ''));

describe('wrapGreedy', () => {
  it('fills each line with as many words as fit, leaving out the spaces at the breaks', () => {
    const m = measured('aaa bbb ccc dd');
    // "aaa bbb" is 65 px; adding " ccc" would make 100.
    const lines = wrapGreedy(m, 90);
    expect(textOf(m, lines)).toEqual(['aaa bbb', 'ccc dd']);
    expect(lines.map((l) => l.width)).toEqual([65, 55]);
  });

  it('keeps a text that fits on one line', () => {
    const m = measured('aaa bbb');
    expect(textOf(m, wrapGreedy(m, 1000))).toEqual(['aaa bbb']);
  });

  it('cuts a word wider than the line between letters rather than letting it run off', () => {
    const m = measured('aaaaaaaaaa b');
    expect(textOf(m, wrapGreedy(m, 45))).toEqual(['aaaa', 'aaaa', 'aa b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapGreedy(measured(''), 100)).toEqual([]);
  });
});

describe('wrapBalanced', () => {
  it('keeps the line count and evens out the lines', () => {
    // Greedy at 190 px leaves "ee" alone on the second line; the narrowest two-line split is 85 + 105 px.
    const m = measured('aaaa bbbb cccc dddd ee');
    const greedy = wrapGreedy(m, 190);
    expect(textOf(m, greedy)).toEqual(['aaaa bbbb cccc dddd', 'ee']);
    const balanced = wrapBalanced(m, 190);
    expect(textOf(m, balanced)).toEqual(['aaaa bbbb', 'cccc dddd ee']);
  });

  it('never cuts a word to balance', () => {
    const m = measured('aaaaaaaaaa bb');
    expect(textOf(m, wrapBalanced(m, 120))).toEqual(['aaaaaaaaaa', 'bb']);
  });

  it('leaves a single line alone', () => {
    const m = measured('aaa bbb');
    expect(wrapBalanced(m, 1000)).toEqual(wrapGreedy(m, 1000));
  });
});

describe('clampLines', () => {
  it('keeps lines within the limit untouched', () => {
    const m = measured('aaa bbb');
    const lines = wrapGreedy(m, 40);
    expect(clampLines(m, lines, 3, 10, 40)).toEqual(lines);
  });

  it('ends the last kept line with an ellipsis that fits, at a word boundary', () => {
    const m = measured('aaa bbb ccc ddd eee');
    const lines = wrapGreedy(m, 80); // "aaa bbb" / "ccc ddd" / "eee"
    const clamped = clampLines(m, lines, 2, 10, 80);
    expect(textOf(m, clamped)).toEqual(['aaa bbb', 'ccc ddd…']);
    expect(clamped[1]!.width).toBe(75);
    // At 70 px "ccc ddd…" (75) no longer fits: back to the last whole word, not "ccc dd…".
    expect(textOf(m, clampLines(m, wrapGreedy(m, 70), 2, 10, 70))).toEqual(['aaa bbb', 'ccc…']);
  });

  it('cuts inside a long word when the line has no space, and drops punctuation before the ellipsis', () => {
    const m = measured('aaa bbbbbbbbbbbb');
    expect(textOf(m, clampLines(m, wrapGreedy(m, 60), 1, 10, 60))).toEqual(['aaa…']);
    const n = measured('aa, bb cc dd');
    expect(textOf(n, clampLines(n, wrapGreedy(n, 70), 1, 10, 70))).toEqual(['aa, bb…']);
    expect(textOf(n, clampLines(n, wrapGreedy(n, 60), 1, 10, 60))).toEqual(['aa…']);
    const p = measured('aaaa, bbbbbbbb');
    expect(textOf(p, clampLines(p, wrapGreedy(p, 60), 1, 10, 60))).toEqual(['aaaa…']);
  });
});
