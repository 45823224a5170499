import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, open, type Session } from './support/browser.ts';
import { startOtherSite, type OtherSite } from './support/other-site.ts';

let session: Session;
// A second origin that embeds a chart, like a newspaper's site would.
let host: OtherSite;

beforeAll(async () => {
  session = await launch();
  host = await startOtherSite();
});
afterAll(async () => {
  await session.close();
  await host.close();
});

const charts = readdirSync('content/charts').map((f) => f.replace(/\.json$/, ''));

describe.each(charts)('chart %s', (id) => {
  it('shows its SVG and data table without JavaScript, with no axe violations', async () => {
    const { page } = await open(session, `/bieu-do/${id}/`, { siteScripts: false, width: 375 });
    expect(await page.locator('figure.chart-figure svg.chart:visible').count()).toBe(1);
    const svg = page.locator('figure.chart-figure svg.chart:visible');
    expect(await svg.getAttribute('role')).toMatch(/^(img|group)$/);
    expect((await page.locator('figure.chart-figure svg.chart:visible desc').textContent())?.length).toBeGreaterThan(
      20,
    );
    expect(await page.locator('.chart-data table tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no axe violations with JavaScript and offers its downloads', async () => {
    const { page, errors } = await open(session, `/bieu-do/${id}/`);
    expect(await axeViolations(page)).toEqual([]);
    for (const file of ['du-lieu.csv', 'bieu-do.svg']) {
      const response = await page.request.get(`${baseUrl()}/bieu-do/${id}/${file}`);
      expect(response.status()).toBe(200);
    }
    const svgText = await (await page.request.get(`${baseUrl()}/bieu-do/${id}/bieu-do.svg`)).text();
    expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('<style>');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('chart actions', () => {
  it('exports the chart as a PNG', async () => {
    const { page } = await open(session, `/bieu-do/${charts[0]}/`);
    const download = page.waitForEvent('download');
    await page.click('button[data-action="png"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${charts[0]}.png`);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.context().close();
  });

  it('copies the embed code and the citation', async () => {
    const { page, context } = await open(session, '/bieu-do/nam-dinh-diem-khieu-to/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.click('.chart-share summary');
    await page.click('button[data-action="copy-embed"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
    await page.click('button[data-action="copy-citation"]');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('/bieu-do/nam-dinh-diem-khieu-to/');
    await context.close();
  });
});

describe('embedding', () => {
  it('sizes the iframe on another origin to the chart height', async () => {
    const { page: chartPage } = await open(session, '/bieu-do/ban-do-mo-hinh/');
    const snippet = (await chartPage.locator('textarea[data-copy="embed"]').inputValue())
      // The snippet names the production origin; this test serves the site locally.
      .replaceAll(new URL((await chartPage.getAttribute('link[rel="canonical"]', 'href')) ?? '').origin, baseUrl());
    await chartPage.context().close();
    host.show(
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A newspaper</h1>${snippet}</body></html>`,
    );
    const context = await session.browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const iframe = page.locator('iframe');
    // The snippet starts at 480 px; the embed's message replaces that with its real height.
    await expect.poll(async () => Number(await iframe.getAttribute('height')), { timeout: 10_000 }).not.toBe(480);
    const frame = page.frameLocator('iframe');
    const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(Math.abs(Number(await iframe.getAttribute('height')) - inner)).toBeLessThanOrEqual(2);
    await context.close();
  });
});
