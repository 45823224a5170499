import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Weights } from '../../src/lib/budgets.ts';
import { fileForPath } from './dist.ts';

/**
 * Loads a page in Chromium and adds up what it fetched, by kind, in gzip bytes: the
 * precompressed .gz file the host would send, or the body gzipped when there is none.
 */
export async function measurePage(page: Page, url: string): Promise<Weights & { requests: number; total: number }> {
  const responses: Array<{ url: string; type: string; body: Buffer }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          responses.push({ url: response.url(), type: response.request().resourceType(), body });
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Fonts are requested once layout knows which glyphs the first view needs.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await Promise.all(pending);
  const weights: Weights = { html: 0, css: 0, js: 0, fonts: 0 };
  // Everything fetched (icons, manifest, images too), compressed as the host sends it.
  let total = 0;
  for (const r of responses) {
    const sent = fileForPath(new URL(r.url).pathname);
    total +=
      sent && existsSync(`${sent}.gz`)
        ? readFileSync(`${sent}.gz`).length
        : Math.min(r.body.length, gzipSync(r.body, { level: 9 }).length);
  }
  for (const r of responses) {
    const kind =
      r.type === 'document'
        ? 'html'
        : r.type === 'stylesheet'
          ? 'css'
          : r.type === 'script'
            ? 'js'
            : r.type === 'font'
              ? 'fonts'
              : undefined;
    if (!kind) continue;
    const file = fileForPath(new URL(r.url).pathname);
    const gz =
      file && existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(r.body, { level: 9 }).length;
    // Fonts are already compressed (WOFF2); count them as sent.
    weights[kind] += kind === 'fonts' ? r.body.length : gz;
  }
  return { ...weights, requests: responses.length, total };
}
