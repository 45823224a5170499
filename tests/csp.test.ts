// Every page type in Chromium, served both ways the site is deployed: by the test server
// with exactly the headers of public/_headers, and by nginx with docs/nginx.conf. No page
// may break its Content-Security-Policy or log a console error (a failed request, such
// as a missing icon, logs one), and the framing rule must hold in a real browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './support/browser.ts';
import { EMBED_PAGE, PAGE_TYPES } from './support/page-types.ts';
import { startOtherSite, type OtherSite } from './support/other-site.ts';
import { HOSTS } from './support/servers.ts';

let session: Session;
let other: OtherSite;
beforeAll(async () => {
  session = await launch();
  other = await startOtherSite();
});
afterAll(async () => {
  await session.close();
  await other.close();
});

const PAGES = [...PAGE_TYPES.map(([, path]) => path), '/tim-kiem/?q=tieng%20keng', EMBED_PAGE, '/khong-co-trang-nay/'];

/** CSP violations and console errors seen by a page from now on. */
async function watch(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  await page.exposeFunction('reportViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

describe.each(HOSTS)('$name', (host) => {
  it('sends the security headers on pages and long caching on hashed assets', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(host.url() + '/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toContain('must-revalidate');
    // Styles are inline (hashed in the policy); the scripts are the hashed assets.
    const script = await page.$eval('script[type="module"][src]', (s) => (s as HTMLScriptElement).src);
    const asset = await page.request.get(script);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // A policy acts on documents and workers only: the script does without it, the worker's
    // script carries the page's (it governs what the worker may fetch).
    expect(asset.headers()['content-security-policy']).toBeUndefined();
    const worker = await page.request.get(host.url() + '/sw.js');
    expect(worker.headers()['content-security-policy']).toBe(headers['content-security-policy']);
    await page.close();
  });

  it('notices a violation when one happens (the check itself works)', async () => {
    const page = await session.browser.newPage();
    const seen = await watch(page);
    await page.goto(host.url() + '/');
    // An inline script is exactly what the policy forbids.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.x = 1';
      document.body.append(s);
    });
    await expect.poll(() => seen.violations.length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(PAGES)('%s loads with zero CSP violations and no console error', async (path) => {
    const page = await session.browser.newPage();
    const seen = await watch(page);
    const response = await page.goto(host.url() + path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    // Exercise the scripts a reader would trigger.
    if (path.startsWith('/tim-kiem/')) await page.waitForTimeout(500);
    expect(seen.violations).toEqual([]);
    // The 404 page's own request is the one error a 404 page may log.
    expect(seen.errors.filter((e) => !(path.startsWith('/khong-co') && e.includes(path)))).toEqual([]);
    await page.close();
  });

  it('shows an embed framed by another site and refuses to be framed elsewhere', async () => {
    other.show(
      '<!doctype html><html lang="en"><head><title>Another site</title></head><body>' +
        `<iframe id="embed" title="embed" src="${host.url()}${EMBED_PAGE}"></iframe>` +
        `<iframe id="page" title="page" src="${host.url()}/mo-hinh/"></iframe></body></html>`,
    );
    const page = await session.browser.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await page.goto(other.url, { waitUntil: 'networkidle' });
    const embed = page.frames().find((f) => f.url().endsWith(EMBED_PAGE));
    expect(await embed?.locator('svg.chart').count()).toBeGreaterThan(0);
    // Chromium refuses the other page ("Framing '<origin>' violates … frame-ancestors 'self'").
    await expect.poll(() => refusals.join('\n')).toMatch(/Framing .* violates .*frame-ancestors 'self'/);
    expect(page.frames().some((f) => f.url().endsWith('/mo-hinh/'))).toBe(false);
    await page.close();
  });
});
