import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overBudget } from '../src/lib/budgets.ts';
import { baseUrl, launch, type Session } from './support/browser.ts';
import { readerPages } from './support/dist.ts';
import { measurePage } from './support/weights.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

// Every page type; for each, the heaviest page of its kind is what matters, so all
// model and province pages are measured.
const pages = readerPages()
  .map((p) => p.path)
  .filter((p) => p !== '/404.html');

describe('performance budgets (gzip bytes on load, first view at 1280×900)', () => {
  it('holds on every page', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const over: string[] = [];
    const rows: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      const weights = await measurePage(page, baseUrl() + path);
      rows.push(`${path} html=${weights.html} css=${weights.css} js=${weights.js} fonts=${weights.fonts}`);
      over.push(...overBudget(path, weights));
      await page.close();
    }
    await context.close();
    console.log(`page weights (gzip bytes):\n${rows.join('\n')}`);
    expect(over).toEqual([]);
    // Every page is loaded in turn: about 0.7 s each on two cores.
  }, 600_000);

  it('fails a page that is over its budget, naming the page and the number', async () => {
    const page = await session.browser.newPage();
    const weights = await measurePage(page, baseUrl() + '/');
    await page.close();
    const tight = { html: 1024, css: 1024, js: 0, fonts: 0 };
    const messages = overBudget('/', weights, tight);
    expect(messages[0]).toMatch(/^\/: HTML \d+\.\d KB over the 1\.0 KB budget$/);
  });
});
