// Accepted hostile content is rendered as text: the content's free-text fields (names, titles,
// summaries, labels, notes, definitions, an article's title and description) carry every
// payload of the fuzz corpus (scripts, event handlers, javascript: URLs, frames, a closing
// </script>, an MDX expression), the validator accepts them, and one build's pages, feeds and
// charts contain none as markup. The data downloads (CSV, JSON) hold them as the data they are.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TEXT } from '../src/validation/fuzz/corpus.ts';
import { formatProblem } from '../src/validation/problems.ts';
import { readContentFiles } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';

/** Fields that hold prose or names: where an editor types freely. */
const FREE_TEXT = new Set([
  'name',
  'title',
  'subtitle',
  'summary',
  'label',
  'note',
  'scope',
  'place',
  'definition',
  'expansion',
  'description',
  'what',
]);

let root = '';
let dist = '';
let injected = 0;
const payloads = HOSTILE_TEXT.filter((p) => p.marker.length > 5);

/** Appends payloads, in turn, to every free-text string of the data; an explicit stack. */
function inject(data: unknown): unknown {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && FREE_TEXT.has(key) && !/^[a-z-]+$/u.test(value)) {
        (node as Record<string, unknown>)[key] = `${value} ${payloads[injected++ % payloads.length]!.text}`;
      } else stack.push(value);
    }
  }
  return data;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'antq-fuzz-build-'));
  const content = join(root, 'content');
  dist = join(root, 'dist');
  cpSync('content', content, { recursive: true });
  for (const file of files(content)) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) writeFileSync(file, JSON.stringify(inject(JSON.parse(text)), null, 2));
    else {
      const close = text.indexOf('\n---', 3);
      const data = inject(parseYaml(text.slice(4, close)));
      writeFileSync(file, `---\n${stringifyYaml(data)}---${text.slice(close + 4)}`);
    }
  }
  const { problems } = validateContent(readContentFiles(content));
  if (problems.length > 0)
    throw new Error(`the hostile content does not validate:\n${problems.map(formatProblem).join('\n')}`);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('hostile text in content', () => {
  it('is accepted, and many fields carry it', () => {
    expect(injected).toBeGreaterThan(200);
  });

  it('reaches no page, feed, sitemap or chart as markup', () => {
    const pages = [...files(dist)].filter((f) => /\.(html|xml|svg|xsl|txt)$/u.test(f));
    expect(pages.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of pages) {
      // Inside a quoted attribute ("content", "aria-label", a search filter) "<" is text; the
      // quote itself is escaped (&quot;), so removing the values leaves markup and text only.
      const text = readFileSync(file, 'utf8').replace(/="[^"]*"/gu, '=""');
      for (const { marker } of payloads) {
        const at = text.indexOf(marker);
        if (at >= 0) found.push(`${relative(dist, file)}: ${text.slice(Math.max(0, at - 80), at + 40)}`);
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('is shown as text where it was written (a model page)', () => {
    const model = readFileSync(join(dist, 'mo-hinh/to-hoa-giai-bac-kan/index.html'), 'utf8');
    expect(model).toMatch(/&lt;(script|img|svg|iframe|a)\b/u);
  });
});
