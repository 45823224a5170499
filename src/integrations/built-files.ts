/**
 * What the precompression pass learns of each built text file, kept for the hooks that run
 * after it. Three hooks used to read every page of dist/ on their own (inline style hashes
 * for the CSP check, a hash of every page for the offline version file, compressed sizes for
 * the offline lists): at national scale some 33,000 pages, about 1 GB, read three times. The
 * pass reads each file once anyway; the others take its record, or read the files themselves
 * when there is none (`npm run csp` on a finished dist/).
 */
import { resolve } from 'node:path';

export interface BuiltFile {
  /** SHA-256 of the file's bytes as written. */
  digest: Buffer;
  /** Size of the .br beside it: what a reader downloads. */
  brotliBytes: number;
  /** The hash of each inline <style> of an HTML page, in page order (src/integrations/csp-policy.ts). */
  styleHashes?: readonly string[];
}

const records = new Map<string, Map<string, BuiltFile>>();

/** Keeps the pass's record of `dist`, by absolute file path; a later build of the same folder replaces it. */
export function recordBuiltFiles(dist: string, files: ReadonlyMap<string, BuiltFile>): void {
  records.set(resolve(dist), new Map([...files].map(([file, built]) => [resolve(file), built])));
}

/** The record of `dist` from this process's precompression pass, if it ran. */
export function builtFilesOf(dist: string): ReadonlyMap<string, BuiltFile> | undefined {
  return records.get(resolve(dist));
}
