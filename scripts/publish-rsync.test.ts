import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRsync } from '../tests/support/tools.ts';

const SCRIPT = 'scripts/publish-rsync.sh';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

const publish = (dist: string, target: string) => spawnSync('sh', [SCRIPT, dist, target], { encoding: 'utf8' });

describe('scripts/publish-rsync.sh', () => {
  requireRsync();

  it('copies a build to the target, then a new build replaces it and removes what it no longer has', () => {
    const target = mkdtempSync(join(tmpdir(), 'www-'));
    const first = site({
      'index.html': '<h1>Trang chủ</h1>',
      'index.html.br': 'br',
      '_astro/a1.css': 'a{}',
      'mo-hinh/cu/index.html': 'cũ',
    });
    expect(publish(first, target).status).toBe(0);
    expect(readFileSync(join(target, 'mo-hinh/cu/index.html'), 'utf8')).toBe('cũ');
    expect(readFileSync(join(target, 'index.html.br'), 'utf8')).toBe('br');
    expect(statSync(join(target, 'index.html')).mode & 0o777).toBe(0o644);

    const second = site({ 'index.html': '<h1>Mới</h1>', '_astro/b2.css': 'b{}', 'mo-hinh/moi/index.html': 'mới' });
    const run = publish(second, target);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('<h1>Mới</h1>');
    expect(existsSync(join(target, 'mo-hinh/moi/index.html'))).toBe(true);
    expect(existsSync(join(target, 'mo-hinh/cu/index.html'))).toBe(false);
    expect(existsSync(join(target, '_astro/a1.css'))).toBe(false);
    expect(existsSync(join(target, 'index.html.br'))).toBe(false);
  });

  it('refuses a folder that holds no built site, and wrong arguments, without touching the target', () => {
    const target = mkdtempSync(join(tmpdir(), 'www-'));
    writeFileSync(join(target, 'index.html'), 'live');
    const empty = site({ 'README.txt': 'not a build' });
    const run = publish(empty, target);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has no index\.html: build the site first/u);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('live');
    expect(spawnSync('sh', [SCRIPT, empty], { encoding: 'utf8' }).status).toBe(2);
  });
});
