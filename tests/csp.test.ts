// Serves dist/ with exactly the headers of public/_headers (the test server reads the
// copy in dist/) and checks that no page breaks its Content-Security-Policy.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, type Session } from './support/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

const PAGES = [
  '/',
  '/mo-hinh/',
  '/mo-hinh/tieng-keng-vay-bat-toi-pham/',
  '/tinh-thanh/',
  '/tinh-thanh/phu-tho/',
  '/nguon/',
  '/so-lieu/',
  '/so-lieu/phu-tho/',
  '/mo-hinh/tinh/thai-nguyen/',
  '/du-lieu/',
  '/gioi-thieu/',
  '/en/',
  '/bai-viet/',
  '/tim-kiem/?q=tieng%20keng',
];

describe('Content-Security-Policy and security headers', () => {
  it('sends the security headers on pages and long caching on hashed assets', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(baseUrl() + '/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toContain('must-revalidate');
    const css = await page.$eval('link[rel="stylesheet"]', (l) => (l as HTMLLinkElement).href);
    const asset = await page.request.get(css);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    await page.close();
  });

  async function watchViolations(page: Page): Promise<string[]> {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    return violations;
  }

  it('notices a violation when one happens (the check itself works)', async () => {
    const page = await session.browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(baseUrl() + '/');
    // An inline script is exactly what the policy forbids.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.x = 1';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(PAGES)('%s loads with zero CSP violations', async (path) => {
    const page = await session.browser.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    // Exercise the scripts a reader would trigger.
    if (path.startsWith('/tim-kiem/')) await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await page.close();
  });
});
