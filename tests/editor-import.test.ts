// The import assistant's draft, taken on in the same session: pasted, proposed and saved in
// the web editor, it opens at once in the report form with every figure, can be changed and
// saved again without a reload, and a refused save names the fields to fix. Everything goes
// through the editor's own forms and save path; only the native folder dialog is stood in for
// (tests/support/folder-handle.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showTypedNumber } from '../src/lib/typed-number.ts';
import { baseUrl, launch, type Session } from './support/browser.ts';
import { Editor } from './support/editor.ts';
import { pickFolderOnDisk } from './support/folder-handle.ts';

const ID = 'ha-giang-2023-nhap-lien-mach';
const FILE = `content/reports/${ID}.json`;
let session: Session;
let repo = '';
let page: Page;
let editor: Editor;
const errors: string[] = [];

interface Draft {
  draft?: boolean;
  name: string;
  figures: Array<{ id: string; value: number; label: string }>;
}
const read = (): Draft => JSON.parse(readFileSync(join(repo, FILE), 'utf8')) as Draft;

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

describe('a draft from the import assistant, in the same session', () => {
  let saved: Draft;

  it('is saved, and the editor lands on it in the report form with all its figures', async () => {
    await editor.create('Nhập báo cáo từ văn bản');
    await editor.type('Mã báo cáo', ID);
    await editor.choose('Tỉnh', /^Hà Giang/u);
    await editor.type('Văn bản báo cáo', readFileSync('tests/fixtures/import/bao-cao-thu-nghiem.txt', 'utf8'));
    await page.getByRole('button', { name: 'Đề xuất số liệu' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Đề xuất \d+ số liệu/u })
      .waitFor();
    // Like npm run import, the assistant shows what it left out and why, and the model names.
    const extra = page.locator('.antq-review-extra');
    expect(await extra.first().textContent()).toMatch(/số hiệu văn bản: .*Đề án 246/u);
    expect(await extra.last().textContent()).toContain('“Bản làng bình yên thử nghiệm”: chưa có');
    // Not editor.saved(), which waits for the form to close: this one opens another.
    await editor.save();
    await page.getByText('Đã lưu mục nội dung.').first().waitFor({ timeout: 30_000 });
    saved = read();
    expect(saved.draft).toBe(true);
    expect(saved.figures.length).toBeGreaterThan(5);
    expect(JSON.stringify(saved)).not.toContain('proposal');

    // Not the assistant's empty list: the report's own form, holding what was saved.
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 15_000 })
      .toBe(`#/collections/reports/entries/${ID}`);
    await editor.form.waitFor();
    const id = editor.form.getByRole('textbox', { name: 'Mã báo cáo', exact: true });
    await id.waitFor();
    expect(await id.inputValue()).toBe(ID);
    const figures = await editor.reveal(editor.field('Số liệu'));
    const value = figures.getByRole('textbox', { name: 'Con số', exact: true });
    await editor.reveal(value.nth(saved.figures.length - 1), figures);
    expect(await value.count()).toBe(saved.figures.length);
    const shown = await value.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(shown).toEqual(saved.figures.map((f) => showTypedNumber(f.value)));
    expect(shown).toContain('4.321');

    // The pasted text stays in this browser (IndexedDB, keyed by the draft's id), never in the
    // file: the preview beside the form shows each figure with its sentence, the number marked.
    const pasted = readFileSync('tests/fixtures/import/bao-cao-thu-nghiem.txt', 'utf8');
    const stored = await page.evaluate(
      (id) =>
        new Promise<{ text: string; sentences: Record<string, string> } | undefined>((resolve, reject) => {
          const open = indexedDB.open('antq-editor');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('import-sources').objectStore('import-sources').get(id);
            get.onsuccess = () => resolve(get.result as { text: string; sentences: Record<string, string> });
          };
        }),
      ID,
    );
    expect(stored?.text.trim()).toBe(pasted.trim());
    expect(Object.keys(stored?.sentences ?? {})).toEqual(saved.figures.map((f) => f.id));
    const preview = page.frameLocator('iframe');
    await expect
      .poll(() => preview.locator('.antq-figure-review blockquote mark').count(), { timeout: 15_000 })
      .toBe(saved.figures.length);
    expect(await preview.locator('.antq-figure-review li strong').first().textContent()).toContain('Chờ duyệt');
    const file = readFileSync(join(repo, FILE), 'utf8');
    for (const sentence of Object.values(stored?.sentences ?? {}))
      expect(file).not.toContain(sentence.replace(/[«»]/gu, '').slice(0, 40));
  }, 180_000);

  it('is changed and saved again without a reload', async () => {
    await editor.type('Tên ngắn', 'Hà Giang: bản nháp nhập từ văn bản');
    const figures = editor.field('Số liệu');
    await editor.type('Tên thứ được đếm', 'tổ tự quản', figures, 0);
    await editor.saved();
    const after = read();
    expect(after.name).toBe('Hà Giang: bản nháp nhập từ văn bản');
    expect(after.figures[0]!.label).toBe('tổ tự quản');
    expect(after.figures.map((f) => f.value)).toEqual(saved.figures.map((f) => f.value));
    expect(after.draft).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it('refuses to publish it with placeholders left, naming the fields, never “try again later”', async () => {
    await page.getByRole('row').filter({ hasText: 'Hà Giang: bản nháp nhập từ văn bản' }).first().click();
    await editor.form.waitFor();
    await editor.toggle('Bản nháp', false);
    await editor.save();
    const dialog = page.getByRole('alertdialog');
    const toast = page.getByText(/trường bị lỗi/u).first();
    await dialog.or(toast).first().waitFor({ timeout: 30_000 });
    const said = (await dialog.isVisible())
      ? ((await dialog.textContent()) ?? '')
      : (await editor.form.getByRole('alert').allTextContents()).join(' | ');
    expect(said).not.toMatch(/thử lại sau/u);
    expect(said).toMatch(/\[Cần (?:điền|xác nhận)\]|chỗ cần điền/u);
    if (await dialog.isVisible()) {
      expect(said).toMatch(/Tiêu đề như in|Tóm tắt|Tên thứ được đếm/u);
      await dialog.getByRole('button').last().click();
    }
    expect(read().draft).toBe(true);
    await editor.leave();
  }, 120_000);
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

    await editor.create('Nhập báo cáo từ văn bản');
    const paste = editor.form.getByRole('textbox', { name: 'Văn bản báo cáo', exact: true });
    await editor.reveal(paste);
    expect(await paste.evaluate((box) => getComputedStyle(box).fontFamily)).toMatch(/^'?"?Be Vietnam Pro/u);
    await editor.leave();
  }, 120_000);
});
