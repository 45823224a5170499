import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseLog, buildNodeOptions } from './measure-build.ts';

const at = (ms: number, text: string) => ({ ms, text });

describe('analyseLog', () => {
  it('counts copied routes apart, and gives each time to a route that rendered', () => {
    const result = analyseLog([
      at(0, 'generating static routes'),
      at(10, '  ├─ /mo-hinh/a/index.html'),
      at(11, '  ├─ /og/so-lieu/f/x.png (restored)'),
      at(12, '  ├─ /so-lieu/f/x/index.html (restored)'),
      at(20, ' (+7ms)'),
      at(30, '  ├─ /so-lieu/f/y/index.html (restored)'),
      at(40, '[build] 4 page(s) built in 1.00s'),
    ]);
    expect(result.copiedRoutes).toBe(3);
    expect(result.routes).toEqual([{ kind: 'model pages', count: 1, ms: 7 }]);
    // Rendering ends with the last route, copied or not.
    expect(result.phases['rendering static routes']).toBe(30);
  });
});

describe('buildNodeOptions', () => {
  const project = (build: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'antq-build-options-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build } }));
    return dir;
  };

  it("takes Node's options from the project's own build script, files made absolute", () => {
    const dir = project('node --env-file=build.env --max-old-space-size=4096 node_modules/astro/bin/astro.mjs build');
    expect(buildNodeOptions(dir)).toEqual([`--env-file=${join(dir, 'build.env')}`, '--max-old-space-size=4096']);
  });

  it('reads the real package.json: the benchmark builds with the allocator settings of build.env', () => {
    expect(buildNodeOptions(resolve('.'))).toContain(`--env-file=${resolve('build.env')}`);
  });

  it('refuses a build script it cannot read, rather than measure another command', () => {
    expect(() => buildNodeOptions(project('astro build'))).toThrow(/not "node \[options\]/u);
  });
});
