// A journalist's path: with the statistics table filtered, take one figure's link and
// citation, then open the link as someone without JavaScript would; compare one indicator
// across reports on its own page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, open, type Session } from './support/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

const FIGURE = 'hb20-mo-hinh-duy-tri';

describe('citing one figure', () => {
  it('copies a figure’s link and citation from the filtered statistics table; the link opens the figure without JavaScript', async () => {
    const { page, context } = await open(session, '/so-lieu/?chi-tieu=models-maintained');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    // The filter is on: only this indicator's rows are shown, the figure's among them.
    const shown = page.locator('table.all-figures tbody tr:visible');
    await expect.poll(() => shown.count()).toBe(2);
    expect(
      await shown.evaluateAll((rows) => rows.every((r) => r.getAttribute('data-chi-tieu') === 'models-maintained')),
    ).toBe(true);
    const row = page.locator(`tr[id="${FIGURE}"]`);
    await row.getByRole('link', { name: /^Liên kết · Trích dẫn/ }).click();
    await page.waitForURL(`**/so-lieu/f/${FIGURE}/`);

    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\//);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(`/so-lieu/f/${FIGURE}/`);
    await expect.poll(async () => (await page.getByRole('status').textContent())?.trim()).toBe('Đã sao chép liên kết.');

    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(link);
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    });
    // The figure as printed, its source report, the portal, the URL and the reader's date.
    expect(citation).toContain('mô hình đang duy trì hoạt động: 112 mô hình (tính đến 17/11/2020; phạm vi: toàn tỉnh)');
    expect(citation).toContain(
      'Nguồn: Cổng thông tin điện tử tỉnh Hòa Bình, “Nhân rộng các mô hình, điển hình tiên tiến về an ninh trật tự”, 17/11/2020.',
    );
    expect(citation).toContain(
      `Dẫn theo: Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu, ${link}, truy cập ngày ${today}.`,
    );
    await context.close();

    const bare = await open(session, new URL(link).pathname, { javaScriptEnabled: false });
    expect(bare.status).toBe(200);
    expect((await bare.page.locator('h1').textContent())?.trim()).toBe('mô hình đang duy trì hoạt động');
    expect((await bare.page.locator('.figure-big').textContent())?.trim()).toBe('112 mô hình');
    // Without a script the citation is there to select, with a plain placeholder for the date.
    const text = await bare.page.locator('textarea[data-copy="citation"]').inputValue();
    expect(text).toContain(`${link}, truy cập ngày [ngày bạn truy cập].`);
    expect(await bare.page.locator('input[data-copy="link"]').inputValue()).toBe(link);
    await bare.context.close();
  });

  it('still highlights a row of the statistics table opened by its anchor, without JavaScript', async () => {
    const { page, context } = await open(session, `/so-lieu/#${FIGURE}`, { javaScriptEnabled: false });
    const background = (id: string) =>
      page.locator(`tr[id="${id}"]`).evaluate((row) => getComputedStyle(row).backgroundColor);
    expect(await background(FIGURE)).not.toBe(await background('hb23-mo-hinh-duy-tri'));
    await context.close();
  });
});

describe('an indicator across reports', () => {
  it('shows both Hòa Bình reports of “models maintained” on one chart, in time order, with the comparability note', async () => {
    const { page, context } = await open(session, '/chi-tieu/models-maintained/', { javaScriptEnabled: false });
    const rows = page.locator('table.indicator-figures tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual([
      'hb20-mo-hinh-duy-tri',
      'hb23-mo-hinh-duy-tri',
    ]);
    expect(await rows.locator('td.num').allTextContents()).toEqual(['112', '45']);
    // The chart drawn at build time (the visible one of its two widths) joins the two points.
    const chart = page.locator('svg.chart:visible');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('circle.chart-point').count()).toBe(2);
    expect(await chart.locator('.chart-value').allTextContents()).toEqual(['112', '45']);
    expect(await chart.locator('.chart-period').allTextContents()).toEqual(['2020', '2023']);
    const note = page.locator('li[data-note="label"]');
    expect(await note.textContent()).toContain('“mô hình đang duy trì hoạt động”, “mô hình đang duy trì”');
    expect((await page.locator('#luu-y').textContent())?.trim()).toBe('Lưu ý khi so sánh');
    // Each figure links to its own page, and the indicator has its own CSV.
    const csv = await page.request.get(baseUrl() + '/chi-tieu/models-maintained/so-lieu.csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['hb20-mo-hinh-duy-tri', 'hb23-mo-hinh-duy-tri']);
    await context.close();
  });

  it('is linked from the statistics table and from each figure page', async () => {
    const { page, context } = await open(session, '/so-lieu/', { javaScriptEnabled: false });
    const compare = page.locator(`tr[id="${FIGURE}"]`).getByRole('link', { name: /^so sánh/ });
    expect(await compare.getAttribute('href')).toBe('/chi-tieu/models-maintained/');
    await page.goto(`${baseUrl()}/so-lieu/f/${FIGURE}/`);
    expect(await page.getByRole('link', { name: 'Số mô hình đang duy trì' }).getAttribute('href')).toBe(
      '/chi-tieu/models-maintained/',
    );
    await context.close();
  });
});
