import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, launch, open, type Session } from './support/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe('home page', () => {
  for (const width of [375, 1280]) {
    it(`renders its heading with no axe violations or console errors at ${width}px`, async () => {
      const { page, errors, status } = await open(session, '/', { width });
      expect(status).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toContain('Toàn dân bảo vệ an ninh Tổ quốc');
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await axeViolations(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('skip link moves keyboard focus to the main content', async () => {
    const { page } = await open(session, '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Bỏ qua');
    await page.keyboard.press('Enter');
    // The fragment navigation lands after the key press returns: wait for it rather than race it.
    await page.waitForURL(/#noi-dung$/, { timeout: 5000 });
    await page.waitForFunction(() => document.activeElement?.id === 'noi-dung', undefined, { timeout: 5000 });
    await page.context().close();
  });
});

describe('unknown URL', () => {
  it('answers 404 with the helpful not-found page', async () => {
    const { page, status } = await open(session, '/khong-co-trang-nay/');
    expect(status).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy');
    expect(await page.locator('main a[href="/mo-hinh/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
