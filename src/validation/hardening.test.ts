// Broken and hostile input: each case is refused with the file, the field and a plain message.
import { describe, expect, it } from 'vitest';
import { fixtureFiles, json, validArticle, validModel, validReport } from './fixtures.ts';
import { decodeContent, readJson } from './json-reader.ts';
import { LIMITS } from './limits.ts';
import { parseFrontmatterText, parseJsonFile } from './parse.ts';
import { ContentError, describeValue, formatProblem, type Problem } from './problems.ts';
import { validateContent } from './validate.ts';

const MODEL = 'content/models/mo-hinh-mau.json';
const REPORT = 'content/reports/bao-cao-mau.json';
const ARTICLE = 'content/articles/bai-mau.mdx';

const problemsOf = (overrides: Record<string, string | null>): string[] =>
  validateContent(fixtureFiles(overrides)).problems.map(formatProblem);

const thrown = (read: () => unknown): Problem => {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error.problem;
    throw error;
  }
  throw new Error('expected a ContentError');
};

const withModel = (change: (m: Record<string, unknown>) => void) => {
  const m = validModel();
  change(m);
  return { [MODEL]: json(m) };
};
const withReport = (change: (r: Record<string, unknown>) => void) => {
  const r = validReport();
  change(r);
  return { [REPORT]: json(r) };
};
const figures = (r: Record<string, unknown>) => r['figures'] as Array<Record<string, unknown>>;
const article = (change: (text: string) => string) => ({ [ARTICLE]: change(validArticle()) });

describe('reading files', () => {
  it('refuses JSON nested past the limit, naming the path, without touching the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const p = thrown(() => readJson(deep, 'content/x.json'));
    expect(p.message).toMatch(/nested more than 24 levels/);
    expect(p.field).toBe('/0'.repeat(LIMITS.depth));
    const inObject = thrown(() => readJson(`{"a":${'{"b":'.repeat(40)}1${'}'.repeat(40)}}`, 'content/x.json'));
    expect(inObject.field).toMatch(/^\/a\/b\/b\//);
  });

  it('refuses a key written twice, naming its path', () => {
    const p = thrown(() => readJson('{"a": {"b": 1, "c": [{"d": 1, "d": 2}]}}', 'content/x.json'));
    expect(formatProblem(p)).toBe(
      'content/x.json: /a/c/0/d: the key "d" appears twice in the same group: JSON keeps only the last, so delete one',
    );
    // The same key in two different groups is fine, and so is a key inside a string.
    expect(readJson('{"a": {"k": 1}, "b": {"k": 1}, "c": "\\"k\\": 1, \\"k\\""}', 'f')).toBeTruthy();
  });

  it('names encoding problems: BOM, UTF-16, another code page', () => {
    const utf8 = new TextEncoder().encode('{"a": "Hòa"}');
    expect(decodeContent(utf8, 'f')).toBe('{"a": "Hòa"}');
    expect(thrown(() => parseJsonFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'f')).message).toMatch(
      /byte-order mark/,
    );
    expect(thrown(() => parseJsonFile('\uFEFF{}', 'f')).message).toMatch(/byte-order mark/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(thrown(() => parseJsonFile(utf16, 'f')).message).toMatch(/UTF-16/);
    // "Hòa" in Windows-1258: ò is one byte 0xF2, never valid UTF-8 here.
    const cp1258 = new Uint8Array([
      ...new TextEncoder().encode('{\n"a": "H'),
      0xf2,
      ...new TextEncoder().encode('a"}'),
    ]);
    expect(thrown(() => parseJsonFile(cp1258, 'f')).message).toMatch(/not UTF-8 \(line 2/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1).fill(0x20);
    expect(thrown(() => parseJsonFile(big, 'f')).message).toMatch(/more than the limit of 1,024 kB/);
  });

  it('reads frontmatter with YAML core: dates stay text, tags and merges are not types', () => {
    expect(parseFrontmatterText('---\npublished: 2026-02-03\ndraft: yes\n---\nBody', 'f')).toEqual({
      data: { published: '2026-02-03', draft: 'yes' },
      body: 'Body',
    });
    expect(thrown(() => parseFrontmatterText('---\na: !!binary aGk=\n---\n', 'f')).message).toMatch(/Unresolved tag/);
    expect(thrown(() => parseFrontmatterText('---\na: 1\na: 2\n---\n', 'f')).message).toMatch(/unique/);
    expect(thrown(() => parseFrontmatterText('---\na: 1\n---x\n', 'f')).message).toMatch(/must be "---" alone/);
    expect(thrown(() => parseFrontmatterText('title: x\n', 'f')).message).toMatch(/no frontmatter/);
    const deep = thrown(() => parseFrontmatterText(`---\na: ${'['.repeat(9000)}\n---\n`, 'f'));
    expect(deep.message).toMatch(/nested more than/);
  });

  it('refuses a 9 MB article by its size, and splits a large one without a regex over the whole file', () => {
    const text = (n: number) => `---\ntitle: x\n---\n${'a'.repeat(n)}`;
    expect(thrown(() => parseFrontmatterText(text(9_000_000), 'f')).message).toMatch(/file is 8,789 kB/);
    expect(parseFrontmatterText(text(1_000_000), 'f').body).toHaveLength(1_000_000);
  });
});

describe('the rules on text', () => {
  it.each([
    ['U+200B', '\u200B'],
    ['U+2060', '\u2060'],
    ['U+3164', '\u3164'],
    ['U+115F', '\u115F'],
    ['U+FEFF', '\uFEFF'],
    ['a bidi isolate', '\u2066\u2069'],
    ['no-break spaces', '\u00A0\u3000'],
  ])('a required text of only %s is empty', (_, blank) => {
    expect(problemsOf(withModel((m) => (m['name'] = blank)))).toContainEqual(
      expect.stringMatching(/^content\/models\/mo-hinh-mau\.json: \/name: expected visible text/),
    );
  });

  it('shows invisible characters as escapes in messages', () => {
    expect(describeValue('0\u200B6')).toBe('"0\\u200B6"');
    const found = problemsOf(withModel((m) => (m['province'] = '0\u200B6')));
    expect(found.join('\n')).toContain('"0\\u200B6"');
  });

  it('refuses bidi overrides and control characters anywhere in a text', () => {
    expect(problemsOf(withModel((m) => (m['summary'] = 'Mô hình \u202Eiệv tốt')))).toContainEqual(
      `${MODEL}: /summary: text holds the hidden control character \\u202E, which changes how text is shown: delete it`,
    );
    expect(problemsOf(withModel((m) => (m['summary'] = 'a\u0007b'))).join('\n')).toContain('\\u0007');
  });

  it('finds placeholders in linear time, however many unclosed ones a text has', () => {
    expect(problemsOf(withModel((m) => (m['summary'] = '[Cần x'.repeat(3000))))).toEqual([]);
    expect(problemsOf(withModel((m) => (m['summary'] = '[Cần x'.repeat(1000) + '[Cần điền]')))).toContainEqual(
      expect.stringContaining('/summary: placeholder "[Cần điền]" is still there'),
    );
  });

  it('refuses a text over the length limit and data nested past the limit', () => {
    expect(problemsOf(withModel((m) => (m['summary'] = 'a'.repeat(LIMITS.stringChars + 1))))).toContainEqual(
      `${MODEL}: /summary: text of 20,001 characters, more than the limit of 20,000`,
    );
  });

  it('refuses a body over the limit', () => {
    expect(problemsOf(article((t) => t + 'a'.repeat(LIMITS.bodyChars))).join('\n')).toContain(
      `${ARTICLE}: body: body of`,
    );
  });
});

describe('the semantic holes', () => {
  it.each(['2026-02-31', '2026-13-01', '2025-02-29'])('refuses the impossible date %s, quoted or not', (date) => {
    for (const written of [date, `"${date}"`])
      expect(problemsOf(article((t) => t.replace('published: 2026-11-01', `published: ${written}`)))).toContainEqual(
        `${ARTICLE}: /published: expected a date that exists, written YYYY-MM-DD (got "${date}")`,
      );
  });

  it('accepts a leap day and keeps an unquoted date as the text written', () => {
    const { content } = validateContent(
      fixtureFiles(article((t) => t.replace('published: 2026-11-01', 'published: 2024-02-29'))),
    );
    expect(content?.articles[0]?.frontmatter.published).toBe('2024-02-29');
  });

  it('reads null for a list that may be left out as empty', () => {
    const { problems, content } = validateContent(
      fixtureFiles({
        ...article((t) => t.replace('provinces: ["06"]', 'provinces: null')),
        ...withReport((r) => (r['unknowns'] = null)),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.articles[0]?.frontmatter.provinces).toEqual([]);
    expect(content?.reports[0]?.unknowns).toEqual([]);
  });

  it('refuses parts that go round in a circle', () => {
    const found = problemsOf(
      withReport((r) => {
        figures(r)[1]!['parts'] = ['mau-cum', 'mau-cum-b'];
      }),
    );
    expect(found).toContainEqual(
      `${REPORT}: /figures/1/parts/0: parts go round in a circle: mau-cum → mau-cum-a → mau-cum`,
    );
  });

  it('checks the file names of every collection: case, diacritics, collisions', () => {
    expect(problemsOf({ 'content/articles/Bài-Viết-Mới.mdx': validArticle() })).toContainEqual(
      'content/articles/Bài-Viết-Mới.mdx: the name "Bài-Viết-Mới" is not a slug (a-z, 0-9 and single hyphens, no capitals or diacritics): rename it "bai-viet-moi"',
    );
    expect(problemsOf({ 'content/overviews/Ha Noi.md': '---\nprovince: "01"\n---\nx' })).toContainEqual(
      expect.stringContaining('content/overviews/Ha Noi.md: the name "Ha Noi" is not a slug'),
    );
    expect(problemsOf({ 'content/articles/BAI-MAU.mdx': validArticle() })).toContainEqual(
      'content/articles/BAI-MAU.mdx: differs from content/articles/bai-mau.mdx only in letter case: rename or remove one',
    );
  });

  it('points a duplicate in provinces.json at the field that repeats', () => {
    const provinces = JSON.parse(fixtureFiles()[0]!.text) as { current: Array<{ code: string; slug: string }> };
    provinces.current[5]!.slug = provinces.current[4]!.slug;
    expect(problemsOf({ 'content/reference/provinces.json': json(provinces) })).toContainEqual(
      `content/reference/provinces.json: /current/5/slug: duplicate "${provinces.current[4]!.slug}" (also at /current/4/slug)`,
    );
  });

  it('refuses a key written twice in a content file', () => {
    const text = json(validModel()).replace('"slug": "mo-hinh-mau",', '"slug": "mo-hinh-mau", "slug": "khac",');
    expect(problemsOf({ [MODEL]: text })).toContainEqual(
      `${MODEL}: /slug: the key "slug" appears twice in the same group: JSON keeps only the last, so delete one`,
    );
  });
});
