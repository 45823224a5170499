import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, hasHorizontalScroll, launch, open, type Session } from './support/browser.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { NAV } from '../src/lib/site.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

const models = readdirSync('content/models').map((f) => f.replace(/\.json$/, ''));
describe.each(PAGE_TYPES)('%s page (%s)', (_name, path) => {
  it.each([375, 1280])('has no axe violations, console errors or horizontal scroll at %ipx', async (width) => {
    const { page, errors, status } = await open(session, path, { width });
    expect(status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 320px screen and has no axe violations in dark mode', async () => {
    const narrow = await open(session, path, { width: 320 });
    expect(await hasHorizontalScroll(narrow.page)).toBe(false);
    await narrow.context.close();
    const dark = await open(session, path, { colorScheme: 'dark' });
    expect(await axeViolations(dark.page)).toEqual([]);
    await dark.context.close();
  });

  it('has a title, description, canonical URL and an og:image that is a 1200×630 PNG', async () => {
    const { page } = await open(session, path);
    const head = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      image: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
      twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? '',
    }));
    expect(head.title.length).toBeGreaterThan(5);
    expect(head.description.length).toBeGreaterThan(20);
    expect(new URL(head.canonical).pathname).toBe(path);
    expect(head.twitter).toBe('summary_large_image');
    const response = await page.request.get(baseUrl() + new URL(head.image).pathname);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    await page.context().close();
  });
});

describe('model directory', () => {
  it('lists every model without JavaScript', async () => {
    const { page } = await open(session, '/mo-hinh/', { javaScriptEnabled: false });
    const links = await page.$$eval('li[data-tinh] > a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(models.map((slug) => `/mo-hinh/${slug}/`).sort());
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.context().close();
  });

  it('narrows the list with a filter and puts the filter in the URL', async () => {
    const { page } = await open(session, '/mo-hinh/');
    const all = await page.locator('li[data-tinh]:visible').count();
    await page.selectOption('select[name="tinh"]', 'ninh-binh');
    const shown = await page.locator('li[data-tinh]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(
      await page
        .locator('li[data-tinh]:visible')
        .evaluateAll((els) => els.every((e) => (e as HTMLElement).dataset['tinh'] === 'ninh-binh')),
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('ninh-binh');
    await expect(page.locator('.filter-count').textContent()).resolves.toContain(`${shown}/${all}`);
    await page.context().close();
  });

  it('opens a shared filtered link already filtered', async () => {
    const { page } = await open(session, '/mo-hinh/?ghi-nhan=nationwide');
    const shown = await page.locator('li[data-tinh]:visible').count();
    const highlighted = models.filter(
      (slug) => JSON.parse(readFileSync(`content/models/${slug}.json`, 'utf8')).highlight,
    ).length;
    expect(shown).toBe(highlighted);
    await page.context().close();
  });
});

describe('sharing a model page', () => {
  it('copies the canonical URL to the clipboard', async () => {
    const { page, context } = await open(session, '/mo-hinh/tieng-keng-vay-bat-toi-pham/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    await page.click('button[data-action="copy"]');
    await expect.poll(() => page.locator('.share-status').textContent()).toContain('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });

  it('has plain Zalo and Facebook links and a QR code of the page', async () => {
    const { page } = await open(session, '/mo-hinh/tieng-keng-vay-bat-toi-pham/', { javaScriptEnabled: false });
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href')) ?? '';
    const hrefs = await page.$$eval('share-bar a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('facebook.com') && h.includes(encodeURIComponent(canonical)))).toBe(true);
    expect(hrefs.some((h) => h.includes('zalo.me') && h.includes(encodeURIComponent(canonical)))).toBe(true);
    expect(await page.locator('share-bar svg[role="img"]').count()).toBe(1);
    // Buttons that need JavaScript stay hidden without it.
    expect(await page.locator('button[data-action="copy"]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('prints as one A4 page', async () => {
    const { page } = await open(session, '/mo-hinh/tieng-keng-vay-bat-toi-pham/');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.context().close();
  });
});

// Every main destination, search first, in view on a phone without scrolling sideways: the
// header shows them all (no menu button), so each must be on screen, not covered, and tappable.
describe('navigation on a phone', () => {
  const destinations = ['/tim-kiem/', ...NAV.map((item) => item.href), '/en/'];
  const paths = ['/', '/tim-kiem/', PAGE_TYPES.find(([name]) => name === 'model')![1]];

  describe.each([320, 414])('at %ipx', (width) => {
    it.each(paths)('shows every destination on %s, search first, with nothing to scroll sideways', async (path) => {
      const { page, context } = await open(session, path, { width, height: 700 });
      const nav = page.locator('header nav[aria-label="Điều hướng chính"]');
      const links = await nav.locator('a').evaluateAll((anchors) =>
        anchors.map((a) => {
          const box = a.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return {
            href: a.getAttribute('href') ?? '',
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height },
            visible: a.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            onTop: hit !== null && a.contains(hit),
          };
        }),
      );
      expect(links.map((l) => l.href)).toEqual(destinations);
      for (const link of links) {
        expect(link.visible, `${link.href} hidden`).toBe(true);
        expect(link.onTop, `${link.href} covered by another element`).toBe(true);
        expect(link.box.left, `${link.href} starts off screen`).toBeGreaterThanOrEqual(0);
        expect(link.box.right, `${link.href} ends off screen`).toBeLessThanOrEqual(width);
        expect(link.box.bottom, `${link.href} below the first screen`).toBeLessThanOrEqual(700);
        expect(link.box.height, `${link.href} too small to tap`).toBeGreaterThanOrEqual(24);
      }
      // Search comes first: nothing sits above it or, on its row, before it.
      const [search, ...others] = links;
      for (const link of others)
        expect(
          link.box.top > search!.box.top || (link.box.top === search!.box.top && link.box.left > search!.box.left),
          `${link.href} comes before search`,
        ).toBe(true);
      const overflow = await page.evaluate(() => {
        const navigation = document.querySelector('header nav')!;
        const list = navigation.querySelector('ul')!;
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          nav: navigation.scrollWidth - navigation.clientWidth,
          list: list.scrollWidth - list.clientWidth,
        };
      });
      expect(overflow).toEqual({ page: 0, nav: 0, list: 0 });
      await context.close();
    });
  });
});
