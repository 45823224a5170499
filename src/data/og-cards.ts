import { unitsWith } from '../lib/content-index.ts';
import type { OgCard } from '../lib/og-card.ts';
import { ogImagePath } from '../lib/og-paths.ts';
import { formatFigure, formatPeriod } from '../lib/format.ts';
import {
  articlePath,
  chartPath,
  figurePath,
  indicatorPath,
  modelPath,
  reportPath,
  unitFiguresPath,
  unitModelsPath,
} from '../lib/links.ts';
import { currentUnitName, formerWithCurrent, provincePath } from '../lib/provinces.ts';
import { SITE_NAME } from '../lib/site.ts';
import { getArticles, getCharts, getSite } from './site.ts';

const FOOTER = `${SITE_NAME} · số liệu có nguồn`;

let cached: Promise<Map<string, OgCard>> | undefined;

/** The link-preview card of every page that has one, keyed by the page's path; built once per build. */
export function ogCards(): Promise<Map<string, OgCard>> {
  cached ??= buildCards();
  return cached;
}

let byImage: Promise<Map<string, OgCard>> | undefined;

/** Every Open Graph image's card, by the image's path (pages of one list share an image). */
export function ogImageCards(): Promise<Map<string, OgCard>> {
  byImage ??= ogCards().then((cards) => new Map([...cards].map(([page, card]) => [ogImagePath(page), card])));
  return byImage;
}

/** The card drawn in an Open Graph image, by the image's path. */
export async function ogCardOfImage(imagePath: string): Promise<OgCard | undefined> {
  return (await ogImageCards()).get(imagePath);
}

async function buildCards(): Promise<Map<string, OgCard>> {
  const site = await getSite();
  const cards = new Map<string, OgCard>();
  const add = (path: string, kicker: string, title: string, subtitle?: string) =>
    cards.set(path, { kicker, title, footer: FOOTER, ...(subtitle ? { subtitle } : {}) });

  add(
    '/',
    'Cổng thông tin',
    'Toàn dân bảo vệ an ninh Tổ quốc',
    `${site.data.models.length} mô hình tiêu biểu, số liệu có nguồn`,
  );
  add(
    '/mo-hinh/',
    'Danh mục',
    'Các mô hình, điển hình tiên tiến',
    `${site.data.models.length} mô hình theo tỉnh, thành phố`,
  );
  add('/tinh-thanh/', 'Tỉnh, thành phố', 'Mô hình và số liệu theo địa phương', '34 đơn vị cấp tỉnh từ 01/07/2025');
  add('/nguon/', 'Nguồn', 'Báo cáo nguồn của mọi số liệu', `${site.data.reports.length} báo cáo của các tỉnh`);
  add('/gioi-thieu/', 'Giới thiệu', 'Cách cổng thông tin ghi và kiểm chứng số liệu');
  add('/bai-viet/', 'Bài viết', 'Bài viết về các mô hình');
  add('/so-lieu/', 'Số liệu', 'Mọi số liệu, kèm từ định lượng và nguồn', `${site.figures.length} số liệu`);
  add('/du-lieu/', 'Dữ liệu mở', 'Tải số liệu dạng CSV và JSON');
  add('/tim-kiem/', 'Tìm kiếm', 'Tìm mô hình, tỉnh, báo cáo');
  add('/ngoai-tuyen/', 'Đọc khi không có mạng', 'Các trang đã lưu trên máy này');
  add('/en/', 'In English', 'All people protect national security', 'Key information about the portal');
  for (const model of site.data.models) {
    add(
      modelPath(model.slug),
      model.highlight ? 'Mô hình được nhân rộng toàn quốc' : 'Mô hình',
      model.name,
      formerWithCurrent(site.provinces, model.province),
    );
  }
  for (const page of site.provincePages) {
    const current =
      page.kind === 'current' ? site.provinces.currentByCode(page.code) : site.provinces.currentOf(page.code);
    const models = site.modelsOfProvinces(page.formerCodes).length;
    add(
      provincePath(page.slug),
      'Tỉnh, thành phố',
      page.kind === 'current' ? currentUnitName(current) : `Tỉnh ${page.name} (cũ)`,
      page.kind === 'current' ? `${models} mô hình` : `Nay thuộc ${currentUnitName(current)} · ${models} mô hình`,
    );
  }
  const unitName = (code: string) => currentUnitName(site.provinces.currentByCode(code));
  for (const { page, count } of unitsWith(site, 'figures'))
    add(unitFiguresPath(page.slug), 'Số liệu', unitName(page.code), `${count} số liệu có nguồn`);
  for (const { page, count } of unitsWith(site, 'models'))
    add(unitModelsPath(page.slug), 'Danh mục mô hình', unitName(page.code), `${count} mô hình`);
  for (const report of site.data.reports)
    add(
      reportPath(report.id),
      'Báo cáo nguồn',
      report.title ?? report.name,
      formerWithCurrent(site.provinces, report.province),
    );
  for (const figure of site.figures)
    add(
      figurePath(figure.id),
      `Số liệu · ${site.provinces.formerByCode(figure.report.province).name}`,
      `${figure.label}: ${formatFigure(figure)}`,
      formatPeriod(figure.period),
    );
  add('/chi-tieu/', 'Chỉ tiêu', 'Mỗi chỉ tiêu qua các tỉnh và các năm', 'Số liệu theo thời gian, kèm lưu ý so sánh');
  for (const indicator of site.data.indicators) {
    const figures = site.figuresOfIndicator(indicator.id);
    if (figures.length > 0)
      add(indicatorPath(indicator.id), 'Chỉ tiêu', indicator.name, `${figures.length} số liệu có nguồn`);
  }
  add('/dinh-chinh/', 'Đính chính', 'Những gì cổng đã sửa, khi nào và vì sao');
  add('/bieu-do/', 'Biểu đồ', 'Biểu đồ kèm số liệu, nguồn và mã nhúng');
  for (const chart of await getCharts()) add(chartPath(chart.id), 'Biểu đồ', chart.title, chart.subtitle);
  for (const article of await getArticles()) add(articlePath(article.id), 'Bài viết', article.data.title);
  return cards;
}
