import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFiles, json, validModel } from '../src/validation/fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeContent(overrides: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'antq-validate-'));
  dirs.push(root);
  for (const { file, text } of fixtureFiles(overrides)) {
    const path = join(root, file.replace(/^content\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

function validate(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/validate-content.ts', dir], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('passes on the project content', () => {
    const run = validate('content');
    expect(run.out).toMatch(/content OK: \d+ reports, \d+ figures, \d+ models/);
    expect(run.status).toBe(0);
  });

  it('passes on a valid fixture', () => {
    expect(validate(writeContent()).status).toBe(0);
  });

  it('fails on a bad file, naming the file and the field', () => {
    const bad = validModel();
    (bad['recognitions'] as Array<Record<string, unknown>>)[0]!['year'] = '2020a';
    const run = validate(writeContent({ 'content/models/mo-hinh-mau.json': json(bad) }));
    expect(run.status).toBe(1);
    expect(run.out).toContain('content/models/mo-hinh-mau.json: /recognitions/0/year: expected a number, got "2020a"');
  });

  it('fails on malformed JSON', () => {
    const run = validate(writeContent({ 'content/reports/bao-cao-mau.json': '{' }));
    expect(run.status).toBe(1);
    expect(run.out).toContain('content/reports/bao-cao-mau.json: is not valid JSON');
  });
});
