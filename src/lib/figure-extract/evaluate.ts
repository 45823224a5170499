/**
 * How well candidates agree with the figures an editor recorded for the same report: recall
 * and precision by field (value, qualifier, unit, outOf, parts).
 *
 * What "a candidate matches a recorded figure" means:
 * - A candidate is paired with a recorded figure only when both have the same value. Pairs are
 *   one to one, made best first: a pair scores one point for each other field that agrees
 *   (unit, qualifier, outOf), ties go to the earlier candidate and the earlier record. A value
 *   printed twice for two different things ("1.062 vụ", "1.062 lượt người") is thus told apart
 *   by its unit.
 * - Fields then agree or not on that pair. Unit: equal after NFC, the project's tone placement,
 *   lower case and single spaces. Qualifier: the same kind, and for "over" the same source word
 *   ("trên" when the record keeps none). outOf: equal, or absent from both. Parts: the
 *   candidate's parts are paired with exactly the recorded parts.
 * - A figure is found "right" when its value, qualifier, unit and outOf all agree.
 *
 * Precision is honest: a candidate paired with no recorded figure is a false positive, whatever
 * it is; a second candidate for a figure already paired is one too.
 */
import type { Qualifier } from '../../schemas/common.ts';
import { normalizeVietnamese } from '../text.ts';
import type { FigureCandidate } from './extract.ts';

export interface RecordedFigure {
  id: string;
  indicator: string;
  value: number;
  outOf?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  qualifierWord?: 'trên' | 'hơn' | undefined;
  parts?: readonly string[] | undefined;
}

/** `right` of `of`. */
export interface Tally {
  right: number;
  of: number;
}

export type Field = 'value' | 'qualifier' | 'unit' | 'outOf' | 'parts';
export const FIELDS: readonly Field[] = ['value', 'qualifier', 'unit', 'outOf', 'parts'];

export interface Evaluation {
  /** Recorded figures found with each field right (outOf and parts: among records that have one). */
  recall: Record<Field | 'all', Tally>;
  /** Candidates right on each field, among those that state it (outOf and parts: candidates that have one). */
  precision: Record<Field, Tally>;
  /** Pairs of recorded figure id and candidate index. */
  pairs: Array<{ id: string; candidate: number }>;
  /** Recorded figures that no candidate has, or that a candidate has with a field wrong. */
  missed: Array<{ id: string; fields: Field[] }>;
  /** Candidates paired with no recorded figure. */
  falsePositives: number[];
  /** Paired candidates whose suggested indicator is the recorded one (for information). */
  indicator: Tally;
}

export function normalizeUnit(unit: string | null): string {
  return unit === null ? '' : normalizeVietnamese(unit).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function qualifierAgrees(candidate: FigureCandidate, recorded: RecordedFigure): boolean {
  if (candidate.qualifier !== recorded.qualifier) return false;
  if (recorded.qualifier !== 'over') return true;
  return (candidate.qualifierWord ?? 'trên') === (recorded.qualifierWord ?? 'trên');
}

const tally = (right: number, of: number): Tally => ({ right, of });

export function evaluateCandidates(
  candidates: readonly FigureCandidate[],
  recorded: readonly RecordedFigure[],
): Evaluation {
  const agrees = {
    unit: (c: FigureCandidate, r: RecordedFigure) => normalizeUnit(c.unit) === normalizeUnit(r.unit),
    qualifier: qualifierAgrees,
    outOf: (c: FigureCandidate, r: RecordedFigure) => c.outOf === r.outOf,
  };
  const options: Array<{ c: number; r: number; score: number }> = [];
  candidates.forEach((c, ci) =>
    recorded.forEach((r, ri) => {
      if (c.value !== r.value) return;
      const score = Number(agrees.unit(c, r)) + Number(agrees.qualifier(c, r)) + Number(agrees.outOf(c, r));
      options.push({ c: ci, r: ri, score });
    }),
  );
  options.sort((a, b) => b.score - a.score || a.c - b.c || a.r - b.r);
  const byCandidate = new Map<number, number>();
  const byRecord = new Map<number, number>();
  for (const { c, r } of options) {
    if (byCandidate.has(c) || byRecord.has(r)) continue;
    byCandidate.set(c, r);
    byRecord.set(r, c);
  }

  const partsAgree = (ci: number, ri: number): boolean => {
    const wanted = recorded[ri]!.parts ?? [];
    const got = candidates[ci]!.parts.map((p) => byCandidate.get(p)).map((r) =>
      r === undefined ? '' : recorded[r]!.id,
    );
    return wanted.length === got.length && wanted.every((id) => got.includes(id));
  };
  const fieldRight = (field: Field, ci: number, ri: number): boolean =>
    field === 'value' ? true : field === 'parts' ? partsAgree(ci, ri) : agrees[field](candidates[ci]!, recorded[ri]!);

  const recall = {} as Evaluation['recall'];
  const precision = {} as Evaluation['precision'];
  for (const field of FIELDS) {
    const hasField = (r: RecordedFigure) =>
      field === 'outOf' ? r.outOf !== undefined : field === 'parts' ? (r.parts?.length ?? 0) > 0 : true;
    const statesField = (c: FigureCandidate) =>
      field === 'outOf' ? c.outOf !== undefined : field === 'parts' ? c.parts.length > 0 : true;
    const records = recorded.map((_, ri) => ri).filter((ri) => hasField(recorded[ri]!));
    recall[field] = tally(
      records.filter((ri) => byRecord.has(ri) && fieldRight(field, byRecord.get(ri)!, ri)).length,
      records.length,
    );
    const stated = candidates.map((_, ci) => ci).filter((ci) => statesField(candidates[ci]!));
    precision[field] = tally(
      stated.filter((ci) => byCandidate.has(ci) && fieldRight(field, ci, byCandidate.get(ci)!)).length,
      stated.length,
    );
  }
  const core: Field[] = ['value', 'qualifier', 'unit', 'outOf'];
  const missed = recorded
    .map((r, ri) => {
      const ci = byRecord.get(ri);
      const fields = ci === undefined ? (['value'] as Field[]) : core.filter((f) => !fieldRight(f, ci, ri));
      if (ci !== undefined && (r.parts?.length ?? 0) > 0 && !partsAgree(ci, ri)) fields.push('parts');
      return { id: r.id, fields };
    })
    .filter((m) => m.fields.length > 0);
  recall.all = tally(
    recorded.filter((_, ri) => byRecord.has(ri) && core.every((f) => fieldRight(f, byRecord.get(ri)!, ri))).length,
    recorded.length,
  );

  return {
    recall,
    precision,
    pairs: [...byRecord].map(([ri, ci]) => ({ id: recorded[ri]!.id, candidate: ci })),
    missed,
    falsePositives: candidates.map((_, ci) => ci).filter((ci) => !byCandidate.has(ci)),
    indicator: tally(
      [...byCandidate].filter(([ci, ri]) => candidates[ci]!.indicator?.id === recorded[ri]!.indicator).length,
      byCandidate.size,
    ),
  };
}

/** Adds tallies field by field, for totals over several reports. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce((sum, t) => tally(sum.right + t.right, sum.of + t.of), tally(0, 0));
}

/** "97.8% (88/90)", or "–" when nothing was counted. */
export function formatTally(t: Tally): string {
  return t.of === 0 ? '–' : `${((100 * t.right) / t.of).toFixed(1)}% (${t.right}/${t.of})`;
}
