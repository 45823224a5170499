import { describe, expect, it } from 'vitest';
import { evaluateCandidates, formatTally, normalizeUnit, sumTallies, type RecordedFigure } from './evaluate.ts';
import type { FigureCandidate } from './extract.ts';

function candidate(value: number, unit: string | null, more: Partial<FigureCandidate> = {}): FigureCandidate {
  return {
    value,
    printed: String(value),
    qualifier: 'exact',
    qualifierWord: null,
    unit,
    label: unit ?? '',
    sentence: 0,
    sentences: [0],
    start: 0,
    end: 0,
    periodHints: [],
    period: { period: { kind: 'range', from: 2020, to: 2020 }, reason: '' },
    indicator: { id: 'i', score: 1, confidence: 'low' },
    target: false,
    parts: [],
    ...more,
  };
}
const record = (id: string, value: number, unit: string, more: Partial<RecordedFigure> = {}): RecordedFigure => ({
  id,
  indicator: 'i',
  value,
  unit,
  qualifier: 'exact',
  ...more,
});

describe('evaluateCandidates', () => {
  it('pairs equal values, telling two things of the same value apart by unit', () => {
    const e = evaluateCandidates(
      [candidate(214, 'người'), candidate(214, 'vụ')],
      [record('a', 214, 'vụ'), record('b', 214, 'người')],
    );
    expect(e.pairs).toEqual(
      expect.arrayContaining([
        { id: 'a', candidate: 1 },
        { id: 'b', candidate: 0 },
      ]),
    );
    expect(e.recall.all).toEqual({ right: 2, of: 2 });
    expect(e.falsePositives).toEqual([]);
  });

  it('counts a field wrong without losing the figure, and says which', () => {
    const e = evaluateCandidates(
      [candidate(12, 'tổ', { qualifier: 'over', qualifierWord: 'hơn' }), candidate(40, 'xã', { outOf: 50 })],
      [record('a', 12, 'tổ', { qualifier: 'over' }), record('b', 40, 'xã')],
    );
    expect(e.recall.value).toEqual({ right: 2, of: 2 });
    // The record keeps no word, which reads "trên"; the candidate says "hơn".
    expect(e.recall.qualifier).toEqual({ right: 1, of: 2 });
    expect(e.precision.outOf).toEqual({ right: 0, of: 1 });
    expect(e.recall.all).toEqual({ right: 0, of: 2 });
    expect(e.missed).toEqual([
      { id: 'a', fields: ['qualifier'] },
      { id: 'b', fields: ['outOf'] },
    ]);
  });

  it('counts a candidate no record has, and a repeat of a paired one, as false positives', () => {
    const e = evaluateCandidates(
      [candidate(5, 'tổ'), candidate(5, 'tổ'), candidate(2021, null)],
      [record('a', 5, 'tổ')],
    );
    expect(e.falsePositives).toEqual([1, 2]);
    expect(e.precision.value).toEqual({ right: 1, of: 3 });
  });

  it('checks parts against the recorded parts', () => {
    const candidates = [candidate(9, 'đội', { parts: [1, 2] }), candidate(4, 'đội'), candidate(5, 'đội')];
    const right = evaluateCandidates(candidates, [
      record('t', 9, 'đội', { parts: ['p', 'q'] }),
      record('p', 4, 'đội'),
      record('q', 5, 'đội'),
    ]);
    expect(right.recall.parts).toEqual({ right: 1, of: 1 });
    expect(right.precision.parts).toEqual({ right: 1, of: 1 });
    const none = evaluateCandidates(candidates, [record('t', 9, 'đội'), record('p', 4, 'đội'), record('q', 5, 'đội')]);
    expect(none.recall.parts).toEqual({ right: 0, of: 0 });
    expect(none.precision.parts).toEqual({ right: 0, of: 1 });
  });

  it('reads the indicator suggestion for information', () => {
    const e = evaluateCandidates([candidate(5, 'tổ')], [record('a', 5, 'tổ', { indicator: 'other' })]);
    expect(e.indicator).toEqual({ right: 0, of: 1 });
  });
});

describe('normalizeUnit and tallies', () => {
  it('normalises units for comparison', () => {
    expect(normalizeUnit(' Lượt   người ')).toBe('lượt người');
    expect(normalizeUnit('tổ hoà giải')).toBe('tổ hòa giải');
    expect(normalizeUnit(null)).toBe('');
  });

  it('adds and prints tallies', () => {
    expect(
      sumTallies([
        { right: 1, of: 2 },
        { right: 3, of: 4 },
      ]),
    ).toEqual({ right: 4, of: 6 });
    expect(formatTally({ right: 88, of: 90 })).toBe('97.8% (88/90)');
    expect(formatTally({ right: 0, of: 0 })).toBe('–');
  });
});
