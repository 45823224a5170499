import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentHeaderProblems, parseHeadersFile } from '../lib/headers-file.ts';
import { builtFilesOf } from './built-files.ts';
import { hasStyleSrc, inlineStyleHashes, missingHashes, withHashes } from './csp-policy.ts';

/** The files that send the Content-Security-Policy: the static hosts' headers and nginx. */
export const POLICY_FILES = ['public/_headers', 'docs/nginx.conf'] as const;

/**
 * Every distinct inline style hash of the built pages, sorted; the web editor's pages are left
 * out. Taken from the precompression pass's record when this build made one, else read.
 */
export async function builtStyleHashes(dist: string): Promise<string[]> {
  const hashes = new Set<string>();
  // The editor's policy allows inline styles ('unsafe-inline'): its pages need no hash.
  const counts = (file: string) => file.endsWith('.html') && !/^admin[\\/]/u.test(relative(dist, file));
  const recorded = builtFilesOf(dist);
  if (recorded) {
    for (const [file, built] of recorded)
      if (counts(file)) for (const hash of built.styleHashes ?? []) hashes.add(hash);
    return [...hashes].sort();
  }
  for (const e of await readdir(dist, { withFileTypes: true, recursive: true })) {
    const file = join(e.parentPath, e.name);
    if (!e.isFile() || !counts(file)) continue;
    for (const hash of inlineStyleHashes(await readFile(file, 'utf8'))) hashes.add(hash);
  }
  return [...hashes].sort();
}

/**
 * The URL paths of the built documents a browser may open: every page as its folder ("/a/")
 * and its file ("/a/index.html"), other HTML, SVG and XML files, and the service worker.
 * Listed from the precompression pass's record when this build made one (it holds every such
 * file), else from the folder.
 */
export async function builtDocumentPaths(dist: string): Promise<string[]> {
  const recorded = builtFilesOf(dist);
  const files = recorded
    ? [...recorded.keys()]
    : (await readdir(dist, { withFileTypes: true, recursive: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name));
  const paths: string[] = [];
  for (const file of files) {
    const path = '/' + relative(dist, file).split(sep).join('/');
    if (!/\.(?:html|svg|xml)$|(?:^|\/)sw\.js$/u.test(path)) continue;
    paths.push(path);
    if (path.endsWith('/index.html')) paths.push(path.slice(0, -'index.html'.length));
  }
  return paths.sort();
}

/** One message per policy file that lacks a hash: what is missing, and the command that fixes it. */
export async function policyProblems(hashes: readonly string[], root = '.'): Promise<string[]> {
  const problems: string[] = [];
  for (const name of POLICY_FILES) {
    const text = await readFile(join(root, name), 'utf8');
    if (!hasStyleSrc(text)) {
      problems.push(`${name}: no style-src to allow the pages' inline styles`);
      continue;
    }
    const missing = missingHashes(text, hashes);
    if (missing.length > 0) problems.push(`${name}: style-src lacks ${missing.join(' ')}`);
  }
  return problems;
}

/** Rewrites the style-src lists of both policy files to exactly `hashes`; returns the files changed. */
export async function writePolicyHashes(hashes: readonly string[], root = '.'): Promise<string[]> {
  const changed: string[] = [];
  for (const name of POLICY_FILES) {
    const file = join(root, name);
    const text = await readFile(file, 'utf8');
    const next = withHashes(text, hashes);
    if (next !== text) {
      await writeFile(file, next);
      changed.push(name);
    }
  }
  return changed;
}

/**
 * After the build, checks that the Content-Security-Policy of public/_headers and docs/nginx.conf
 * allows every inline <style> the pages carry, so a style change can never ship a page whose
 * styles the browser blocks. The build fails naming the missing hashes; `npm run csp` writes them.
 * (dist/_headers is a copy of public/_headers made before this hook: a new hash needs a rebuild.)
 */
export function cspHashesIntegration(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const hashes = await builtStyleHashes(dist);
        const headerProblems = documentHeaderProblems(
          parseHeadersFile(await readFile('public/_headers', 'utf8')),
          await builtDocumentPaths(dist),
        );
        if (headerProblems.length > 0) {
          throw new Error(
            `public/_headers does not give every document one policy:\n${headerProblems.join('\n')}\n` +
              'A new top-level section needs its rules there (see the comment above them).',
          );
        }
        const problems = await policyProblems(hashes);
        if (problems.length > 0) {
          throw new Error(
            `The Content-Security-Policy does not allow the pages' inline styles:\n${problems.join('\n')}\n` +
              'Run `npm run csp` (after this build) to write the hashes, then build again.',
          );
        }
        logger.info(`${hashes.length} inline style hash(es) allowed by ${POLICY_FILES.join(' and ')}`);
      },
    },
  };
}
