import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, open, type Session } from './support/browser.ts';
import { readPngText } from '../src/lib/png-text.ts';
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
  it('exports the chart as a PNG that shows and names its title, source, licence and URL', async () => {
    const id = 'tin-bao-cua-nhan-dan';
    const { page, errors } = await open(session, `/bieu-do/${id}/`);
    const title = (await page.locator('.chart-title').first().textContent())?.trim() ?? '';
    const download = page.waitForEvent('download');
    await page.click('button[data-action="png"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${id}.png`);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const png = new Uint8Array(Buffer.concat(chunks));
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');

    // Text chunks, read back with their CRCs checked.
    const texts = new Map(readPngText(png).map((t) => [t.keyword, t.text]));
    expect(texts.get('Title')).toBe(title);
    expect(texts.get('URL')).toMatch(new RegExp(`^https?://[^/]+/bieu-do/${id}/$`));
    expect(texts.get('Copyright')).toContain('CC BY 4.0');
    expect(texts.get('Source')).toContain('Công an tỉnh Nam Định');
    expect(texts.get('Description')).toContain('Thời kỳ: 2007–2022');

    // The image is the downloadable SVG (which prints those facts) at twice its size, and still decodes.
    const svg = await (await page.request.get(`${baseUrl()}/bieu-do/${id}/bieu-do.svg`)).text();
    const size = (name: string) => Number(new RegExp(`<svg[^>]* ${name}="([\\d.]+)"`).exec(svg)?.[1]);
    const decoded = await page.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      return { width: bitmap.width, height: bitmap.height };
    }, Array.from(png));
    expect(decoded).toEqual({ width: Math.round(size('width') * 2), height: Math.round(size('height') * 2) });
    expect(errors).toEqual([]);
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

  it('follows a link of the embed in the top window, not inside the frame', async () => {
    const id = 'tin-bao-cua-nhan-dan';
    host.show(
      '<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A newspaper</h1>' +
        `<iframe title="chart" src="${baseUrl()}/nhung/${id}/" width="700" height="600"></iframe></body></html>`,
    );
    const context = await session.browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const link = page.frameLocator('iframe').locator('.chart-source a').first();
    const href = new URL((await link.getAttribute('href')) ?? '', baseUrl()).toString();
    expect(href).toMatch(/\/nguon\/[^/]+\/$/);
    await Promise.all([page.waitForURL(href, { timeout: 10_000 }), link.click()]);
    // The top window shows the report page; no frame is left holding it (the page forbids framing).
    expect(page.url()).toBe(href);
    expect(page.frames()).toHaveLength(1);
    expect(await page.locator('h1').first().textContent()).not.toBe('A newspaper');
    await context.close();
  });
});
