// Scaffolds one new content file:
//   npm run new -- report|model|article|chart [--province <code>] [--id <id>] [--name "…"] [--report <id>]
// The file has every required field; placeholders are marked "[Cần điền]". It is saved as a
// draft, so a fresh scaffold passes `npm run validate` (placeholders are allowed only in drafts)
// and an editor can check their work field by field; removing "draft" publishes it.
// Writes under content/ (or CONTENT_DIR) and never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugify } from '../src/lib/text.ts';
import { contentFolder, failWith, findFormerProvince, jsonFiles, readCommandLine, readJson, SLUG } from './cli.ts';

const TODO = '[Cần điền]';

const KINDS = {
  report: { dir: 'reports', ext: '.json', defaultName: 'Báo cáo mới' },
  model: { dir: 'models', ext: '.json', defaultName: 'Mô hình mới' },
  article: { dir: 'articles', ext: '.mdx', defaultName: 'Bài viết mới' },
  chart: { dir: 'charts', ext: '.json', defaultName: 'Biểu đồ mới' },
} as const;
type Kind = keyof typeof KINDS;

const USAGE = `Cách dùng: npm run new -- <loại> [tùy chọn]

Loại: report (báo cáo nguồn), model (mô hình), article (bài viết), chart (biểu đồ)

Tùy chọn:
  --name "…"        tên (báo cáo, mô hình) hoặc tiêu đề (bài viết, biểu đồ); id được tạo từ tên này
  --id <id>         id tự chọn (chữ a-z, số, gạch nối); không ghi đè tệp đã có
  --province <mã>   mã hai chữ số của tỉnh cũ trong content/reference/provinces.json (bắt buộc với report)
  --report <id>     báo cáo nguồn cho model, article, chart (mặc định: báo cáo mới nhất)

Ví dụ: npm run new -- model --name "Tổ hòa giải" --report bac-kan-2024-so-ket-mo-hinh`;

// Typed here so that TypeScript knows a call never returns.
const fail: (message: string) => never = failWith('new');

interface PartialDate {
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
}
interface ReportFile {
  id: string;
  province: string;
  published?: PartialDate;
  figures?: Array<{ id: string }>;
}

/** Every report that parses, newest first by its published date (unknown parts count as earliest). */
function readReports(root: string): ReportFile[] {
  const reports: ReportFile[] = [];
  for (const file of jsonFiles(join(root, 'reports'))) {
    try {
      reports.push(readJson<ReportFile>(join(root, 'reports', file)));
    } catch {
      // A broken report is `npm run validate`'s business; it cannot be a source here.
    }
  }
  const key = (r: ReportFile): number =>
    ((r.published?.year ?? 0) * 100 + (r.published?.month ?? 0)) * 100 + (r.published?.day ?? 0);
  return reports.sort((a, b) => key(b) - key(a) || a.id.localeCompare(b.id));
}

function pickReport(reports: ReportFile[], wanted: string | undefined): ReportFile {
  if (reports.length === 0) fail('chưa có báo cáo nào trong reports/: tạo một báo cáo trước (npm run new -- report).');
  if (wanted === undefined) return reports[0]!;
  const found = reports.find((r) => r.id === wanted);
  if (!found) fail(`không có báo cáo với id "${wanted}". Các báo cáo hiện có: ${reports.map((r) => r.id).join(', ')}.`);
  return found;
}

function pickProvince(root: string, wanted: string): string {
  return findFormerProvince(root, wanted, fail).code;
}

function firstId(root: string, file: string): string {
  const list = readJson<Array<{ id: string }>>(join(root, 'reference', file));
  if (!list[0]) fail(`reference/${file} không có mục nào.`);
  return list[0].id;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
function fresh(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

function main(): void {
  const parsed = readCommandLine(
    {
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        id: { type: 'string' },
        province: { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
    fail,
  );
  if (!parsed) return;
  const { values, positionals } = parsed;
  const kindArg = positionals[0];
  if (kindArg === undefined) fail(`cần cho biết loại nội dung.\n\n${USAGE}`);
  if (!Object.hasOwn(KINDS, kindArg))
    fail(`loại nội dung không hợp lệ: "${kindArg}". Dùng một trong: ${Object.keys(KINDS).join(', ')}.\n\n${USAGE}`);
  if (positionals.length > 1)
    fail(`thừa đối số: ${positionals.slice(1).join(' ')}. Tên có dấu cách cần đặt trong "…".`);
  const kind = kindArg as Kind;
  const { dir, ext, defaultName } = KINDS[kind];

  const root = contentFolder(undefined, fail);
  const folder = join(root, dir);
  const taken = (id: string) => existsSync(join(folder, id + ext));

  const name = (values.name ?? defaultName).normalize('NFC').trim() || defaultName;
  let id: string;
  if (values.id !== undefined) {
    if (!SLUG.test(values.id)) fail(`id "${values.id}" không hợp lệ: chỉ dùng chữ a-z, số 0-9 và một dấu gạch nối.`);
    if (taken(values.id)) fail(`đã có ${relative(process.cwd(), join(folder, values.id + ext))}; không ghi đè.`);
    id = values.id;
  } else {
    id = fresh(slugify(name) || slugify(defaultName), taken);
  }

  const reports = readReports(root);
  const figureIds = new Set(reports.flatMap((r) => (r.figures ?? []).map((f) => f.id)));
  let text: string;
  let next: string[];

  if (kind === 'report') {
    if (values.province === undefined)
      fail(
        'báo cáo cần --province <mã>: mã hai chữ số của tỉnh cũ trong reference/provinces.json, ví dụ --province 06.',
      );
    const date = {
      text: `${TODO} ngày đúng như bài in, ví dụ "Ngày 16/10"`,
      year: null,
      month: null,
      day: null,
      yearInferred: null,
    };
    text = json({
      id,
      draft: true,
      title: `${TODO} tiêu đề đúng như bài in; null nếu bài không có tiêu đề`,
      name,
      publisher: { name: null, asPrinted: null, inferred: null },
      author: null,
      section: null,
      published: date,
      province: pickProvince(root, values.province),
      provinceInferred: null,
      period: { kind: 'asOf', date },
      event: null,
      summary: `${TODO} hai đến bốn câu bằng lời của cổng: bài nói về việc gì, ở đâu, giai đoạn nào.`,
      unknowns: [],
      sourceFile: `${TODO} tên tệp nguồn trong kho nguồn`,
      figures: [
        {
          id: fresh(`${id}-so-lieu`, (f) => figureIds.has(f)),
          indicator: firstId(root, 'indicators.json'),
          label: `${TODO} thứ được đếm, gọi đúng như bài`,
          value: 0,
          unit: `${TODO} đơn vị`,
          qualifier: 'exact',
          period: { kind: 'asOf', date },
          scope: `${TODO} phạm vi, ví dụ "toàn tỉnh"`,
        },
      ],
    });
    next = [
      'title, publisher, author, section: đúng như bài in; null khi bài không in',
      'published và period: ngày, tháng, năm (null khi không rõ); yearInferred khi năm là suy luận',
      'provinceInferred, event, summary, unknowns, sourceFile',
      'figures: sửa số liệu mẫu (indicator, label, value, unit, qualifier, period, scope) và thêm các số liệu khác',
    ];
  } else if (kind === 'model') {
    const report = pickReport(reports, values.report);
    text = json({
      slug: id,
      draft: true,
      name,
      province: values.province === undefined ? report.province : pickProvince(root, values.province),
      place: null,
      category: firstId(root, 'categories.json'),
      started: null,
      recognitions: [],
      units: null,
      highlight: false,
      summary: `${TODO} mô hình là gì, làm gì, bằng lời của cổng.`,
      reports: [report.id],
    });
    next = [
      `name: đúng như bài in (không có dấu ngoặc kép); nguồn đã ghi: ${report.id}`,
      'place (xã, huyện như in), category (reference/categories.json), started',
      'recognitions (ai ghi nhận, cấp nào, năm nào) và highlight: true chỉ khi Bộ Công an nhân rộng toàn quốc',
      'units (id số liệu đếm số đơn vị, nếu có), summary',
    ];
  } else if (kind === 'article') {
    const report = pickReport(reports, values.report);
    const example = report.figures?.[0]?.id;
    text = [
      '---',
      `title: ${JSON.stringify(name)}`,
      'draft: true',
      `description: ${JSON.stringify(`${TODO} một hai câu cho danh sách, kết quả tìm kiếm và ảnh xem trước.`)}`,
      `published: '${today()}'`,
      `provinces: [${JSON.stringify(report.province)}]`,
      'models: []',
      `reports: [${report.id}]`,
      example ? `# hero: ${example}` : '# hero: <id của số liệu nêu bật>',
      '---',
      '',
      // A body holds text and the portal's tags only (no code, not even an MDX comment), so the
      // writing instructions are a placeholder paragraph the editor replaces.
      `${TODO} Viết bằng lời của cổng, khoảng năm trăm đến chín trăm từ. Không gõ số có từ ba chữ số trở lên: ` +
        'đưa số liệu vào bằng thẻ Figure, mô hình bằng thẻ ModelCard, biểu đồ bằng thẻ Chart.',
      '',
      example ? `${TODO} Đoạn mở đầu. Ví dụ một số liệu: <Figure id="${example}" />.` : `${TODO} Đoạn mở đầu.`,
      '',
    ].join('\n');
    next = [
      'title, description; published là ngày đăng trên cổng',
      `provinces, models, reports (đã ghi: ${report.id}); bỏ dấu # trước hero và chọn số liệu nêu bật`,
      'nội dung: mỗi con số qua <Figure id="…" />, mô hình qua <ModelCard slug="…" />, biểu đồ qua <Chart id="…" />',
      'nói rõ tỉnh cũ nay thuộc đơn vị nào và những gì báo cáo không cho biết',
    ];
  } else {
    const report = pickReport(reports, values.report);
    const figure = report.figures?.[0]?.id;
    if (!figure) fail(`báo cáo "${report.id}" chưa có số liệu nào để vẽ; chọn báo cáo khác bằng --report <id>.`);
    text = json({
      id,
      draft: true,
      type: 'bar',
      title: name,
      subtitle: `${TODO} nơi và thời điểm`,
      items: [{ figure }],
    });
    next = [
      'title, subtitle, note (điều cần nhớ khi đọc)',
      'type: bar, grouped-bar, slope, proportion, timeline hoặc tile-map',
      `items: các số liệu cần vẽ (đã có một số liệu mẫu từ ${report.id}); cùng một đơn vị hoặc một chỉ tiêu`,
    ];
  }

  const file = join(folder, id + ext);
  mkdirSync(folder, { recursive: true });
  // "wx" fails if the file appeared meanwhile: never overwrite.
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch {
    fail(`đã có ${relative(process.cwd(), file)}; không ghi đè.`);
  }
  console.log(`Đã tạo ${relative(process.cwd(), file) || file}`);
  console.log('\nCần điền tiếp (thay mọi chỗ ghi "[Cần điền]"):');
  for (const line of next) console.log(`  - ${line}`);
  console.log('\nTệp mới là bản nháp ("draft": true): được kiểm tra nhưng chưa lên trang.');
  console.log('Khi đã điền xong, xóa dòng "draft" để phát hành.');
  console.log('\nRồi kiểm tra: npm run validate; xem trước: npm run dev');
}

main();
