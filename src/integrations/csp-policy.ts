/**
 * Hashes of the inline <style> elements the build writes, and the style-src lists of the
 * Content-Security-Policy that must allow them. Pages carry their CSS inline (one round trip
 * to the first paint), and the policy allows each block by its SHA-256 instead of
 * 'unsafe-inline'. Pure: the build check and `npm run csp` read and write the files.
 */
import { createHash } from 'node:crypto';

const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/giu;

/** The CSP source expression of a style block: 'sha256-<base64>' of its exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The hash of every inline <style> of an HTML page, in page order. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(STYLE)].map((m) => styleHash(m[1] ?? ''));
}

/**
 * The style-src directives of a headers file or nginx configuration that the hashes belong
 * in: every one without 'unsafe-inline' (the web editor's own policy has it and needs none).
 */
const STYLE_SRC = /style-src((?: [^;"\n]+)*)/gu;

function sourcesOf(list: string): string[] {
  return list.trim().split(/\s+/u).filter(Boolean);
}

/** Hashes missing from some style-src of `text` that should carry them; one per directive and hash. */
export function missingHashes(text: string, hashes: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const m of text.matchAll(STYLE_SRC)) {
    const sources = sourcesOf(m[1] ?? '');
    if (sources.includes("'unsafe-inline'")) continue;
    for (const hash of hashes) if (!sources.includes(hash)) missing.add(hash);
  }
  return [...missing];
}

/** Whether `text` holds at least one style-src the hashes belong in. */
export function hasStyleSrc(text: string): boolean {
  return [...text.matchAll(STYLE_SRC)].some((m) => !sourcesOf(m[1] ?? '').includes("'unsafe-inline'"));
}

/**
 * `text` with every such style-src set to 'self' and exactly `hashes` (sorted, so the
 * files change only when the styles do). Other sources on the directive are kept.
 */
export function withHashes(text: string, hashes: readonly string[]): string {
  const sorted = [...new Set(hashes)].sort();
  return text.replace(STYLE_SRC, (whole, list: string) => {
    const sources = sourcesOf(list);
    if (sources.includes("'unsafe-inline'")) return whole;
    const kept = sources.filter((s) => s !== "'self'" && !s.startsWith("'sha256-"));
    return `style-src ${["'self'", ...kept, ...sorted].join(' ')}`;
  });
}
