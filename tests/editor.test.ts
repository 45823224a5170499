// The web editor at /admin/, used as an editor would: typing into its forms, picking from its
// lists, saving. Everything reaches disk through the editor's own save path; the test writes
// no content file itself. The only stand-in is the native folder dialog of the editor's local
// mode ("Làm việc với kho mã nguồn cục bộ"), which a headless browser cannot answer: it is
// answered with a folder handle on a copy of content/ (tests/support/folder-handle.ts).
//
// Then the files it wrote pass `npm run validate`, and the site built from them shows the new
// province's report, model and article where readers look for them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { axeViolations, baseUrl, launch, type Session } from './support/browser.ts';
import { builtPages, DIST, isEditorPage, readerPages } from './support/dist.ts';
import { Editor } from './support/editor.ts';
import { pickFolderOnDisk } from './support/folder-handle.ts';

let session: Session;
let repo = '';
let page: Page;
let editor: Editor;
const errors: string[] = [];

/** Every content file, by path, with a hash of its bytes: what is on disk right now. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path.slice(repo.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(join(repo, 'content'));
  return out;
}

const read = (path: string) => readFileSync(join(repo, path), 'utf8');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'antq-editor-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  // The editor's local mode works on a Git checkout: it looks for .git in the folder it is given.
  mkdirSync(join(repo, '.git'));
  session = await launch();
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  await pickFolderOnDisk(page, repo);
  await page.goto(`${baseUrl()}/admin/`);
  editor = new Editor(page);
}, 60_000);

afterAll(async () => {
  await session?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the web editor, used by an editor', () => {
  it('opens on the local checkout, in Vietnamese, with no axe violations', async () => {
    const signIn = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await signIn.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const before = await axeViolations(page);
    await signIn.click();
    await page.getByRole('treeitem', { name: /^Báo cáo nguồn/u }).waitFor();
    const list = await axeViolations(page);
    console.log(`axe on the editor: sign-in ${before.length} violations, collection list ${list.length}`);
    for (const v of [...before, ...list]) console.log(`  ${v}`);
    expect([...before, ...list]).toEqual([]);
  });

  it('adds a report for a former province the site has no content for, with its figures', async () => {
    await editor.create('Báo cáo nguồn');
    await editor.type('Mã báo cáo', 'ha-giang-2024-thu-nghiem');
    await editor.toggle('Bản nháp', false);
    await editor.type('Tên ngắn', 'Hà Giang: báo cáo thử nghiệm của trình biên tập');
    const published = editor.field('Ngày đăng');
    await editor.type('Ngày như in', 'Ngày 05/11/2024', published);
    await editor.type('Năm', '2024', published);
    await editor.type('Tháng', '11', published);
    await editor.type('Ngày', '5', published);
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.period(editor.field('Thời kỳ').first(), 'Khoảng năm');
    await editor.type('Từ năm', '2019');
    await editor.type('Đến năm', '2024');
    await editor.type('Tóm tắt', 'Một báo cáo thử nghiệm, nhập qua trình biên tập trên web trong kiểm thử tự động.');
    await editor.type('Tệp nguồn', 'thu-nghiem.txt');

    const figures = await editor.reveal(editor.field('Số liệu'));
    // [id, indicator, label, typed value, unit, qualifier, source word]
    const rows: Array<[string, RegExp, string, string, string, string, string | null]> = [
      [
        'hg-thu-to-an-ninh',
        /^Đơn vị, tổ thực hiện mô hình/u,
        'Tổ an ninh nhân dân',
        '1.250',
        'tổ',
        'trên / hơn',
        'hơn',
      ],
      [
        'hg-thu-cum',
        /^Cụm, tuyến an ninh/u,
        'Cụm an ninh liên hoàn',
        '9',
        'cụm',
        'đúng số (không có từ định lượng)',
        null,
      ],
      [
        'hg-thu-cum-lien-xa',
        /^Cụm, tuyến an ninh/u,
        'cụm liên xã',
        '4',
        'cụm',
        'đúng số (không có từ định lượng)',
        null,
      ],
      [
        'hg-thu-cum-lien-huyen',
        /^Cụm, tuyến an ninh/u,
        'cụm liên huyện',
        '5',
        'cụm',
        'đúng số (không có từ định lượng)',
        null,
      ],
      [
        'hg-thu-ty-le-xa-dat',
        /^Tỷ lệ xã đạt chuẩn an toàn/u,
        'xã đạt chuẩn an toàn về ANTT',
        '87,5',
        '%',
        'đúng số (không có từ định lượng)',
        null,
      ],
    ];
    for (const [i, [id, indicator, name, value, unit, qualifier, word]] of rows.entries()) {
      await editor.add('số liệu', figures);
      await editor.type('Mã số liệu', id, figures, i);
      await editor.choose('Chỉ tiêu', indicator, figures, i);
      await editor.type('Tên thứ được đếm', name, figures, i);
      await editor.type('Con số', value, figures, i);
      await editor.type('Đơn vị', unit, figures, i);
      await editor.pick('Từ định lượng', qualifier, figures, i);
      if (word) await editor.pick('Chữ nguồn dùng', word, figures, i);
      await editor.period(editor.field('Thời kỳ', figures).nth(i), 'Khoảng năm');
      await editor.type('Từ năm', '2019', figures, i);
      await editor.type('Đến năm', '2024', figures, i);
      await editor.type('Phạm vi', 'toàn tỉnh', figures, i);
    }
    // A box inside a list item: the CMS gives it no default, and it must still read as unticked.
    await editor.toggle('Nổi bật', true, figures, 4);
    // The total names its parts by ticking the report's other figures.
    const parts = figures.getByRole('group', { name: 'Các phần', exact: true }).nth(1);
    await parts.getByRole('checkbox', { name: /hg-thu-cum-lien-xa/u }).check();
    await parts.getByRole('checkbox', { name: /hg-thu-cum-lien-huyen/u }).check();
    await editor.saved();

    const file = 'content/reports/ha-giang-2024-thu-nghiem.json';
    const report = JSON.parse(read(file)) as Record<string, unknown> & { figures: Array<Record<string, unknown>> };
    expect(report['draft']).toBeUndefined();
    expect(report['province']).toBe('02');
    expect(report['period']).toEqual({ kind: 'range', from: 2019, to: 2024 });
    expect(report.figures.map((x) => x['value'])).toEqual([1250, 9, 4, 5, 87.5]);
    expect(report.figures[0]).toMatchObject({ qualifier: 'over', qualifierWord: 'hơn', unit: 'tổ' });
    expect(report.figures[1]!['parts']).toEqual(['hg-thu-cum-lien-xa', 'hg-thu-cum-lien-huyen']);
    expect(report.figures.map((x) => x['headline'])).toEqual([undefined, undefined, undefined, undefined, true]);
    // Written as the repository writes content: canonical key order, 2-space JSON, nulls where
    // the source says nothing.
    expect(Object.keys(report).slice(0, 4)).toEqual(['id', 'title', 'name', 'publisher']);
    expect(report['title']).toBeNull();
    expect(read(file)).toBe(JSON.stringify(report, null, 2) + '\n');
  }, 300_000);

  it('adds a model that cites the report, picked by name', async () => {
    await editor.create('Mô hình');
    await editor.type('Địa chỉ trang', 'to-an-ninh-thu-nghiem-ha-giang');
    await editor.toggle('Bản nháp', false);
    await editor.type('Tên mô hình', 'Tổ an ninh nhân dân thử nghiệm');
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.type('Địa bàn', 'xã Thử Nghiệm, huyện Mẫu');
    await editor.choose('Loại mô hình', /^Tổ chức quần chúng/u);
    await editor.type('Năm bắt đầu', '2020');
    await editor.choose('Số đơn vị nhân rộng', /Tổ an ninh nhân dân.*hg-thu-to-an-ninh/u);
    await editor.type('Tóm tắt', 'Mô hình thử nghiệm do trình biên tập trên web ghi lại trong kiểm thử tự động.');
    await editor.choose('Báo cáo nguồn', /^Hà Giang: báo cáo thử nghiệm/u);
    const axeModel = await axeViolations(page);
    console.log(`axe on a model form: ${axeModel.length} violations`);
    for (const v of axeModel) console.log(`  ${v}`);
    expect(axeModel).toEqual([]);
    await editor.saved();

    const model = JSON.parse(read('content/models/to-an-ninh-thu-nghiem-ha-giang.json')) as Record<string, unknown>;
    expect(model).toMatchObject({
      name: 'Tổ an ninh nhân dân thử nghiệm',
      province: '02',
      category: 'to-chuc-quan-chung',
      started: 2020,
      units: 'hg-thu-to-an-ninh',
      highlight: false,
      reports: ['ha-giang-2024-thu-nghiem'],
    });
    expect(model['recognitions']).toEqual([]);
  }, 300_000);

  it('adds an article with a figure and a model card inserted from lists', async () => {
    await editor.create('Bài viết');
    await editor.type('Tiêu đề', 'Hà Giang thử nghiệm trình biên tập');
    await editor.toggle('Bản nháp', false);
    await editor.type('Mô tả', 'Bài viết thử nghiệm về báo cáo và mô hình thử nghiệm của Hà Giang.');
    await editor.type('Ngày đăng', '2026-11-30');
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.choose('Mô hình', /^Tổ an ninh nhân dân thử nghiệm/u);
    await editor.choose('Báo cáo nguồn', /^Hà Giang: báo cáo thử nghiệm/u);
    await editor.choose('Số liệu nêu bật', /Tổ an ninh nhân dân.*hg-thu-to-an-ninh/u);
    const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    await editor.reveal(body);
    await body.click();
    await page.keyboard.type('Bài viết thử nghiệm: mọi con số đi qua thẻ số liệu.');
    await page.getByRole('button', { name: 'Chèn', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Số liệu', exact: true }).click();
    await editor.choose(
      'Số liệu',
      /Tổ an ninh nhân dân.*hg-thu-to-an-ninh/u,
      editor.form.getByRole('group', { name: 'Số liệu' }).last(),
    );
    await body.click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Chèn', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Thẻ mô hình', exact: true }).click();
    await editor.choose(
      'Mô hình',
      /^Tổ an ninh nhân dân thử nghiệm/u,
      editor.form.getByRole('group', { name: 'Thẻ mô hình' }).last(),
    );
    // The preview shows the figure as the page prints it, and the model's card.
    const preview = page.frameLocator('iframe');
    await expect
      .poll(() => preview.locator('.figure-value').first().textContent(), { timeout: 10_000 })
      .toBe('hơn 1.250 tổ');
    await expect
      .poll(() => preview.locator('.model-card-name').first().textContent(), { timeout: 10_000 })
      .toBe('Tổ an ninh nhân dân thử nghiệm');
    const axeArticle = await axeViolations(page);
    console.log(`axe on an article form: ${axeArticle.length} violations`);
    for (const v of axeArticle) console.log(`  ${v}`);
    expect(axeArticle).toEqual([]);
    await editor.saved();

    const text = read('content/articles/ha-giang-thu-nghiem-trinh-bien-tap.mdx');
    expect(text).toMatch(/^---\ntitle: 'Hà Giang thử nghiệm trình biên tập'\n/u);
    expect(text).toMatch(
      /\nprovinces:\n  - '02'\nmodels:\n  - 'to-an-ninh-thu-nghiem-ha-giang'\nreports:\n  - 'ha-giang-2024-thu-nghiem'\nhero: 'hg-thu-to-an-ninh'\n/u,
    );
    expect(text).toContain('<Figure id="hg-thu-to-an-ninh" />');
    expect(text).toContain('<ModelCard slug="to-an-ninh-thu-nghiem-ha-giang" />');
    expect(text).not.toMatch(/draft/u);
  }, 300_000);

  it('changes only the line an editor changed in an existing article', async () => {
    const file = 'content/articles/nam-dinh-muoi-lam-nam-tu-quan-tu-phong.mdx';
    const before = read(file);
    await editor.leave();
    await editor.openCollection('Bài viết');
    await page.getByRole('row').filter({ hasText: 'Nam Định: mười lăm năm' }).first().click();
    const description = editor.form.getByRole('textbox', { name: 'Mô tả', exact: true });
    await description.waitFor();
    const old = await description.inputValue();
    await description.fill(`${old} Bài có sửa thử.`);
    await editor.saved();
    const after = read(file);
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual([`description: '${old} Bài có sửa thử.'`]);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  }, 120_000);

  it('refuses bad input with a message on the field, and writes nothing', async () => {
    const before = snapshot();
    await editor.create('Báo cáo nguồn');
    await editor.type('Mã báo cáo', 'ha-giang-sai');
    // A name pasted from a PDF: the same letters, decomposed (NFD).
    await editor.type('Tên ngắn', 'Báo cáo có dấu tổ hợp'.normalize('NFD'));
    const figures = await editor.reveal(editor.field('Số liệu'));
    for (const [i, [id, value]] of [
      ['hg-sai-tong', '10'],
      ['hg-sai-a', '4'],
      ['hg-sai-b', '5'],
      ['hg-sai-c', '12a'],
    ].entries()) {
      await editor.add('số liệu', figures);
      await editor.type('Mã số liệu', id!, figures, i);
      await editor.type('Con số', value!, figures, i);
      await editor.pick('Từ định lượng', 'đúng số (không có từ định lượng)', figures, i);
    }
    const parts = figures.getByRole('group', { name: 'Các phần', exact: true }).first();
    await parts.getByRole('checkbox', { name: /hg-sai-a/u }).check();
    await parts.getByRole('checkbox', { name: /hg-sai-b/u }).check();
    // The first attempt lists every problem of the entry, drawn on screen or not.
    const said = await editor.refused();
    expect(said).toMatch(/^Chưa lưu: \d+ chỗ cần sửa\./u);
    for (const problem of ['Con số: Cần một số, không phải "12a"', 'không phải 10', 'dạng tổ hợp (Unicode NFD)'])
      expect(said).toContain(problem);
    expect(await editor.messageOn('Con số', figures, 3)).toContain('“12a” không phải một con số');
    expect(await editor.messageOn('Các phần', figures, 0)).toContain('Các phần cộng lại được 9, không phải 10');
    expect(await editor.messageOn('Tên ngắn')).toContain('dạng tổ hợp (Unicode NFD)');
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(repo, 'content/reports/ha-giang-sai.json'))).toBe(false);
  }, 300_000);

  it('turns a pasted report into a draft with the import assistant, keeping none of its sentences', async () => {
    const text = readFileSync('tests/fixtures/import/bao-cao-thu-nghiem.txt', 'utf8');
    await editor.create('Nhập báo cáo từ văn bản');
    await editor.type('Mã báo cáo', 'ha-giang-2023-nhap-thu');
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.type('Văn bản báo cáo', text);
    await page.getByRole('button', { name: 'Đề xuất số liệu' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Đề xuất \d+ số liệu/u })
          .count(),
      )
      .toBe(1);
    // Each proposal with the sentence it comes from, the number marked, for the editor to check.
    const card = page.getByRole('group', { name: /^#\d+ · Chờ duyệt · 4\.321 tổ$/u });
    expect(await card.locator('mark').textContent()).toBe('4.321 tổ');
    // Saved, the draft opens in the report form (tests/editor-import.test.ts goes on from there).
    await editor.save();
    await page.getByText('Đã lưu mục nội dung.').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 })
      .toBe('#/collections/reports/entries/ha-giang-2023-nhap-thu');
    await editor.form.waitFor();

    const draft = JSON.parse(read('content/reports/ha-giang-2023-nhap-thu.json')) as {
      draft: boolean;
      province: string;
      figures: Array<{ value: number }>;
    };
    expect(draft).toMatchObject({ draft: true, province: '02' });
    expect(draft.figures.map((f) => f.value)).toEqual(expect.arrayContaining([4321, 1234, 3087, 9000, 753]));
    // No sentence of the source is kept: numbers, units and marks to confirm, nothing more.
    const file = read('content/reports/ha-giang-2023-nhap-thu.json');
    // The title line is the one line kept, as printed (the schema's "Tiêu đề như in").
    const title = text.split('\n')[0]!;
    for (const sentence of text.split(/(?<=[.:])\s+/u).filter((x) => x.split(' ').length > 6))
      if (!title.includes(sentence.trim().slice(0, 40))) expect(file).not.toContain(sentence.trim().slice(0, 40));
  }, 180_000);

  it('has no axe violations on a report form with its figures, the project’s own fields included', async () => {
    await editor.create('Báo cáo nguồn');
    const figures = await editor.reveal(editor.field('Số liệu'));
    await editor.add('số liệu', figures);
    await editor.add('số liệu', figures);
    await editor.type('Mã số liệu', 'hg-axe-a', figures, 0);
    await editor.type('Con số', '1.224', figures, 0);
    const all = await axeViolations(page);
    console.log(`axe on a report form: ${all.length} violations`);
    for (const v of all) console.log(`  ${v}`);
    // The whole form: the CMS's controls and the project's (number boxes, parts of a total,
    // the switches its boolean fields render).
    expect(all).toEqual([]);
    await editor.leave();
  }, 120_000);

  it('leaves files that pass npm run validate, in the repository’s own format', () => {
    const validate = spawnSync(process.execPath, ['scripts/validate-content.ts', join(repo, 'content')], {
      encoding: 'utf8',
    });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^content OK: 6 reports, 96 figures, 41 models, 6 articles/u);
    expect(validate.stdout).toContain('1 draft left out of the build (content/reports/ha-giang-2023-nhap-thu.json)');
    const tidy = spawnSync(process.execPath, ['scripts/tidy-content.ts', join(repo, 'content')], { encoding: 'utf8' });
    expect(tidy.stdout).toContain('0 files rewritten');
    expect(errors).toEqual([]);
  });
});

describe('the editor’s page, beside the readers’ pages', () => {
  /** The scripts and stylesheets a page loads, with every module they import. */
  function assets(html: string): Set<string> {
    const found = new Set<string>();
    const queue = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"]+\.(?:js|css))"/gu)].map(
      (m) => m[1]!,
    );
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (found.has(path)) continue;
      found.add(path);
      if (!path.endsWith('.js')) continue;
      const code = readFileSync(join(DIST, path), 'utf8');
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/gu)) queue.push(dir + m[1]);
    }
    return found;
  }

  it('adds no script or stylesheet to any reader page', () => {
    const editorPage = builtPages().find((p) => isEditorPage(p.path))!;
    const editorAssets = assets(editorPage.html);
    expect([...editorAssets].some((a) => a.endsWith('.js'))).toBe(true);
    const shared = readerPages().flatMap((p) =>
      [...assets(p.html)].filter((a) => editorAssets.has(a)).map((a) => `${p.path}: ${a}`),
    );
    expect(shared).toEqual([]);
  });

  it('keeps search engines and the search index away from it', () => {
    const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(readerPages().some((p) => p.html.includes('data-pagefind-body'))).toBe(true);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Disallow: \/admin\//u);
  });

  it('publishes the references of published entries only: nothing of a draft', () => {
    const references = JSON.parse(readFileSync(join(DIST, 'admin/tham-chieu.json'), 'utf8')) as {
      partial: boolean;
      reports: Record<string, { draft: boolean }>;
    };
    expect(references.partial).toBe(true);
    expect(Object.values(references.reports).every((r) => !r.draft)).toBe(true);
    expect(Object.keys(references.reports).length).toBeGreaterThanOrEqual(5);
  });
});

describe('the site built from what the editor wrote', () => {
  let server: Server;
  let site = '';
  beforeAll(async () => {
    const out = join(repo, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(repo, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
    ({ server, url: site } = await startStaticServer(out));
  }, 300_000);
  afterAll(() => server?.close());

  it('shows the figures on the former province’s page and the model on the current unit’s', async () => {
    const view = await session.browser.newPage();
    const text = async () => ((await view.locator('main').textContent()) ?? '').replace(/\s+/gu, ' ');
    await view.goto(`${site}/tinh-thanh/ha-giang/`);
    // The figure table gives the unit a column of its own.
    expect(await text()).toContain('Tổ an ninh nhân dânhơn 1.250tổ2019–2024');
    await view.goto(`${site}/tinh-thanh/tuyen-quang/`);
    expect(await view.locator('main a[href="/mo-hinh/to-an-ninh-thu-nghiem-ha-giang/"]').count()).toBeGreaterThan(0);
    await view.goto(`${site}/mo-hinh/`);
    expect(await view.locator('main a[href="/mo-hinh/to-an-ninh-thu-nghiem-ha-giang/"]').count()).toBe(1);
    await view.goto(`${site}/bai-viet/ha-giang-thu-nghiem-trinh-bien-tap/`);
    expect(await text()).toContain('hơn 1.250 tổ');
    expect(await view.locator('.prose a[href="/mo-hinh/to-an-ninh-thu-nghiem-ha-giang/"]').count()).toBeGreaterThan(0);
    await view.close();
  });

  it('finds the model by search, typed without diacritics', async () => {
    const view = await session.browser.newPage();
    await view.goto(`${site}/tim-kiem/?q=${encodeURIComponent('to an ninh nhan dan thu nghiem')}`);
    const first = view.locator('[data-search-results] .search-hit-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', site).pathname).toBe(
      '/mo-hinh/to-an-ninh-thu-nghiem-ha-giang/',
    );
    await view.close();
  });

  it('lists the figures in so-lieu.csv with their qualifiers', () => {
    const rows = parseCsv(readFileSync(join(repo, 'dist/du-lieu/so-lieu.csv'), 'utf8'));
    expect(rows.find((r) => r['id'] === 'hg-thu-to-an-ninh')).toMatchObject({
      value: '1250',
      qualifier: 'over',
      display: 'hơn 1.250 tổ',
    });
    expect(rows.find((r) => r['id'] === 'hg-thu-ty-le-xa-dat')).toMatchObject({ value: '87.5', unit: '%' });
  });
});
