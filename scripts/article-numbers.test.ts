// Every number in an article comes from a <Figure> (with its qualifier, period and source),
// never typed by hand; and every article is a real article, 500–900 words of prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const contentRoot = process.env['CONTENT_DIR'] ?? 'content';
const articlesDir = join(contentRoot, 'articles');

/** Words of prose an article must have, components and markup left out. */
const MIN_WORDS = 500;
const MAX_WORDS = 900;

/** Names that contain a number but are not figures ("BCĐ 138"): the glossary's own entries. */
function namesWithNumbers(): string[] {
  const glossary = JSON.parse(readFileSync(join(contentRoot, 'reference/glossary.json'), 'utf8')) as Array<{
    abbr: string;
    expansion: string;
    variants?: string[];
  }>;
  return glossary
    .flatMap((g) => [g.abbr, g.expansion, ...(g.variants ?? [])])
    .filter((name) => /\d{3}/.test(name))
    .sort((a, b) => b.length - a.length);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces a match with spaces of the same length, so lines and columns stay put. */
const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/**
 * The article as its prose: frontmatter, JSX tags (<Figure … />, <Chart …>…</Chart>), MDX
 * expressions and comments blanked out, keeping line numbers.
 */
function proseOf(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<\/?[A-Za-z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/g, blank)
    .replace(/\{[^}]*\}/g, blank);
}

/** Bare numbers of three or more digits in the prose ("845", the "224" of "1.224"), with line numbers. */
function bareNumbers(source: string, allowed: readonly string[] = []): Array<{ line: number; text: string }> {
  // A full date ("01/07/2025") is a date, not a quantity: it needs no figure record.
  let prose = proseOf(source).replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, blank);
  for (const name of allowed) prose = prose.replace(new RegExp(escape(name), 'giu'), blank);
  const found: Array<{ line: number; text: string }> = [];
  prose.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(/\d[\d.,]*\d|\d/g)) {
      if (/\d{3}/.test(match[0])) found.push({ line: i + 1, text: match[0] });
    }
  });
  return found;
}

/** Words of prose: headings' #, emphasis, links and list markers are not words. */
function wordCount(source: string): number {
  const text = proseOf(source)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('the checks themselves', () => {
  const doc = (body: string) => `---\ntitle: A\n---\n${body}`;
  it('finds a hand-typed number and its line, but not one inside a component or a name', () => {
    expect(bareNumbers(doc('Có 845 tổ.\nCó <Figure id="bk-845" /> và 1.224 khẩu.'))).toEqual([
      { line: 4, text: '845' },
      { line: 5, text: '1.224' },
    ]);
    expect(bareNumbers(doc('Trưởng BCĐ 138 tỉnh; 22 cụm; 19.2; 4.0'), ['BCĐ 138'])).toEqual([]);
    expect(bareNumbers(doc('<Chart id="x" />\n{/* 2024 */}'))).toEqual([]);
    expect(bareNumbers(doc('Từ ngày 01/07/2025 thuộc tỉnh mới; năm 2025 thì không.'))).toEqual([
      { line: 4, text: '2025' },
    ]);
  });
  it('counts words of prose only', () => {
    expect(wordCount(doc('## Tiêu đề\n\nHai <Figure id="a-b" withLabel /> từ, [liên kết](/x/).'))).toBe(6);
  });
});

describe('articles', () => {
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const allowed = namesWithNumbers();

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s types no number of three or more digits: numbers come from <Figure>', (file) => {
    const found = bareNumbers(readFileSync(join(articlesDir, file), 'utf8'), allowed);
    const where = found.map((f) => `${join(articlesDir, file)}:${f.line}: "${f.text}"`).join('\n');
    expect(where, `write these through <Figure id="…" /> or rephrase:\n${where}`).toBe('');
  });

  it.each(files)(`%s has ${MIN_WORDS}–${MAX_WORDS} words of prose`, (file) => {
    const words = wordCount(readFileSync(join(articlesDir, file), 'utf8'));
    expect(words, `${file}: ${words} words`).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words, `${file}: ${words} words`).toBeLessThanOrEqual(MAX_WORDS);
  });
});
