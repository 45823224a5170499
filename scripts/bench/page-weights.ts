/**
 * Page weights (gzip bytes by kind) of representative pages, measured with the browser
 * tests' own measurePage so the numbers compare with the budgets those tests enforce.
 */
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measurePage } from '../../tests/support/weights.ts';

export interface PageWeight {
  label: string;
  path: string;
  ok: boolean;
  html: number;
  css: number;
  js: number;
  fonts: number;
  requests: number;
  /** How a number was obtained when measurePage could not see it. */
  note?: string;
  error?: string;
}

/**
 * measurePage looks up precompressed files under "dist" relative to the working directory,
 * and the project's own dist/ belongs to other builds. Running it from a folder whose "dist" links
 * to the measured build keeps its code unchanged and its numbers about the right files.
 */
export async function withDistAs<T>(scratch: string, dist: string, run: () => Promise<T>): Promise<T> {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  symlinkSync(dist, join(scratch, 'dist'));
  const previous = process.cwd();
  process.chdir(scratch);
  try {
    return await run();
  } finally {
    process.chdir(previous);
  }
}

export async function measureWeights(
  browser: Browser,
  baseUrl: string,
  dist: string,
  pages: ReadonlyArray<{ label: string; path: string }>,
): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const { label, path } of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // At national scale /so-lieu/ is tens of MB of HTML: Playwright's 30 s default is too short to load it.
    page.setDefaultTimeout(180_000);
    try {
      const w = await measurePage(page, baseUrl + path);
      // Chromium does not keep bodies of tens of MB for the inspector, so measurePage sees no
      // document; the host would send the precompressed file, whose size is on disk.
      const gz = join(dist, path, 'index.html.gz');
      if (w.html === 0 && existsSync(gz)) {
        const raw = statSync(join(dist, path, 'index.html')).size;
        results.push({
          label,
          path,
          ok: true,
          ...w,
          html: statSync(gz).size,
          note: `HTML from ${path}index.html.gz on disk (${(raw / 2 ** 20).toFixed(1)} MB raw): Chromium kept no body`,
        });
      } else results.push({ label, path, ok: true, ...w });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
      results.push({ label, path, ok: false, html: 0, css: 0, js: 0, fonts: 0, requests: 0, error: message });
    } finally {
      await context.close();
    }
  }
  return results;
}
