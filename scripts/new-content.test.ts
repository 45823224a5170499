import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/validation/read-content.ts';
import { formatProblem } from '../src/validation/problems.ts';
import { validateContent } from '../src/validation/validate.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throwaway copy of the project's content, so scaffolds land next to real files. */
function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'antq-new-'));
  dirs.push(root);
  cpSync('content', root, { recursive: true });
  return root;
}

function scaffold(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new-content.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: root },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function problems(root: string): string[] {
  return validateContent(readContentFiles(root)).problems.map(formatProblem);
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('npm run new', () => {
  it('scaffolds each kind so that the whole content folder still validates', () => {
    const root = copyContent();
    expect(problems(root)).toEqual([]);
    const runs = [
      scaffold(root, 'report', '--province', '06', '--name', 'Báo cáo thử nghiệm'),
      scaffold(root, 'model', '--name', 'Mô hình thử nghiệm', '--report', 'nam-dinh-2022-tu-quan-tu-phong'),
      scaffold(root, 'article', '--name', 'Bài viết thử nghiệm'),
      scaffold(root, 'chart', '--name', 'Biểu đồ thử nghiệm'),
    ];
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const files = [
      'reports/bao-cao-thu-nghiem.json',
      'models/mo-hinh-thu-nghiem.json',
      'articles/bai-viet-thu-nghiem.mdx',
      'charts/bieu-do-thu-nghiem.json',
    ];
    files.forEach((file, i) => {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(runs[i]!.stdout).toContain(file);
      expect(runs[i]!.stdout).toContain('[Cần điền]');
    });
    expect(problems(root)).toEqual([]);

    const model = json(join(root, 'models/mo-hinh-thu-nghiem.json'));
    expect(model['reports']).toEqual(['nam-dinh-2022-tu-quan-tu-phong']);
    expect(model['province']).toBe('36');
    // Astro's frontmatter parser turns an unquoted 2026-11-20 into a Date, which the schema rejects.
    expect(readFileSync(join(root, 'articles/bai-viet-thu-nghiem.mdx'), 'utf8')).toMatch(
      /^published: '\d{4}-\d{2}-\d{2}'$/m,
    );
    const report = json(join(root, 'reports/bao-cao-thu-nghiem.json'));
    expect(report['province']).toBe('06');
    expect(report['name']).toBe('Báo cáo thử nghiệm');
    // Every scaffold is a draft: validated, left out of the build until its placeholders are filled.
    for (const file of files) expect(readFileSync(join(root, file), 'utf8')).toMatch(/"?draft"?: true/u);
  });

  it('cannot be published while a placeholder is left', () => {
    const root = copyContent();
    expect(scaffold(root, 'model', '--name', 'Mô hình chưa xong').status).toBe(0);
    const path = join(root, 'models/mo-hinh-chua-xong.json');
    const { draft: _draft, ...published } = json(path);
    writeFileSync(path, JSON.stringify(published, null, 2) + '\n');
    expect(problems(root)).toEqual([
      'content/models/mo-hinh-chua-xong.json: /summary: placeholder "[Cần điền]" is still there: fill it in, or keep the entry a draft',
    ]);
  });

  it('defaults a model to the newest report and its province', () => {
    const root = copyContent();
    const dated = readdirSync(join(root, 'reports')).map((f) => {
      const r = json(join(root, 'reports', f)) as { id: string; province: string; published: Record<string, number> };
      const { year, month, day } = r.published;
      return { ...r, key: ((year ?? 0) * 100 + (month ?? 0)) * 100 + (day ?? 0) };
    });
    const newest = dated.sort((a, b) => b.key - a.key)[0]!;
    const run = scaffold(root, 'model');
    expect(run.status, run.stderr).toBe(0);
    const model = json(join(root, 'models/mo-hinh-moi.json'));
    expect(model['reports']).toEqual([newest.id]);
    expect(model['province']).toBe(newest.province);
  });

  it('derives a fresh id when the name is already taken', () => {
    const root = copyContent();
    const before = readdirSync(join(root, 'models'));
    expect(before).toContain('to-tu-quan-ve-antt.json');
    expect(scaffold(root, 'model', '--name', 'Tổ tự quản về ANTT').status).toBe(0);
    expect(scaffold(root, 'model', '--name', 'Tổ tự quản về ANTT').status).toBe(0);
    const added = readdirSync(join(root, 'models')).filter((f) => !before.includes(f));
    expect(added.sort()).toEqual(['to-tu-quan-ve-antt-2.json', 'to-tu-quan-ve-antt-3.json']);
    expect(problems(root)).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    const root = copyContent();
    const path = join(root, 'models/to-tu-quan-ve-antt.json');
    const original = readFileSync(path, 'utf8');
    const run = scaffold(root, 'model', '--id', 'to-tu-quan-ve-antt');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('không ghi đè');
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('fails with a clear message on a bad kind, a missing province or an unknown report', () => {
    const root = copyContent();
    const badKind = scaffold(root, 'widget');
    expect(badKind.status).toBe(1);
    expect(badKind.stderr).toContain('loại nội dung không hợp lệ: "widget"');
    expect(badKind.stderr).toContain('report, model, article, chart');

    const noProvince = scaffold(root, 'report');
    expect(noProvince.status).toBe(1);
    expect(noProvince.stderr).toContain('--province');

    const badProvince = scaffold(root, 'report', '--province', '99');
    expect(badProvince.status).toBe(1);
    expect(badProvince.stderr).toContain('"99"');

    const badReport = scaffold(root, 'article', '--report', 'khong-co');
    expect(badReport.status).toBe(1);
    expect(badReport.stderr).toContain('"khong-co"');

    expect(readdirSync(join(root, 'reports'))).toEqual(readdirSync('content/reports'));
  });
});
