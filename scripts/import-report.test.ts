import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryText } from '../src/cms/entry-files.ts';
import { TO_CONFIRM, TO_FILL } from '../src/lib/figure-extract/placeholders.ts';
import { normalizeReportText, splitSentences } from '../src/lib/figure-extract/prepare.ts';
import { formatProblem } from '../src/validation/problems.ts';
import { readContentFiles } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';

const FIXTURE = 'tests/fixtures/import/bao-cao-thu-nghiem.txt';
const DRAFT = 'reports/ha-giang-2023-05-12.json';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'antq-import-'));
  dirs.push(dir);
  return dir;
}

/** A throwaway copy of the project's content. */
function copyContent(): string {
  const root = join(tempDir(), 'content');
  cpSync('content', root, { recursive: true });
  return root;
}

function runImport(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/import-report.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function problems(root: string): string[] {
  return validateContent(readContentFiles(root)).problems.map(formatProblem);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What an editor does to confirm a draft: accepts each proposed figure, checks each marked guess, fills each blank. */
function confirm(value: Json): Json {
  if (typeof value === 'string') {
    if (value.includes(TO_FILL)) return 'Đã điền khi kiểm thử';
    return value.startsWith(TO_CONFIRM) ? value.slice(TO_CONFIRM.length).trim() : value;
  }
  if (Array.isArray(value)) return value.map(confirm);
  if (value && typeof value === 'object') {
    const { draft: _draft, proposed: _proposed, ...rest } = value;
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, confirm(v)]));
  }
  return value;
}

// Each case starts Node once or more: allow for a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes a draft that validates, and prints the review table with the source sentences', () => {
    const root = copyContent();
    const run = runImport(FIXTURE, '--province', '02', '--out', root);
    expect(run.status, run.stderr).toBe(0);
    const file = join(root, DRAFT);
    expect(existsSync(file)).toBe(true);
    expect(problems(root)).toEqual([]);

    const written = readFileSync(file, 'utf8');
    // Written in the one canonical form the web editor and npm run tidy write.
    expect(entryText('report', JSON.parse(written))).toBe(written);
    const draft = JSON.parse(written) as {
      draft: boolean;
      province: string;
      sourceFile: string;
      figures: Array<{ value: number; unit: string; qualifier: string; outOf?: number; parts?: string[] }>;
    };
    expect(draft.draft).toBe(true);
    expect(draft.province).toBe('02');
    expect(draft.sourceFile).toBe('bao-cao-thu-nghiem.txt');
    expect(draft.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [3, 'năm', 'exact'],
      [4321, 'tổ', 'exact'],
      [1234, 'tổ', 'exact'],
      [3087, 'tổ', 'exact'],
      [9000, 'lượt người', 'over'],
      [753, 'tin báo', 'nearly'],
      [87, 'xã', 'exact'],
      [91.6, '%', 'exact'],
      [6, 'tập thể', 'exact'],
      [11, 'cá nhân', 'exact'],
    ]);
    expect(draft.figures[1]!.parts).toHaveLength(2);
    expect(draft.figures[6]!.outOf).toBe(95);

    expect(run.stdout).toContain('hơn 9.000');
    expect(run.stdout).toContain('câu: Các tổ đã thu hút «hơn 9 nghìn lượt người» tham gia');
    expect(run.stdout).toContain('“Đề án 246”');
    expect(run.stdout).toContain('“Bản làng bình yên thử nghiệm”');
  });

  it('prints the source sentences but never writes them into the content folder', () => {
    const root = copyContent();
    expect(runImport(FIXTURE, '--province', '02', '--out', root).status).toBe(0);
    const written = readFileSync(join(root, DRAFT), 'utf8');
    const sentences = splitSentences(normalizeReportText(readFileSync(FIXTURE, 'utf8')));
    expect(sentences.length).toBeGreaterThan(5);
    // The title is kept as printed, as every report keeps it (the schema's "Tiêu đề như in"): it
    // is the one line of the text the file holds.
    const { title } = JSON.parse(written) as { title: string };
    expect(title.length).toBeLessThan(200);
    for (const { text } of sentences) if (!title.startsWith(text)) expect(written).not.toContain(text.slice(0, 50));
  });

  it('gives a draft that, once an editor confirms it, is a published report that validates', () => {
    const root = copyContent();
    expect(runImport(FIXTURE, '--province', '02', '--out', root).status).toBe(0);
    const file = join(root, DRAFT);
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Json;

    // Dropping the flag without confirming fails on every mark left and every figure not accepted.
    writeFileSync(file, JSON.stringify({ ...(draft as object), draft: false }, null, 2));
    const unconfirmed = problems(root);
    const figureCount = (draft as { figures: unknown[] }).figures.length;
    expect(unconfirmed.filter((p) => /\/figures\/\d+\/proposed:/u.test(p))).toHaveLength(figureCount);
    expect(unconfirmed.length).toBeGreaterThan(figureCount);
    expect(unconfirmed.every((p) => p.includes('placeholder') || /\/proposed:/u.test(p))).toBe(true);

    writeFileSync(file, JSON.stringify(confirm(draft), null, 2));
    expect(problems(root)).toEqual([]);
    const { content } = validateContent(readContentFiles(root));
    expect(content?.reports.map((r) => r.id)).toContain('ha-giang-2023-05-12');
  });

  it('takes --id, and refuses to overwrite unless --force', () => {
    const root = copyContent();
    expect(runImport(FIXTURE, '--province', 'ha-giang', '--out', root, '--id', 'ha-giang-thu').status).toBe(0);
    const file = join(root, 'reports/ha-giang-thu.json');
    writeFileSync(file, 'giữ nguyên');
    const again = runImport(FIXTURE, '--province', '02', '--out', root, '--id', 'ha-giang-thu');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
    expect(readFileSync(file, 'utf8')).toBe('giữ nguyên');
    expect(runImport(FIXTURE, '--province', '02', '--out', root, '--id', 'ha-giang-thu', '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"draft": true');
  });

  it('stops with a clear message on bad input, writing nothing', () => {
    const root = copyContent();
    const dir = tempDir();
    const empty = join(dir, 'trong.txt');
    writeFileSync(empty, ' \n\n ');
    const noFigure = join(dir, 'khong-so.txt');
    writeFileSync(noFigure, 'Ngày 12/05/2023, theo Đề án 246, giai đoạn 2020-2023, hội nghị đã họp.');
    const cases: Array<[string[], string]> = [
      [[join(dir, 'khong-co.txt'), '--province', '02'], 'không có tệp'],
      [[FIXTURE], '--province'],
      [[FIXTURE, '--province', '99'], '"99"'],
      [[empty, '--province', '02'], 'không có chữ nào'],
      [[noFigure, '--province', '02'], 'không tìm thấy số liệu nào'],
      [[FIXTURE, '--province', '02', '--id', 'Sai Id'], 'không hợp lệ'],
      [[], 'cần cho biết tệp'],
    ];
    for (const [args, message] of cases) {
      const run = runImport(...args, '--out', root);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
    }
    const noFigureRun = runImport(noFigure, '--province', '02', '--out', root);
    expect(noFigureRun.stderr).toContain('“Đề án 246”');
    expect(readdirSync(join(root, 'reports')).sort()).toEqual(readdirSync('content/reports').sort());
  });
});
