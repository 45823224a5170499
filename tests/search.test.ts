// Search as Vietnamese readers type it, through the site's own search UI on the built site:
// without diacritics, đ as d, abbreviations either way, upper case, NFD input, old tone
// placement, partial names, former and current provinces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logTransfers, type Transfer } from '../scripts/bench/transfer-log.ts';
import { startStaticServer } from '../scripts/serve.ts';
import { foldedWords, normalizeQuery } from '../src/lib/search-text.ts';
import { DIST } from './support/dist.ts';
import { axeViolations, baseUrl, hasHorizontalScroll, launch, open, type Session } from './support/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

const INPUT = 'input.search-input';
/** Words written with a capital inside: product and format names, and a column of the open data named on /du-lieu/. */
const CAMEL_CASE_NAMES = new Set(['JavaScript', 'LibreOffice', 'OpenDocument', 'asOf']);
/** Button and link texts of the site's controls: never part of what a search excerpt shows. */
const INTERFACE_TEXTS = [
  'Tải CSV',
  'Tải PNG',
  'Sao chép',
  'liên kết · trích dẫn',
  'Liên kết · Trích dẫn',
  'Xem số liệu dạng bảng',
];
const SUMMARY = '[data-search-summary]';
const RESULTS = '[data-search-results]';
const FIRST_LINK = `${RESULTS} .search-hit-link`;

/** The summary line once the results of `query` are in ("4 kết quả cho tieng keng"). */
async function waitForResults(page: Page, query: string): Promise<void> {
  const term = normalizeQuery(query);
  await page.waitForFunction(
    (t) => {
      const summary = document.querySelector('[data-search-summary]')?.textContent?.trim() ?? '';
      return summary.endsWith(` cho ${t}`) && !summary.startsWith('Đang') && document.querySelector('.search-hit-link');
    },
    term,
    { timeout: 10_000 },
  );
}

/** Types a query into the search page's box and returns the first result. */
async function search(page: Page, query: string): Promise<{ path: string; title: string; excerpt: string }> {
  await page.locator(INPUT).fill(query);
  await waitForResults(page, query);
  const first = page.locator(`${RESULTS} .search-hit-item`).first();
  const href = await first.locator('.search-hit-link').getAttribute('href');
  return {
    path: new URL(href ?? '', baseUrl()).pathname,
    title: (await first.locator('.search-hit-link').textContent()) ?? '',
    excerpt: (await first.locator('.search-hit-excerpt').textContent()) ?? '',
  };
}

const MODEL = (slug: string) => `/mo-hinh/${slug}/`;
const PROVINCE = (slug: string) => `/tinh-thanh/${slug}/`;

// [what the reader types, the page that must come first]
const QUERIES: Array<[string, string]> = [
  // without diacritics, partial model names
  ['tieng keng', MODEL('tieng-keng-vay-bat-toi-pham')],
  ['camera giam sat', MODEL('camera-giam-sat-antt')],
  ['phien cho', MODEL('phien-cho-an-toan')],
  ['giap ranh', MODEL('cum-an-ninh-giap-ranh')],
  ['to thuyen', MODEL('to-thuyen-an-ninh-xa-hoi')],
  ['tuan tra', MODEL('to-tuan-tra-nhan-dan')],
  ['nguoi duoi 18 tuoi', MODEL('phong-ngua-tro-giup-cam-hoa-nguoi-duoi-18-tuoi')],
  ['chap hanh xong an phat tu', MODEL('quan-ly-giam-sat-giao-duc-nguoi-chap-hanh-xong-an-phat-tu')],
  ['bieu hien tam than', MODEL('phoi-hop-giup-do-nguoi-co-bieu-hien-tam-than')],
  ['trong nha 3 co', MODEL('trong-nha-3-co-ngoai-ngo-3-khong')],
  ['ma tuy', MODEL('nha-truong-an-toan-khong-ma-tuy')],
  // đ typed as d
  ['diem chua chay', MODEL('diem-chua-chay-cong-cong')],
  ['xa dam bao binh yen', MODEL('xa-dam-bao-binh-yen')],
  ['giup do nguoi lam loi', MODEL('giup-do-nguoi-lam-loi-tai-hoa-nhap-cong-dong')],
  ['benh vien da khoa', MODEL('lien-ket-an-ninh-trat-tu-benh-vien-da-khoa-bac-kan')],
  ['phuong bao dam trat tu do thi', MODEL('phuong-bao-dam-trat-tu-do-thi')],
  // abbreviations, both ways (every word of a query must match the page)
  ['cskv', MODEL('ung-dung-cong-nghe-thong-tin-tuong-tac-cskv')],
  ['bcd 138', '/nguon/nam-dinh-2022-tu-quan-tu-phong/'],
  ['antt benh vien', MODEL('lien-ket-an-ninh-trat-tu-benh-vien-da-khoa-bac-kan')],
  ['an ninh trat tu camera', MODEL('camera-giam-sat-antt')],
  ['mttq cuu chien binh', MODEL('hoi-cuu-chien-binh-phoi-hop-cong-an-quan-su')],
  ['hom thu an ninh trat tu', MODEL('hom-thu-antt-4-0')],
  ['thanh nien tu quan ve an ninh trat tu', MODEL('thanh-nien-tu-quan-ve-antt')],
  ['canh sat khu vuc', MODEL('ung-dung-cong-nghe-thong-tin-tuong-tac-cskv')],
  // upper case
  ['TIENG KENG', MODEL('tieng-keng-vay-bat-toi-pham')],
  ['HOM THU ANTT', MODEL('hom-thu-antt-4-0')],
  // NFD input, as some keyboards and copy-paste produce it
  ['Tiếng kẻng'.normalize('NFD'), MODEL('tieng-keng-vay-bat-toi-pham')],
  ['Điểm chữa cháy'.normalize('NFD'), MODEL('diem-chua-chay-cong-cong')],
  ['Hòa Bình'.normalize('NFD'), PROVINCE('hoa-binh')],
  // provinces, former and current, either tone placement
  ['bac kan', PROVINCE('bac-kan')],
  ['thai nguyen', PROVINCE('thai-nguyen')],
  ['hoa binh', PROVINCE('hoa-binh')],
  ['hoà bình', PROVINCE('hoa-binh')],
  ['nam dinh', PROVINCE('nam-dinh')],
  ['Nam Định', PROVINCE('nam-dinh')],
  ['ninh binh', PROVINCE('ninh-binh')],
  ['phu tho', PROVINCE('phu-tho')],
  ['Thanh Hoá', PROVINCE('thanh-hoa')],
  // phrases: the page the phrase names comes before pages whose text only holds it, or holds
  // its syllables apart ("trở", "tù"; Bắc Kạn for "da bac"); a phrase the page writes with a
  // word in between ("nhà trọ, nhà cho thuê tự quản") or that no page writes whole ("Ban chỉ
  // đạo 138" and "Thanh Hóa" are two phrases on one page) is read in parts
  ['nha tro tu quan', MODEL('co-so-luu-tru-nha-tro-tu-quan-antt')],
  ['ban chi dao 138 thanh hoa', '/bai-viet/thanh-hoa-mot-nam-khu-dan-cu-an-toan/'],
  // four Hòa Bình pages name Đà Bắc; the article, about the self-managing clans there, twice
  ['da bac', '/bai-viet/hoa-binh-ngay-hoi-va-mo-hinh-tu-quan/'],
  ['to an ninh nhan dan', MODEL('to-an-ninh-nhan-dan-bac-kan')],
  ['TỔ AN NINH NHÂN DÂN', MODEL('to-an-ninh-nhan-dan-bac-kan')],
  // the last word still being typed
  ['to an ninh nhan d', MODEL('to-an-ninh-nhan-dan-bac-kan')],
  // a model's name before the article and report that carry it in their titles
  ['tu quan tu phong tu bao ve', MODEL('tu-quan-tu-phong-tu-bao-ve')],
  ['lang xa an toan', MODEL('lang-xa-an-toan-ve-antt')],
  ['phong chay chua chay luu dong', MODEL('to-phong-chay-chua-chay-luu-dong')],
  ['truong hoc an toan giao thong', MODEL('truong-hoc-an-toan-giao-thong')],
  // model names as printed in content/models/*.json
  ['Tổ liên gia tự quản', MODEL('to-lien-gia-tu-quan')],
  ['Doanh nhân với ANTT', MODEL('doanh-nhan-voi-antt')],
  ['Cụm an ninh, quốc phòng', MODEL('cum-an-ninh-quoc-phong')],
  ['Thanh niên tự quản về ANTT', MODEL('thanh-nien-tu-quan-ve-antt')],
  ['Trường THPT Chuyên Bắc Kạn', MODEL('truong-thpt-chuyen-bac-kan-tu-quan-ve-antt')],
];

describe('search ranks the page a reader means first', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open(session, '/tim-kiem/'));
    await page.locator(INPUT).waitFor();
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('has a table wide enough to mean something', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(QUERIES)('%j → %s', async (query, expected) => {
    const top = await search(page, query);
    expect(top.path).toBe(expected);
    // The folded search field must never show: a folded title ("tieng keng vay bat toi
    // pham") in the excerpt would mean it leaked from the index into what readers see.
    const folded = foldedWords(top.title).join(' ');
    if (folded !== top.title.toLowerCase()) expect(top.excerpt.toLowerCase()).not.toContain(folded);
  });
});

describe('search excerpts', () => {
  it('show the matched words of a phrase, found through its pairs, in the page’s own text', async () => {
    const { page, errors } = await open(session, '/tim-kiem/?q=nha%20tro%20tu%20quan');
    await waitForResults(page, 'nha tro tu quan');
    const excerpt = page.locator(`${RESULTS} .search-hit-excerpt`).first();
    await excerpt.waitFor();
    const marks = (await excerpt.locator('mark').allTextContents()).map((m) => foldedWords(m).join(' '));
    expect(new Set(marks)).toEqual(new Set(['nha', 'tro', 'tu', 'quan']));
    // The excerpt is the page's text, never the hidden pair tokens.
    expect(await excerpt.textContent()).not.toMatch(/þ/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search index text', () => {
  /** Every indexed page's text, as Pagefind stores it for excerpts. */
  const fragments = () =>
    readdirSync(join(DIST, 'pagefind', 'fragment'))
      .filter((name) => name.endsWith('.pf_fragment'))
      .map((name) => {
        const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name)));
        return JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as { url: string; content: string };
      });

  it('holds the reader-facing text only, one field apart from the next', () => {
    const joined: string[] = [];
    const controls: string[] = [];
    for (const { url, content } of fragments()) {
      // A lower-case letter followed by a capital inside one word: two fields run together.
      for (const word of content.split(/\s+/u))
        if (/\p{Ll}\p{Lu}/u.test(word) && !CAMEL_CASE_NAMES.has(word.replace(/^\P{L}+|\P{L}+$/gu, '')))
          joined.push(`${url}: ${word}`);
      for (const text of INTERFACE_TEXTS) if (content.includes(text)) controls.push(`${url}: ${text}`);
    }
    expect(joined).toEqual([]);
    expect(controls).toEqual([]);
  });
});

describe('search page', () => {
  it('opens a shared /tim-kiem/?q= link with its results, and keeps ?q= current while typing', async () => {
    const { page, errors } = await open(session, '/tim-kiem/?q=tieng%20keng');
    await waitForResults(page, 'tieng keng');
    expect(await page.locator(INPUT).inputValue()).toBe('tieng keng');
    expect(await page.locator(FIRST_LINK).first().getAttribute('href')).toBe(MODEL('tieng-keng-vay-bat-toi-pham'));
    // Each result says what kind of page it is, where, and shows an excerpt.
    const first = page.locator(`${RESULTS} .search-hit-item`).first();
    await expect(first.locator('.search-hit-kind').textContent()).resolves.toBe('Mô hình');
    await expect(first.locator('.search-hit-meta').textContent()).resolves.toContain(
      'Hòa Bình (nay thuộc tỉnh Phú Thọ)',
    );
    await expect(first.locator('.search-hit-excerpt mark').first().textContent()).resolves.toBe('Tiếng');

    await page.locator(INPUT).fill('phien cho');
    await waitForResults(page, 'phien cho');
    expect(new URL(page.url()).searchParams.get('q')).toBe('phien cho');
    const before = await page.evaluate(() => history.length);
    await page.locator(INPUT).fill('');
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
    // replaceState: typing does not pile up history entries.
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows results with the filters for kind, province, category and year, loaded only when opened', async () => {
    const { page, errors } = await open(session, '/tim-kiem/?q=to%20hoa%20giai');
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterFiles.push(request.url());
    });
    await waitForResults(page, 'to hoa giai');
    // A plain search fetches no filter file: they load when the reader opens the filters.
    expect(filterFiles).toEqual([]);
    const pane = page.locator('[data-search-filters]');
    await expect(pane.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await pane.locator('summary', { hasText: 'Lọc kết quả' }).click();
    const groups = pane.locator('.search-filter-group > summary');
    await groups.first().waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    await expect(groups.allTextContents()).resolves.toEqual(['Loại', 'Tỉnh', 'Lĩnh vực', 'Năm']);
    const summary = page.locator(SUMMARY);
    const unfiltered = await summary.textContent();
    await pane.locator('summary', { hasText: 'Tỉnh' }).click();
    await pane.getByLabel(/^Thanh Hóa/).check();
    // Settled: no longer "Đang tìm…", and not the unfiltered count.
    await expect
      .poll(async () => {
        const text = await summary.textContent();
        return text !== unfiltered && !text?.startsWith('Đang');
      })
      .toBe(true);
    await page.locator(FIRST_LINK).first().waitFor();
    expect(await page.locator(FIRST_LINK).first().getAttribute('href')).toBe(MODEL('to-hoa-giai-thanh-hoa'));
    // Every shown result is about Thanh Hóa: the Bắc Kạn "Tổ hòa giải" is filtered out.
    const hits = await page.locator(`${RESULTS} .search-hit`).allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit).toMatch(/Thanh Hóa|Báo cáo/);
    expect(await page.locator(`${FIRST_LINK}[href="${MODEL('to-hoa-giai-bac-kan')}"]`).count()).toBe(0);
    // Unchecking brings the unfiltered results back.
    await pane.getByLabel(/^Thanh Hóa/).uncheck();
    await expect.poll(() => summary.textContent()).toBe(unfiltered);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const width of [375, 1280]) {
    it(`has zero axe violations with results shown at ${width}px`, async () => {
      const { page, errors } = await open(session, '/tim-kiem/?q=tieng%20keng', { width });
      await waitForResults(page, 'tieng keng');
      await page.locator(`${RESULTS} .search-hit-excerpt`).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('says plainly that search needs JavaScript when it is off, with ways to browse instead', async () => {
    const { page } = await open(session, '/tim-kiem/', { javaScriptEnabled: false });
    const message = page.locator('[data-search-fallback]');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toContain('cần JavaScript');
    expect(await message.locator('a[href="/mo-hinh/"]').count()).toBe(1);
    expect(await message.locator('a[href="/tinh-thanh/"]').count()).toBe(1);
    await expect(page.locator('[data-search-ui]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('hides the no-JavaScript message once search works', async () => {
    const { page } = await open(session, '/tim-kiem/');
    await page.locator(INPUT).waitFor();
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('costs well under 300 KB on the wire for a cold query, Pagefind’s files sent as Brotli', async () => {
    // A server of its own, to count what leaves it: the search worker's requests included.
    const { server, url } = await startStaticServer('dist');
    const transfers = logTransfers(server);
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const underPagefind = () => transfers.take().filter((t) => t.path.startsWith('/pagefind/'));
      await page.goto(url + '/tim-kiem/', { waitUntil: 'networkidle' });
      const load = underPagefind();
      await page.locator(INPUT).pressSequentially('tieng keng');
      await waitForResults(page, 'tieng keng');
      await page.locator(`${RESULTS} .search-hit-excerpt`).first().waitFor();
      await page.waitForLoadState('networkidle');
      const query = underPagefind();
      const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `sent from /pagefind/: search page load (engine, worker, wasm, metadata) ${kb(sum(load))}; ` +
          `query "tieng keng" (index chunks, result fragments) ${kb(sum(query))}`,
      );
      expect(query.filter((t) => t.path.endsWith('.pf_filter'))).toEqual([]);
      expect(sum(load)).toBeGreaterThan(0);
      expect(query.some((t) => t.path.endsWith('.pf_index'))).toBe(true);
      expect(sum(load) + sum(query)).toBeLessThan(300 * 1024);
      // Pagefind's packed files go out as Brotli of their payload, which Pagefind reads as it is.
      const packed = [...load, ...query].filter((t) => /\.pf_\w+$|\.pagefind$/u.test(t.path));
      expect(packed.length).toBeGreaterThan(0);
      for (const t of packed) expect(`${t.path}: ${t.contentEncoding}`).toBe(`${t.path}: br`);
    } finally {
      await context.close();
      server.close();
    }
  });
});

describe('search from any page', () => {
  it('loads no search code on a content page until search is opened, within the JS budget', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const scripts: Array<{ url: string; gzip: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then((body) => {
          scripts.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length });
        }),
      );
    });
    await page.goto(baseUrl() + MODEL('tieng-keng-vay-bat-toi-pham'), { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`JavaScript on a model page before search opens: ${total} B gzip in ${scripts.length} files`);
    expect(scripts.filter((s) => s.url.includes('/pagefind/'))).toEqual([]);
    expect(total).toBeLessThanOrEqual(12 * 1024);
    await context.close();
  });

  it('is fully keyboard operable: Ctrl+K, type, ArrowDown, Enter lands on the result', async () => {
    const { page, errors } = await open(session, '/');
    await page.keyboard.press('Control+K');
    const input = page.locator(`dialog[open] ${INPUT}`);
    await input.waitFor();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('tieng keng');
    await page.locator('dialog[open] .search-hit-link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(MODEL('tieng-keng-vay-bat-toi-pham'));
    await Promise.all([page.waitForURL(`**${MODEL('tieng-keng-vay-bat-toi-pham')}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tiếng kẻng vây bắt tội phạm');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches results with Tab too, and Escape closes the dialog and returns focus', async () => {
    const { page } = await open(session, '/mo-hinh/');
    const brand = page.locator('a.brand');
    await brand.focus();
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[open]');
    await dialog.locator(INPUT).waitFor();
    await page.keyboard.type('phien cho');
    await dialog.locator('.search-hit-link').first().waitFor();
    // Tab walks through the dialog in order: the input's clear button, then the first result.
    for (let i = 0; i < 4; i++) {
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href === MODEL('phien-cho-an-toan')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(MODEL('phien-cho-an-toan'));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => brand.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('has zero axe violations with the dialog open and results shown', async () => {
    const { page } = await open(session, '/gioi-thieu/', { width: 375 });
    await page.keyboard.press('Control+K');
    await page.locator(`dialog[open] ${INPUT}`).waitFor();
    await page.keyboard.type('hoa binh');
    await page.locator('dialog[open] .search-hit-excerpt').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the search page, Ctrl+K goes to its own box, and "/" typed in it stays a character', async () => {
    const { page } = await open(session, '/tim-kiem/');
    const input = page.locator(INPUT);
    await input.waitFor();
    await page.locator('a.brand').focus();
    await page.keyboard.press('Control+K');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.keyboard.type('09/CP');
    expect(await input.inputValue()).toBe('09/CP');
    await page.context().close();
  });
});
