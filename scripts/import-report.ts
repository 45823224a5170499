// Turns a report's text into a draft report for an editor to confirm:
//   npm run import -- <file.txt> --province <code> [--id <id>] [--out <content folder>] [--force]
// Writes <content>/reports/<id>.json with "draft": true and every candidate figure marked
// "proposed" (accepted by removing the mark), and prints a review table with the source sentences. The sentences
// are for the editor's eyes: they are printed, never written into the content folder.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { entryText } from '../src/cms/entry-files.ts';
import { draftReport, draftReportId } from '../src/lib/figure-extract/draft.ts';
import { extractFigures } from '../src/lib/figure-extract/extract.ts';
import { nameKey } from '../src/lib/figure-extract/model-names.ts';
import { formatExcluded, formatReviewTable, reviewRows } from '../src/lib/figure-extract/review.ts';
import { contentFolder, failWith, findFormerProvince, jsonFiles, readCommandLine, readJson, SLUG } from './cli.ts';

const USAGE = `Cách dùng: npm run import -- <tệp.txt> --province <mã> [tùy chọn]

Đọc bài báo cáo (tệp văn bản UTF-8), đề xuất mọi số liệu trong bài và ghi thành một báo cáo nháp
("draft": true) trong reports/. Bản nháp không lên trang cho tới khi biên tập viên xác nhận.

Tùy chọn:
  --province <mã>   mã hai chữ số (hoặc slug) của tỉnh cũ trong reference/provinces.json (bắt buộc)
  --id <id>         id tự chọn; mặc định tạo từ tỉnh và ngày đăng tìm thấy trong bài
  --out <thư mục>   thư mục nội dung (mặc định: content/, hoặc CONTENT_DIR)
  --force           ghi đè tệp nháp đã có

Ví dụ: npm run import -- bai-bao.txt --province 06`;

// Typed here so that TypeScript knows a call never returns.
const fail: (message: string) => never = failWith('import');

function main(): void {
  const parsed = readCommandLine(
    {
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
    fail,
  );
  if (!parsed) return;
  const { values, positionals } = parsed;
  const [input, ...extra] = positionals;
  if (input === undefined) fail(`cần cho biết tệp bài báo cáo.\n\n${USAGE}`);
  if (extra.length > 0) fail(`thừa đối số: ${extra.join(' ')}. Tên tệp có dấu cách cần đặt trong "…".`);
  if (values.province === undefined)
    fail('cần --province <mã>: mã hai chữ số của tỉnh cũ trong reference/provinces.json, ví dụ --province 06.');

  const root = contentFolder(values.out, fail);
  if (!existsSync(input)) fail(`không có tệp ${input}.`);
  let raw: string;
  try {
    raw = readFileSync(input, 'utf8');
  } catch (error) {
    fail(`không đọc được tệp ${input}: ${(error as Error).message}`);
  }
  if (raw.trim() === '') fail(`tệp ${input} không có chữ nào.`);

  const province = findFormerProvince(root, values.province, fail);
  const indicators = readJson<Array<{ id: string; name: string; definition: string }>>(
    join(root, 'reference/indicators.json'),
  );
  const glossary = readJson<Array<{ abbr: string; expansion: string; variants?: string[] }>>(
    join(root, 'reference/glossary.json'),
  );
  const modelsDir = join(root, 'models');
  const models = jsonFiles(modelsDir).map((f) => readJson<{ slug: string; name: string }>(join(modelsDir, f)));

  const extraction = extractFigures(raw, { indicators, glossary, names: models.map((m) => m.name) });
  if (extraction.figures.length === 0) {
    const left = formatExcluded(extraction);
    fail(
      `không tìm thấy số liệu nào trong ${input}.` +
        (left.length > 0 ? `\nCác số trong bài không phải số liệu:\n  ${left.join('\n  ')}` : ''),
    );
  }

  if (values.id !== undefined && !SLUG.test(values.id))
    fail(`id "${values.id}" không hợp lệ: chỉ dùng chữ a-z, số 0-9 và một dấu gạch nối.`);
  const id = values.id ?? draftReportId(province.slug, extraction);
  const file = join(root, 'reports', `${id}.json`);
  if (existsSync(file) && !values.force)
    fail(
      `đã có ${relative(process.cwd(), file) || file}; không ghi đè (dùng --force nếu muốn ghi đè, hoặc --id để đặt id khác).`,
    );

  const draft = draftReport(extraction, {
    id,
    province: { code: province.code, name: province.name },
    sourceFile: basename(input),
    indicators,
  });
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(file, entryText('report', draft));

  console.log(`Đã ghi bản nháp ${relative(process.cwd(), file) || file}: ${draft.figures.length} số liệu đề xuất.`);
  console.log(
    'Số thứ tự # ứng với figures theo đúng thứ tự trong tệp. Câu nguồn chỉ để đối chiếu, không ghi vào tệp.\n',
  );
  console.log(formatReviewTable(reviewRows(extraction)));

  const left = formatExcluded(extraction);
  if (left.length > 0) {
    console.log('\nCác số trong bài không được đề xuất (không phải số liệu):');
    for (const line of left) console.log(`  ${line}`);
  }
  if (extraction.models.length > 0) {
    const known = new Map(models.map((m) => [nameKey(m.name), m.slug]));
    console.log('\nTên mô hình trong bài:');
    for (const model of extraction.models) {
      const slug = known.get(nameKey(model.name));
      console.log(`  “${model.name}”${slug ? ` (đã có: models/${slug}.json)` : ''}`);
    }
    console.log(
      `  Mô hình mới: tạo sau khi báo cáo đã được xác nhận, bằng npm run new -- model --name "…" --report ${id}`,
    );
  }
  console.log(`
Việc tiếp theo (xem mục “Nhập báo cáo từ văn bản” trong docs/huong-dan-bien-tap.md):
  - đối chiếu từng số liệu với bài: giá trị, từ định lượng, đơn vị, chỉ tiêu, thời kỳ; xóa số không phải số liệu, thêm số còn thiếu
  - mỗi số liệu có "proposed": true (máy đề xuất): đúng thì xóa dòng đó để nhận; sai thì sửa rồi xóa; không phải số liệu thì xóa cả mục
  - ngày đăng, thời kỳ, tiêu đề (dòng đầu bài) và cơ quan đăng (dòng “Nguồn:” cuối bài) được điền như bài in: kiểm tra lại
  - thay mọi chỗ “[Cần điền]”, rồi xóa dòng "draft": true
  - kiểm tra: npm run validate`);
}

main();
