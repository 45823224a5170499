/**
 * Reading content files into data: JSON, and Markdown/MDX frontmatter. Pure: files come in
 * as text, so the build, `npm run validate` and the web editor read them the same way.
 */
import { parse as parseYaml } from 'yaml';
import { problem, type Problem } from './problems.ts';

/** A content file as read from disk: its project-relative path and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** The kinds of entry files under content/, by folder. */
export type EntryKind = 'report' | 'model' | 'chart' | 'article' | 'overview';

const ENTRY_FOLDERS: ReadonlyArray<readonly [EntryKind, RegExp]> = [
  ['report', /^content\/reports\/[^/]+\.json$/u],
  ['model', /^content\/models\/[^/]+\.json$/u],
  ['chart', /^content\/charts\/[^/]+\.json$/u],
  ['article', /^content\/articles\/.+\.mdx$/u],
  ['overview', /^content\/overviews\/[^/]+\.md$/u],
];

/** Kinds stored as Markdown/MDX with a frontmatter block; the rest are JSON. */
export const hasBody = (kind: EntryKind): kind is 'article' | 'overview' => kind === 'article' || kind === 'overview';

/** Whether an entry's data, parsed or not yet, is marked as a draft. */
export const isDraftData = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;

/** Which kind of entry a file is, from its path; undefined for reference files and strays. */
export function entryKind(file: string): EntryKind | undefined {
  return ENTRY_FOLDERS.find(([, pattern]) => pattern.test(file))?.[0];
}

/** "content/models/x.json" → "x". */
export function baseName(file: string): string {
  return file.replace(/^.*\//u, '').replace(/\.(json|mdx|md)$/u, '');
}

/** An entry's file is named after its id (or slug): the URL and every reference depend on it. */
export function checkFileName(file: string, id: string, what: 'id' | 'slug', problems: Problem[]): void {
  if (baseName(file) === id) return;
  problems.push(
    problem(file, `/${what}`, {
      en: `${what} "${id}" must match the file name "${baseName(file)}"`,
      vi: `${what === 'id' ? 'Mã' : 'Địa chỉ'} "${id}" phải trùng tên tệp "${baseName(file)}".`,
    }),
  );
}

export function parseJson(source: SourceFile, problems: Problem[]): unknown {
  try {
    return JSON.parse(source.text) as unknown;
  } catch (error) {
    problems.push(
      problem(source.file, '', {
        en: `is not valid JSON: ${(error as Error).message}`,
        vi: `Tệp không phải JSON hợp lệ (thường do thiếu hoặc thừa dấu phẩy, dấu nháy, dấu ngoặc): ${(error as Error).message}`,
      }),
    );
    return undefined;
  }
}

/** Splits "---\nyaml\n---\nbody" and parses the YAML. */
export function parseFrontmatter(source: SourceFile, problems: Problem[]): { data: unknown; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(source.text);
  if (!match) {
    problems.push(
      problem(source.file, '', {
        en: 'has no frontmatter block between --- lines',
        vi: 'Thiếu phần đầu (frontmatter) nằm giữa hai dòng ---.',
      }),
    );
    return undefined;
  }
  try {
    return { data: parseYaml(match[1] ?? '') as unknown, body: match[2] ?? '' };
  } catch (error) {
    problems.push(
      problem(source.file, '', {
        en: `frontmatter is not valid YAML: ${(error as Error).message}`,
        vi: `Phần đầu (frontmatter) không hợp lệ: ${(error as Error).message}`,
      }),
    );
    return undefined;
  }
}

/** An entry file's data and body, read the way its kind is stored; undefined when it does not parse. */
export function parseEntryFile(
  kind: EntryKind,
  source: SourceFile,
  problems: Problem[],
): { data: unknown; body: string | undefined } | undefined {
  if (hasBody(kind)) return parseFrontmatter(source, problems);
  const data = parseJson(source, problems);
  return data === undefined ? undefined : { data, body: undefined };
}
