/**
 * Runs fuzz cases through the validator, as `npm run validate` and the build would: each case
 * is a clean rejection (every problem names a file of the content and says what is wrong; a
 * changed id may be reported where it is referenced), an
 * acceptance, a crash (anything thrown) or a hang (a case that took longer than the guard).
 */
import type { SourceFile } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { parseMemo, validateContent, type ParseMemo } from '../validate.ts';
import type { FuzzCase } from './corpus.ts';

/** A case that takes this long is a hang, whatever it then returns: every check is linear. */
export const HANG_MS = 5000;

export type Outcome =
  | { kind: 'rejected'; problems: Problem[] }
  | { kind: 'accepted' }
  | { kind: 'crash'; error: string }
  | { kind: 'hang'; ms: number }
  | { kind: 'unclear'; why: string };

export function applyCase(base: readonly SourceFile[], c: FuzzCase): SourceFile[] {
  const replaced = new Map(c.files.map((f) => [f.file, f]));
  const removed = new Set(c.remove ?? []);
  const out = base.filter((f) => !removed.has(f.file)).map((f) => replaced.get(f.file) ?? f);
  const present = new Set(out.map((f) => f.file));
  return [...out, ...c.files.filter((f) => !present.has(f.file))];
}

export function runCase(base: readonly SourceFile[], c: FuzzCase, memo?: ParseMemo): Outcome {
  const files = applyCase(base, c);
  const start = performance.now();
  let problems: Problem[];
  try {
    problems = validateContent(files, memo).problems;
  } catch (error) {
    return { kind: 'crash', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  const ms = performance.now() - start;
  if (ms > HANG_MS) return { kind: 'hang', ms };
  if (problems.length === 0) return { kind: 'accepted' };
  // A renamed reference file is missing under its own name: that name is known too.
  const known = new Set([...files.map((f) => f.file), ...(c.remove ?? [])]);
  const vague = problems.find((p) => !known.has(p.file) || p.message.trim() === '' || p.vi.trim() === '');
  if (vague) return { kind: 'unclear', why: `a problem names no file of the case: ${JSON.stringify(vague)}` };
  return { kind: 'rejected', problems };
}

export interface FuzzSummary {
  cases: number;
  rejected: number;
  accepted: number;
  crashes: Array<{ name: string; error: string }>;
  hangs: Array<{ name: string; ms: number }>;
  unclear: Array<{ name: string; why: string }>;
  /** Accepted cases, for a build to render. */
  acceptedCases: FuzzCase[];
}

export function runFuzz(base: readonly SourceFile[], cases: Iterable<FuzzCase>): FuzzSummary {
  const summary: FuzzSummary = {
    cases: 0,
    rejected: 0,
    accepted: 0,
    crashes: [],
    hangs: [],
    unclear: [],
    acceptedCases: [],
  };
  // The unchanged files are the same objects in every case: each is read once.
  const memo = parseMemo();
  for (const c of cases) {
    summary.cases++;
    const outcome = runCase(base, c, memo);
    if (outcome.kind === 'rejected') summary.rejected++;
    else if (outcome.kind === 'accepted') {
      summary.accepted++;
      summary.acceptedCases.push(c);
    } else if (outcome.kind === 'crash') summary.crashes.push({ name: c.name, error: outcome.error });
    else if (outcome.kind === 'hang') summary.hangs.push({ name: c.name, ms: outcome.ms });
    else summary.unclear.push({ name: c.name, why: outcome.why });
  }
  return summary;
}

export const summaryLine = (s: FuzzSummary): string =>
  `fuzz: ${s.cases} cases, ${s.rejected} rejected, ${s.accepted} accepted, ${s.crashes.length} crashes, ${s.hangs.length} hangs` +
  (s.unclear.length > 0 ? `, ${s.unclear.length} unclear rejections` : '');
