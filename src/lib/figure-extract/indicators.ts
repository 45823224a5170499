/**
 * Suggests what a candidate figure measures: the indicator (content/reference/indicators.json)
 * whose name and definition share the most telling words with the figure's unit, label and clause.
 */
import { normalizeVietnamese } from '../text.ts';
import { nounAt } from './units.ts';

export interface IndicatorLike {
  id: string;
  name: string;
  definition: string;
}

/**
 * How far the editor can lean on a suggestion: "high" when the indicator counts the figure's
 * unit and no other indicator that does comes close on words; "medium" when it counts the unit
 * but another is near, or when only words decide and they decide clearly; "low" otherwise.
 */
export type IndicatorConfidence = 'high' | 'medium' | 'low';

export interface IndicatorSuggestion {
  id: string;
  score: number;
  confidence: IndicatorConfidence;
}

/** A lead over the runner-up worth this many points (about two telling words) is a clear one. */
const CLEAR_LEAD = 12;

function confidenceOf(best: number, runnerUp: number): IndicatorConfidence {
  const clear = best - runnerUp >= CLEAR_LEAD;
  if (best >= UNIT_MATCH) return clear ? 'high' : 'medium';
  return clear && (best >= UNIT_MATCH / 4 || runnerUp === 0) ? 'medium' : 'low';
}

/** Words too common to tell indicators apart. */
const COMMON = new Set(
  'của và các được trong số một cho với theo tại ở là có những khi hay hoặc để về từ đến này do đã đang trên'.split(
    ' ',
  ),
);

/** Outweighs any sum of shared words. */
const UNIT_MATCH = 1000;

function terms(text: string): string[] {
  // Diacritics kept: folded, "tổ" would meet "Tổ quốc" and "tố giác".
  const syllables = normalizeVietnamese(text)
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const pairs = syllables.slice(1).map((s, i) => `${syllables[i]} ${s}`);
  return [...syllables.filter((s) => !COMMON.has(s)), ...pairs];
}

/**
 * What an indicator counts, read from its definition: the nouns after its opening "Số"
 * ("Số tổ, đơn vị, tổ chức hoặc khu dân cư …" → tổ, đơn vị, tổ chức, khu dân cư), or "%" for
 * one that opens with "Phần trăm" or "Tỷ lệ".
 */
export function countedNouns(definition: string): Set<string> {
  const text = normalizeVietnamese(definition);
  if (/^(?:Phần trăm|Tỷ lệ)/iu.test(text)) return new Set(['%']);
  const opening = /^Số (?:các |những )?/u.exec(text);
  const nouns = new Set<string>();
  if (!opening) return nouns;
  let at = opening[0].length;
  for (;;) {
    const noun = nounAt(text, at);
    if (!noun) return nouns;
    const head = text[noun.end] === ' ' ? nounAt(text, noun.end + 1) : null;
    const word = noun.noun.toLocaleLowerCase('vi');
    nouns.add(word);
    if (head) nouns.add(`${word} ${head.noun.toLocaleLowerCase('vi')}`);
    at = noun.end;
    const joint = /^(?:, | hoặc | và )/u.exec(text.slice(at));
    if (!joint) return nouns;
    at += joint[0].length;
  }
}

export interface IndicatorIndex {
  suggest(context: { unit: string | null; label: string; clause: string }): IndicatorSuggestion | null;
}

/**
 * An indicator that counts the figure's unit wins over one that does not. Among them, scores
 * are sums of inverse document frequencies over the indicators, pairs of syllables counting
 * twice; the label weighs more than the rest of the clause, and a word in an indicator's name
 * more than one in its definition.
 */
export function indexIndicators(indicators: readonly IndicatorLike[]): IndicatorIndex {
  const entries = indicators.map((indicator) => ({
    id: indicator.id,
    counts: countedNouns(indicator.definition),
    name: new Set(terms(indicator.name)),
    all: new Set(terms(`${indicator.name} ${indicator.definition}`)),
  }));
  const df = new Map<string, number>();
  for (const entry of entries) for (const term of entry.all) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((entries.length + 1) / ((df.get(term) ?? 0) + 0.5));
  const weight = (term: string) => idf(term) * (term.includes(' ') ? 2 : 1);

  return {
    suggest({ unit, label, clause }) {
      const groups: Array<[Set<string>, number]> = [
        [new Set(terms(label)), 2],
        [new Set(terms(clause)), 1],
      ];
      const unitKey = unit === null ? null : unit.startsWith('%') ? '%' : unit.toLocaleLowerCase('vi');
      const first = unitKey === null ? null : nounAt(unitKey, 0);
      const unitHead =
        first && first.end < unitKey!.length
          ? { first: first.noun.toLocaleLowerCase('vi'), rest: unitKey!.slice(first.end).trim() }
          : null;
      let best: { id: string; score: number } | null = null;
      let runnerUp = 0;
      for (const entry of entries) {
        // An indicator that counts the figure's unit comes first; words decide among them.
        let score = unitKey === null ? 0 : entry.counts.has(unitKey) ? UNIT_MATCH : 0;
        // "loại mô hình" is counted by an indicator of "loại" first, of "mô hình" next.
        if (score === 0 && unitHead !== null)
          score = entry.counts.has(unitHead.first)
            ? UNIT_MATCH / 2
            : entry.counts.has(unitHead.rest)
              ? UNIT_MATCH / 4
              : 0;
        for (const [group, factor] of groups)
          for (const term of group)
            if (entry.all.has(term)) score += weight(term) * factor * (entry.name.has(term) ? 1.5 : 1);
        if (score > 0 && (best === null || score > best.score)) {
          runnerUp = best?.score ?? 0;
          best = { id: entry.id, score };
        } else if (score > runnerUp) runnerUp = score;
      }
      return best && { ...best, confidence: confidenceOf(best.score, runnerUp) };
    },
  };
}
