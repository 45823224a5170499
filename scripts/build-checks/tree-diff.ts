// Two build outputs compared file by file: what the reproducibility and incremental-build checks
// both need.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, by its path relative to root ("/"-separated), with its sha256. */
export function treeHashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(
          relative(root, full).split(sep).join('/'),
          createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(root);
  return out;
}

/** Paths that differ between two trees, or are in only one of them, sorted. */
export function differingFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** The first differences, one per line, marked when a file is in only one tree. */
export function describeDifferences(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
  files: readonly string[],
  limit = 30,
): string {
  return files
    .slice(0, limit)
    .map((file) => `  ${file}${a.has(file) && b.has(file) ? '' : ' (only in one build)'}`)
    .join('\n');
}
