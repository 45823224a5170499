// Screenshots of the web editor for the editors' guide (docs/hinh/), taken from the built site
// on a copy of content/: `npm run build && npm run docs:screenshots`. Needs Chromium.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tests/support/chromium.ts';
import { Editor } from '../tests/support/editor.ts';
import { pickFolderOnDisk } from '../tests/support/folder-handle.ts';
import { startStaticServer } from './serve.ts';

const OUT = 'docs/hinh';
const repo = mkdtempSync(join(tmpdir(), 'antq-screenshots-'));
cpSync('content', join(repo, 'content'), { recursive: true });
mkdirSync(join(repo, '.git'));
const { server, url } = await startStaticServer('dist');
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.jpg`), type: 'jpeg', quality: 70 });
  await pickFolderOnDisk(page, repo);
  await page.goto(`${url}/admin/`);
  const editor = new Editor(page);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).waitFor();
  await shot('bien-tap-1-dang-nhap');
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await editor.openCollection('Báo cáo nguồn');
  await page.getByRole('row').first().waitFor();
  await shot('bien-tap-2-danh-sach');

  await editor.create('Báo cáo nguồn');
  await editor.type('Mã báo cáo', 'ha-giang-2024-vi-du');
  await editor.type('Tên ngắn', 'Hà Giang: báo cáo ví dụ');
  const figures = await editor.reveal(editor.field('Số liệu'));
  await editor.add('số liệu', figures);
  await editor.type('Mã số liệu', 'hg-vd-to', figures, 0);
  await editor.type('Tên thứ được đếm', 'Tổ an ninh nhân dân', figures, 0);
  await editor.type('Con số', '12a', figures, 0);
  await editor.pick('Từ định lượng', 'trên / hơn', figures, 0);
  await editor.pick('Chữ nguồn dùng', 'hơn', figures, 0);
  // The first save lists every problem; each field shows its own.
  await editor.refused();
  await editor.field('Con số', figures).first().locator('.antq-live').waitFor();
  await editor.field('Con số', figures).first().scrollIntoViewIfNeeded();
  await shot('bien-tap-3-so-lieu-va-loi');
  await editor.leave();

  await editor.openCollection('Bài viết');
  await page.getByRole('row').first().click();
  const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
  await editor.reveal(body);
  await body.click();
  await page.getByRole('button', { name: 'Chèn', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Số liệu', exact: true }).waitFor();
  await shot('bien-tap-4-chen-so-lieu');
  await page.keyboard.press('Escape');
  await editor.leave();

  await editor.create('Nhập báo cáo từ văn bản');
  await editor.type('Mã báo cáo', 'lang-son-2024-vi-du');
  await editor.choose('Tỉnh', /^Lạng Sơn/u);
  await editor.type('Văn bản báo cáo', readFileSync('tests/fixtures/import/bao-cao-duyet-thu.txt', 'utf8'));
  await page.getByRole('button', { name: 'Đề xuất số liệu' }).click();
  const card = (n: number) => page.getByRole('group', { name: new RegExp(`^#${n} ·`, 'u') });
  await card(1).getByRole('button', { name: 'Nhận #1' }).click();
  await card(2).getByRole('button', { name: 'Nhận #2' }).click();
  await card(3).getByRole('textbox', { name: 'Con số', exact: true }).fill('8.30');
  // A card from its top (its sentence), below the sticky count.
  const show = async (n: number) => {
    await card(n).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -90);
    await page.waitForTimeout(300);
  };
  await show(3);
  await shot('bien-tap-5-nhap-tu-van-ban');
  await show(19);
  await shot('bien-tap-6-duyet-so-lieu');
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  server.close();
  rmSync(repo, { recursive: true, force: true });
}
