// A report imported with `npm run import` is a draft until an editor confirms it: the site
// built from a content folder holding it must carry nothing of it (no page, no figure, no
// download row, no search entry). Its numbers are ones no published report prints.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/import/bao-cao-thu-nghiem.txt';
const ID = 'ha-giang-2023-05-12';
let root = '';
let draft: { figures: Array<{ id: string }> };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'antq-import-draft-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', env });
  const imported = run(['scripts/import-report.ts', FIXTURE, '--province', '02']);
  if (imported.status !== 0) throw new Error(`the import failed:\n${imported.stderr}`);
  draft = JSON.parse(readFileSync(join(content, 'reports', `${ID}.json`), 'utf8')) as typeof draft;
  const validate = run(['scripts/validate-content.ts', content]);
  if (validate.status !== 0) throw new Error(`the imported draft does not validate:\n${validate.stderr}`);
  const build = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')]);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('an imported, unconfirmed draft', () => {
  it('reaches no file of the built site', () => {
    expect(draft.figures.length).toBeGreaterThan(5);
    // Its ids, and numbers no published report prints (4.321 tổ, 3.087 tổ, 87/95 xã).
    const traces = [ID, ...draft.figures.map((f) => f.id), '4.321', '4321', '3.087', '87/95'];
    const files = filesUnder(join(root, 'dist')).filter((f) => /\.(html|csv|json|xml|txt|svg|js)$/u.test(f));
    expect(files.length).toBeGreaterThan(100);
    const leaks = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return traces.filter((t) => text.includes(t)).map((t) => `${f}: ${t}`);
    });
    expect(leaks).toEqual([]);
  });

  it('is in no page of the search index', () => {
    // Pagefind's own files, not the .br/.gz the build writes beside them.
    const fragments = filesUnder(join(root, 'dist/pagefind/fragment')).filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(50);
    const text = fragments.map((f) => gunzipSync(readFileSync(f)).toString('utf8')).join('\n');
    expect(text).toContain('pagefind_dcd');
    for (const trace of [ID, '4.321', '3.087', '87/95']) expect(text).not.toContain(trace);
  });
});
