// `npm run validate -- --since <ref>` on a real git repository: a published figure whose
// value changed since the commit fails until a correction records it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let repo: string;
const report = () => join(repo, 'content/reports/hoa-binh-2020-nhan-rong-mo-hinh.json');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'antq-since-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'content');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function validate(since: string | undefined, env: Record<string, string> = {}) {
  const args = ['scripts/validate-content.ts', join(repo, 'content'), ...(since ? ['--since', since] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** Changes the report file in the work tree. */
function edit(change: (data: { figures: Array<{ id: string; value: number }>; corrections?: unknown[] }) => void) {
  const data = JSON.parse(readFileSync(report(), 'utf8'));
  change(data);
  writeFileSync(report(), JSON.stringify(data, null, 2) + '\n');
}

describe('npm run validate -- --since', () => {
  it('passes when nothing published changed', () => {
    const run = validate('HEAD');
    expect(run.out).toContain('published figures checked against HEAD');
    expect(run.status).toBe(0);
  });

  it('fails on a changed figure without a correction, and passes once one records the earlier value', () => {
    edit((data) => {
      data.figures.find((f) => f.id === 'hb20-mo-hinh-duy-tri')!.value = 113;
    });
    // Without a base the content is valid as it stands.
    expect(validate(undefined).status).toBe(0);
    const refused = validate('HEAD');
    expect(refused.status).toBe(1);
    expect(refused.out).toContain(
      'content/reports/hoa-binh-2020-nhan-rong-mo-hinh.json: /figures/8: published figure "hb20-mo-hinh-duy-tri" changed from 112 mô hình to 113 mô hình',
    );
    // The build and CI name the base in the environment.
    expect(validate(undefined, { CONTENT_BASE_REF: 'HEAD' }).status).toBe(1);
    edit((data) => {
      data.corrections = [
        {
          date: '2026-12-06',
          figure: 'hb20-mo-hinh-duy-tri',
          previousValue: 112,
          what: 'Thử sửa số.',
          why: 'Kiểm thử.',
        },
      ];
    });
    const accepted = validate('HEAD');
    expect(accepted.out).toContain('content OK');
    expect(accepted.status).toBe(0);
  });

  it('says so when the revision does not exist', () => {
    const run = validate('khong-co-nhanh-nay');
    expect(run.status).toBe(1);
    expect(run.out).toContain('git revision "khong-co-nhanh-nay" not found');
  });
});
