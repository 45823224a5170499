// A report from pasted text to published, through the web editor as an editor does it: the
// import assistant proposes every figure, the editor reviews them in place (accepting, fixing,
// dropping) beside their source sentences, saves the draft, lands on the report's form, fills
// what only an editor knows and publishes. Every click, key press and field edit of that flow
// is counted and held to a budget: one action per figure the assistant got right, one per
// real correction, plus the report-level fields. Bad input on the way is refused on the field,
// nothing is saved half-way, and a reload loses nothing. The site built from the result shows
// the report with its qualifiers and targets, and no sentence of the source.
//
// Everything goes through the editor's own forms and save path; only the native folder dialog
// is stood in for (tests/support/folder-handle.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.ts';
import { normalizeReportText, splitSentences } from '../src/lib/figure-extract/prepare.ts';
import { axeViolations, baseUrl, launch, type Session } from './support/browser.ts';
import { Editor } from './support/editor.ts';
import { pickFolderOnDisk } from './support/folder-handle.ts';

const FIXTURE = 'tests/fixtures/import/bao-cao-duyet-thu.txt';
const PASTED = readFileSync(FIXTURE, 'utf8');
const ID = 'lang-son-2024-duyet-thu';
const FILE = `content/reports/${ID}.json`;
let session: Session;
let repo = '';
let page: Page;
let editor: Editor;
const errors: string[] = [];

interface Saved {
  draft?: boolean;
  title: string;
  name: string;
  publisher: { name: string | null };
  figures: Array<{
    id: string;
    value: number;
    label: string;
    indicator: string;
    scope: string;
    kind?: string;
    qualifier: string;
    proposed?: boolean;
  }>;
}
const read = (): Saved => JSON.parse(readFileSync(join(repo, FILE), 'utf8')) as Saved;

/**
 * The editor's actions, counted: a click, a key press, a field edited, a choice made. Scrolling
 * and waiting are not actions. `paused` runs the checks of bad input, which are not part of the
 * flow an editor follows.
 */
class Actions {
  count = 0;
  private paused = false;
  add(n: number): void {
    if (!this.paused) this.count += n;
  }
  async click(target: Locator): Promise<void> {
    await target.click();
    this.add(1);
  }
  async fill(target: Locator, text: string): Promise<void> {
    await target.fill(text);
    this.add(1);
  }
  async select(target: Locator, value: string): Promise<void> {
    await target.selectOption(value);
    this.add(1);
  }
  async press(key: string): Promise<void> {
    await page.keyboard.press(key);
    this.add(1);
  }
  async aside(work: () => Promise<void>): Promise<void> {
    this.paused = true;
    try {
      await work();
    } finally {
      this.paused = false;
    }
  }
}
const actions = new Actions();

/** Figure n's card in the review (its fieldset, named by its legend "#n · …"). */
const card = (n: number) => page.getByRole('group', { name: new RegExp(`^#${n} ·`, 'u') });
const box = (n: number, name: string) => card(n).getByRole('textbox', { name, exact: true });
const choice = (n: number, name: string) => card(n).getByRole('combobox', { name, exact: true });
const status = () => page.getByRole('status').filter({ hasText: /^Đã nhận/u });

async function openAssistant(): Promise<void> {
  await editor.create('Nhập báo cáo từ văn bản');
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'antq-editor-import-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  mkdirSync(join(repo, '.git'));
  session = await launch();
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  await pickFolderOnDisk(page, repo);
  await page.goto(`${baseUrl()}/admin/`);
  editor = new Editor(page);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByRole('treeitem', { name: /^Báo cáo nguồn/u }).waitFor();
}, 60_000);

afterAll(async () => {
  await session?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('an imported report, reviewed and published in the web editor', () => {
  let figureCount = 0;

  it('proposes every figure beside its sentence, the number marked', async () => {
    await openAssistant();
    actions.add(2); // the collection, then "new"
    await editor.type('Mã báo cáo', ID);
    actions.add(1);
    await editor.choose('Tỉnh', /^Lạng Sơn/u);
    actions.add(2); // open the list, pick
    await editor.type('Văn bản báo cáo', PASTED);
    actions.add(1); // one paste
    await actions.click(page.getByRole('button', { name: 'Đề xuất số liệu' }));
    await status().waitFor();
    figureCount = await page.locator('.antq-fig').count();
    expect(figureCount).toBe(24);
    expect(await page.locator('.antq-sentence mark').count()).toBe(figureCount);
    expect(await card(2).locator('mark').textContent()).toBe('1.250 tổ');
    expect(await status().textContent()).toContain(`Còn ${figureCount} chờ duyệt`);
    // A target reads as one, with the period the text sets for it; a figure of a named district
    // asks for its scope; the indicator guess says how sure it is.
    expect(await card(23).locator('legend').textContent()).toContain('mục tiêu 100%');
    expect(await box(23, 'Từ năm').inputValue()).toBe('2025');
    expect(await box(19, 'Phạm vi').getAttribute('aria-invalid')).toBe('true');
    expect(await card(19).textContent()).toContain('Điền phạm vi');
    expect(await card(2).textContent()).toMatch(/Gợi ý: máy (?:khá chắc|phân vân|đoán yếu)/u);
    // Like npm run import, what was left out and the model names found.
    const extra = page.locator('.antq-review-extra');
    expect(await extra.first().textContent()).toMatch(/giai đoạn: .*2025-2030/u);
    expect(await extra.last().textContent()).toContain('“Tổ an ninh thử nghiệm”: chưa có');
    const violations = await axeViolations(page, ['.antq-import']);
    for (const v of violations) console.log(`  ${v}`);
    expect(violations).toEqual([]);
  }, 180_000);

  it('refuses bad input on the field, and a part that points at a dropped figure', async () => {
    await actions.aside(async () => {
      // "7.39" could be 7,39 or 739: refused on the box, and the figure cannot be accepted.
      await box(6, 'Con số').fill('7.39');
      expect(await box(6, 'Con số').getAttribute('aria-invalid')).toBe('true');
      expect(await card(6).textContent()).toContain('dấu chấm chỉ dùng để tách hàng nghìn');
      await card(6).getByRole('button', { name: 'Nhận #6' }).click();
      expect(await card(6).locator('legend').textContent()).toContain('Chờ duyệt');
      await box(6, 'Con số').fill('2.315');
      expect(await box(6, 'Con số').getAttribute('aria-invalid')).toBeNull();
      // An empty unit is named on its box.
      await box(13, 'Đơn vị').fill('');
      expect(await card(13).textContent()).toContain('Điền đơn vị');
      await box(13, 'Đơn vị').fill('viên đạn');
      // The total #2 counts #3 and #4: dropping #3 says so on #2, taking #3 back clears it.
      await card(3).getByRole('button', { name: 'Bỏ #3' }).click();
      expect(await card(2).getByRole('alert').textContent()).toContain('Phần #3 đã bị bỏ');
      await card(3).getByRole('button', { name: 'Lấy lại #3' }).click();
      expect(await card(2).getByRole('alert').count()).toBe(0);
    });
  }, 60_000);

  it('takes corrections in place and accepts from the keyboard, then the rest at once', async () => {
    // What a careful editor changes, one edit each: two labels the assistant cut short, three
    // indicators it guessed wrong, the scope of the figure that names a district.
    await actions.fill(box(3, 'Tên thứ được đếm'), 'tổ an ninh ở khu vực nông thôn');
    await actions.fill(box(4, 'Tên thứ được đếm'), 'tổ an ninh ở khu vực đô thị');
    await actions.select(choice(5, 'Chỉ tiêu'), 'patrol-members');
    await actions.select(choice(7, 'Chỉ tiêu'), 'tips-verified');
    await actions.select(choice(18, 'Chỉ tiêu'), 'communes-meeting-standard-rate');
    await actions.fill(box(19, 'Phạm vi'), 'huyện Cao Lộc');
    const corrections = 6;

    // Accept, and the focus moves to the next figure's "Nhận": Enter, Enter, Enter.
    await card(1).getByRole('button', { name: 'Nhận #1' }).focus();
    for (let n = 1; n <= 12; n++) {
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Nhận #${n}`);
      await actions.press('Enter');
    }
    expect(await status().textContent()).toContain(`Đã nhận 12 · Đã bỏ 0 · Còn ${figureCount - 12} chờ duyệt`);

    // A reload before saving loses nothing: the browser kept the review.
    await actions.aside(async () => {
      // Leaving with unsaved changes asks first: the editor says yes, as after a crash it would not be asked.
      page.once('dialog', (dialog) => void dialog.accept());
      // The stand-in folder cannot be handed back after a reload, as a real one needs the editor's
      // permission again: the editor's own stores are forgotten, the review's store is not.
      const stores = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
      await page.addInitScript(
        (names: string[]) => {
          for (const name of names) indexedDB.deleteDatabase(name);
        },
        stores.filter((name) => name !== 'antq-editor'),
      );
      expect(stores).toContain('antq-editor');
      await page.reload();
      // The editor may remember the folder it worked in, or ask for it again.
      const signIn = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
      const collections = page.getByRole('treeitem', { name: /^Báo cáo nguồn/u });
      await signIn.or(collections).first().waitFor();
      if (await signIn.isVisible()) await signIn.click();
      // The address still names the assistant's new entry: the editor may open on its form.
      await collections.or(editor.form).first().waitFor();
      await openAssistant();
      await editor.form.getByRole('button', { name: 'Duyệt tiếp' }).click();
      await status().waitFor();
      expect(await status().textContent()).toContain(`Đã nhận 12 · Đã bỏ 0 · Còn ${figureCount - 12} chờ duyệt`);
      expect(await box(18, 'Tên thứ được đếm').count()).toBe(1);
      expect(await choice(18, 'Chỉ tiêu').inputValue()).toBe('communes-meeting-standard-rate');
      expect(await box(19, 'Phạm vi').inputValue()).toBe('huyện Cao Lộc');
      await editor.type('Mã báo cáo', ID);
      await editor.choose('Tỉnh', /^Lạng Sơn/u);
    });

    await actions.click(page.getByRole('button', { name: `Nhận tất cả ${figureCount - 12} số liệu còn lại` }));
    expect(await status().textContent()).toContain(`Đã nhận ${figureCount} · Đã bỏ 0 · Còn 0 chờ duyệt`);
    console.log(`review: ${actions.count} actions so far for ${figureCount} figures (${corrections} corrections)`);
  }, 180_000);

  it('saves the reviewed draft and lands on it in the report form, the sentences kept in the browser only', async () => {
    await actions.click(page.getByRole('button', { name: 'Lưu', exact: true }));
    await page.getByText('Đã lưu mục nội dung.').first().waitFor({ timeout: 30_000 });
    const saved = read();
    expect(saved.draft).toBe(true);
    expect(saved.figures).toHaveLength(figureCount);
    expect(saved.figures.filter((f) => f.proposed === true)).toEqual([]);
    expect(saved.figures[4]!.indicator).toBe('patrol-members');
    expect(saved.figures[18]!.scope).toBe('huyện Cao Lộc');
    expect(saved.figures.filter((f) => f.kind === 'target').map((f) => f.value)).toEqual([100, 1300]);
    // The title line and the closing source line, as printed.
    expect(saved.title).toBe(PASTED.split('\n')[0]);
    expect(saved.publisher.name).toBe('Báo điện tử thử nghiệm');

    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 })
      .toBe(`#/collections/reports/entries/${ID}`);
    await editor.form.waitFor();
    // The preview beside the form shows each figure with its sentence from this browser.
    const preview = page.frameLocator('iframe');
    await expect
      .poll(() => preview.locator('.antq-figure-review blockquote mark').count(), { timeout: 15_000 })
      .toBe(figureCount);
    const file = readFileSync(join(repo, FILE), 'utf8');
    for (const { text } of splitSentences(normalizeReportText(PASTED)))
      if (!saved.title.startsWith(text)) expect(file).not.toContain(text.slice(0, 40));
  }, 120_000);

  it('publishes once the report-level fields are filled; the first refusal lists every problem', async () => {
    await editor.toggle('Bản nháp', false);
    actions.add(1);
    // Made ready to publish, a field left to fill says so at once, before any save.
    const nameProblem = editor.field('Tên ngắn').locator('.antq-live');
    await nameProblem.waitFor();
    expect(await nameProblem.textContent()).toContain('[Cần điền]');
    // The first save lists every problem at once, by the form's own labels, with the real count.
    let said = '';
    let listed = 0;
    await actions.aside(async () => {
      await editor.save();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      said = (await dialog.textContent()) ?? '';
      listed = await dialog.getByRole('listitem').count();
      await dialog.getByRole('button', { name: 'Đóng' }).click();
    });
    expect(said).not.toMatch(/thử lại sau/u);
    expect(said).toContain(`Chưa lưu: ${listed} chỗ cần sửa.`);
    for (const field of ['Tên ngắn', 'Tóm tắt', 'Tệp nguồn', 'Tác giả', 'Chuyên mục', 'Nơi tổ chức'])
      expect(said).toContain(field);
    expect(listed).toBe(8);
    expect(read().draft).toBe(true);

    const fill = async (name: string, text: string, scope?: Locator) => {
      await editor.type(name, text, scope);
      actions.add(1);
    };
    await fill('Tên ngắn', 'Lạng Sơn: sơ kết tổ an ninh thử nghiệm (bài kiểm thử)');
    await nameProblem.waitFor({ state: 'detached' });
    await fill('Tác giả', '');
    await fill('Chuyên mục', '');
    const event = editor.field('Sự kiện');
    await fill('Sự kiện', 'Hội nghị sơ kết mô hình thử nghiệm', event);
    await fill('Đơn vị tổ chức', 'Công an tỉnh Lạng Sơn', event);
    await fill('Nơi tổ chức', '', event);
    await fill('Tóm tắt', 'Bài kiểm thử tự động: một báo cáo nhập từ văn bản, duyệt và phát hành trên trình biên tập.');
    await fill('Tệp nguồn', 'bao-cao-duyet-thu.txt');
    const reportFields = 8;
    await editor.saved();
    actions.add(1);

    const published = read();
    expect(published.draft).toBeUndefined();
    expect(published.figures).toHaveLength(figureCount);
    expect(published.figures.some((f) => 'proposed' in f)).toBe(false);

    // Setup: the assistant (2), id (1), province (2), paste (1), propose (1); two saves and the
    // draft switch. Then one action per figure right, one per correction, one per report field.
    const setup = 7 + 3;
    const corrections = 6;
    const budget = setup + figureCount + corrections + reportFields;
    console.log(
      `editor actions from pasted text to published: ${actions.count} for ${figureCount} figures ` +
        `(budget ${budget}: ${setup} setup and saves, ${figureCount} figures, ${corrections} corrections, ${reportFields} report fields)`,
    );
    expect(actions.count).toBeLessThanOrEqual(budget);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('the site built from the published report', () => {
  let server: Server;
  let site = '';
  let dist = '';

  beforeAll(async () => {
    dist = join(repo, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(repo, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
    ({ server, url: site } = await startStaticServer(dist));
  }, 300_000);
  afterAll(() => server?.close());

  it('shows the figures with their qualifiers, the targets as targets', async () => {
    const view = await session.browser.newPage();
    await view.goto(`${site}/nguon/${ID}/`);
    const text = ((await view.locator('main').textContent()) ?? '').replace(/\s+/gu, ' ');
    expect(text).toContain('hơn 12.000');
    expect(text).toContain('gần 6.400');
    expect(text).toContain('180/200');
    // The table marks each target beside its label, and only the targets.
    expect(text).toMatch(/an ninh mục tiêu ?100%/u);
    expect(text).toMatch(/tổ an ninh mục tiêu ?1\.300/u);
    expect(text.match(/mục tiêu/gu)).toHaveLength(2);
    await view.close();
  }, 60_000);

  it('holds no sentence of the source anywhere', () => {
    // The title line and the closing source line are kept as printed, as the report's title
    // and publisher: every other sentence stays out.
    const lines = PASTED.trim().split('\n');
    const kept = [lines[0]!, lines.at(-1)!];
    const sentences = splitSentences(normalizeReportText(PASTED))
      .map((s) => s.text)
      .filter((s) => !kept.some((line) => line.startsWith(s)));
    expect(sentences.length).toBeGreaterThan(10);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    const texts = walk(dist).filter((f) => /\.(?:html|json|csv|xml|txt|svg|js)$/u.test(f));
    expect(texts.length).toBeGreaterThan(50);
    for (const file of texts) {
      const content = readFileSync(file, 'utf8');
      for (const sentence of sentences) expect(content, file).not.toContain(sentence.slice(0, 40));
    }
  });
});

describe('an indicator that does not exist yet', () => {
  const CATALOGUE = 'content/reference/indicators.json';
  const catalogue = () => JSON.parse(readFileSync(join(repo, CATALOGUE), 'utf8')) as Array<{ id: string }>;
  const openCatalogue = async () => {
    await editor.leave();
    await editor.openCollection('Danh mục chỉ tiêu');
    // The collection lists its one file; the file opens its form.
    const name = { name: 'Danh mục chỉ tiêu', exact: true };
    await page
      .getByRole('link', name)
      .or(page.getByRole('row', name))
      .or(page.getByRole('option', name))
      .or(page.getByRole('gridcell', name))
      .or(page.getByRole('listitem').filter({ hasText: /^Danh mục chỉ tiêu$/u }))
      .first()
      .click();
    await editor.form.waitFor();
    // The editor keeps a backup of edits left unsaved (the refused attempt) and offers it back:
    // this editor starts afresh.
    const restore = page.getByRole('alertdialog').filter({ hasText: 'Khôi phục bản nháp' });
    await restore.waitFor({ timeout: 3000 }).catch(() => undefined);
    if (await restore.isVisible()) await restore.getByRole('button', { name: 'Bỏ qua' }).click();
  };
  const addIndicator = async (id: string) => {
    await editor.add('chỉ tiêu');
    // The new entry is the last; its boxes draw as they scroll into view.
    const fill = async (name: string, text: string) => {
      const box = editor.form.getByRole('textbox', { name, exact: true });
      await editor.reveal(box);
      await box.last().scrollIntoViewIfNeeded();
      await box.last().fill(text);
    };
    await fill('Mã chỉ tiêu', id);
    await fill('Tên chỉ tiêu', 'Tỷ lệ hòa giải thành (thử)');
    await fill('Tên tiếng Anh', 'Share of mediations that succeeded (test)');
    await fill('Định nghĩa', 'Tỷ lệ vụ việc được hòa giải thành trên tổng số vụ việc đưa ra hòa giải.');
  };

  it('is added to the catalogue from the editor, checked like the build checks it, and offered in the review', async () => {
    const before = readFileSync(join(repo, CATALOGUE), 'utf8');
    const count = catalogue().length;
    // A repeated id is refused, and nothing is written.
    await openCatalogue();
    await addIndicator('model-units');
    await editor.save();
    const dialog = page.getByRole('alertdialog');
    await dialog
      .or(page.getByText(/trường bị lỗi/u))
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain('Trùng "model-units"');
    await dialog.getByRole('button').last().click();
    expect(readFileSync(join(repo, CATALOGUE), 'utf8')).toBe(before);
    await editor.leave();

    await openCatalogue();
    await addIndicator('mediation-success-share-test');
    await editor.saved();
    const after = catalogue();
    expect(after).toHaveLength(count + 1);
    expect(after.at(-1)).toMatchObject({ id: 'mediation-success-share-test', comparable: false });
    // The rest of the file as it was: the new entry is appended in the file's own format.
    const text = readFileSync(join(repo, CATALOGUE), 'utf8');
    expect(text.startsWith(before.trimEnd().replace(/\n\]$/u, ''))).toBe(true);
    const validate = spawnSync(process.execPath, ['scripts/validate-content.ts', join(repo, 'content')], {
      encoding: 'utf8',
    });
    expect(validate.status, validate.stderr).toBe(0);

    // The review offers it at once, without a reload.
    await openAssistant();
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.type('Văn bản báo cáo', readFileSync('tests/fixtures/import/bao-cao-thu-nghiem.txt', 'utf8'));
    await page.getByRole('button', { name: 'Đề xuất số liệu' }).click();
    await status().waitFor();
    const options = await choice(1, 'Chỉ tiêu')
      .locator('option')
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('mediation-success-share-test');
    await editor.leave();
  }, 180_000);
});

describe('the small things an editor trips over', () => {
  it('shows years as years, hints as written, a proportional paste box, and no “new report” beside figures', async () => {
    await editor.leave();
    await editor.openCollection('Báo cáo nguồn');
    await page
      .getByRole('row')
      .filter({ hasText: /Nam Định/u })
      .first()
      .click();
    const year = editor.form.getByRole('textbox', { name: 'Năm', exact: true }).first();
    await editor.reveal(year);
    expect(await year.inputValue()).toMatch(/^(?:19|20)\d\d$/u);

    await editor.create('Mô hình');
    const slug = editor.field('Địa chỉ trang');
    await slug.waitFor();
    expect(await slug.textContent()).toContain('/mo-hinh/<slug>/');
    const units = await editor.reveal(editor.field('Số đơn vị nhân rộng'));
    expect(await units.getByRole('button', { name: /Thêm\W+báo cáo/u }).count()).toBe(0);

    await openAssistant();
    const paste = editor.form.getByRole('textbox', { name: 'Văn bản báo cáo', exact: true });
    await editor.reveal(paste);
    expect(await paste.evaluate((box) => getComputedStyle(box).fontFamily)).toMatch(/^'?"?Be Vietnam Pro/u);

    // A number the assistant left out is taken into the review in one action, with its sentence.
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.type('Văn bản báo cáo', readFileSync('tests/fixtures/import/bao-cao-thu-nghiem.txt', 'utf8'));
    await page.getByRole('button', { name: 'Đề xuất số liệu' }).click();
    await status().waitFor();
    const proposed = await page.locator('.antq-fig').count();
    await page.getByRole('button', { name: 'Thêm “246” làm số liệu' }).click();
    const added = card(proposed + 1);
    await added.waitFor();
    expect(await added.locator('mark').textContent()).toBe('246');
    expect(await box(proposed + 1, 'Con số').inputValue()).toBe('246');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-value-\d+$/u);
    expect(await added.textContent()).toContain('Điền đơn vị');
    await editor.leave();
  }, 120_000);
});
