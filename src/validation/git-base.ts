/**
 * The reports of a content folder as they were at a git revision, for the rule that a
 * published figure never changes without a correction (correction-rules.ts). Reads git's
 * objects, never the work tree; a report that no longer parses at that revision is skipped,
 * since history cannot be fixed.
 */
import { execFileSync } from 'node:child_process';
import { reportSchema, type Report } from '../schemas/report.ts';
import { checkCorrectionsSince } from './correction-rules.ts';
import type { Problem } from './problems.ts';

const git = (cwd: string, args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** The published and draft reports under `<contentRoot>/reports/` at `ref`; throws a plain message if `ref` is unknown. */
export function reportsAtRevision(contentRoot: string, ref: string): Report[] {
  try {
    git(contentRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new Error(`git revision "${ref}" not found from ${contentRoot}: fetch it, or name another commit`);
  }
  // Paths relative to the content folder, whatever the repository's layout.
  const names = git(contentRoot, ['ls-tree', '-r', '--name-only', ref, '--', 'reports/'])
    .split('\n')
    .filter((name) => /^reports\/[^/]+\.json$/.test(name));
  const reports: Report[] = [];
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(git(contentRoot, ['show', `${ref}:./${name}`]));
    } catch {
      continue;
    }
    const parsed = reportSchema.safeParse(data);
    if (parsed.success) reports.push(parsed.data);
  }
  return reports;
}

/** The correction rule between `ref` and the reports now (as validated): its problems. */
export function correctionProblemsSince(contentRoot: string, ref: string, reports: readonly Report[]): Problem[] {
  return checkCorrectionsSince(reportsAtRevision(contentRoot, ref), reports, (r) => `content/reports/${r.id}.json`);
}
