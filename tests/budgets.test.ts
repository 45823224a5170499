import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_BYTES, FIRST_VISIT_BYTES, firstViewPart, overBudget, renderBlocking } from '../src/lib/budgets.ts';
import { baseUrl, launch, type Session } from './support/browser.ts';
import { fileForPath, readerPages } from './support/dist.ts';
import { PAGE_TYPES } from './support/page-types.ts';
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

// The rule is explained at FIRST_VIEW_BYTES in src/lib/budgets.ts.
describe('first view fits the first round trip (14 KB gzip, nothing render-blocking)', () => {
  it.each(PAGE_TYPES)('%s (%s)', (_name, path) => {
    const file = fileForPath(path);
    expect(file, `${path} is built`).toBeDefined();
    const html = readFileSync(file!, 'utf8');
    const part = firstViewPart(html);
    const gz = gzipSync(part, { level: 9 }).length;
    expect(
      gz,
      `${path}: first view ${gz} gzip bytes (whole page ${html.length === part.length ? 'fits' : 'cut at the first heading of <main>'})`,
    ).toBeLessThanOrEqual(FIRST_VIEW_BYTES);
    expect(renderBlocking(html)).toEqual([]);
  });

  it('the rule catches a blocking stylesheet and a heavy head', () => {
    const head = `<head><link rel="stylesheet" href="/a.css"><script src="/b.js"></script><script type="module" src="/c.js"></script></head>`;
    expect(renderBlocking(`<html>${head}<body></body></html>`)).toHaveLength(2);
    const noise = Array.from({ length: 4000 }, (_, i) => `<p>${(i * 7919).toString(36)}</p>`).join('');
    const html = `<html><head></head><body><main><h1>Tiêu đề</h1>${noise}</main></body></html>`;
    expect(firstViewPart(html)).toBe('<html><head></head><body><main><h1>Tiêu đề</h1>');
    const late = `<html><head><style>${randomBytes(20_000).toString('hex')}</style></head><body><main><h1>T</h1></main></body></html>`;
    expect(gzipSync(firstViewPart(late)).length).toBeGreaterThan(FIRST_VIEW_BYTES);
  });
});

describe('first visit to a model page (30 KB compressed in all)', () => {
  it('HTML and every resource fetched at load stay under the budget', async () => {
    const model = PAGE_TYPES.find(([name]) => name === 'model')![1];
    const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const weights = await measurePage(page, baseUrl() + model);
    await context.close();
    console.log(`first visit ${model}: ${weights.total} bytes in ${weights.requests} requests`);
    expect(weights.fonts).toBe(0);
    expect(weights.total).toBeLessThanOrEqual(FIRST_VISIT_BYTES);
  });
});
