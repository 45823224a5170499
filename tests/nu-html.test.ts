// The W3C Nu Html Checker (vnu.jar, the checker behind validator.w3.org/nu) reads every
// HTML page of the built site in one run of Java. html-validate (site.test.ts) checks
// authoring rules; this is the HTML parser and schema the rest of the world checks with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/dist.ts';
import { requireJava } from './support/tools.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  lastColumn?: number;
  extract?: string;
}

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Checks a folder of HTML files and single files with one JVM; returns the errors. */
function nuErrors(paths: string[]): NuMessage[] {
  const run = spawnSync(
    requireJava(),
    ['-jar', VNU_JAR, '--errors-only', '--exit-zero-always', '--skip-non-html', '--format', 'json', ...paths],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages.filter((m) => m.type !== 'info');
}

describe('W3C Nu Html Checker', () => {
  it('finds no error on any page of dist/', { timeout: 300_000 }, () => {
    // A page known to be wrong (the stray <script> after </html> that once shipped on
    // /tim-kiem/) goes into the same run, so a checker that silently read nothing fails.
    const scratch = mkdtempSync(join(tmpdir(), 'antq-nu-'));
    const known = join(scratch, 'known-bad.html');
    writeFileSync(
      known,
      '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>x</p></body></html>' +
        '<script type="module" src="/x.js"></script>',
    );
    try {
      const errors = nuErrors([DIST, known]);
      // vnu names files as "file:/path" URLs.
      const fileOf = (e: NuMessage) => (e.url?.startsWith('file:') ? new URL(e.url).pathname : (e.url ?? ''));
      expect(errors.some((e) => fileOf(e) === known && /Stray start tag/.test(e.message))).toBe(true);
      const readable = errors
        .filter((e) => fileOf(e) !== known)
        .map((e) => `${relative(resolve(DIST), fileOf(e))}:${e.lastLine ?? '?'}:${e.lastColumn ?? '?'} ${e.message}`);
      expect(readable).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
