/**
 * Reading content files into data: JSON, and Markdown/MDX frontmatter. Pure: files come in
 * as text, so the build, `npm run validate` and the web editor read them the same way.
 */
import { parseDocument } from 'yaml';
import { decodeContent, lineAt, readJson } from './json-reader.ts';
import { frontmatterTooLong, LIMITS, tooDeep } from './limits.ts';
import { ContentError, problem, type Problem } from './problems.ts';

/**
 * A content file: its project-relative path and its text. Read from disk, the bytes come too
 * (and the text is decoded from them leniently): the readers below decode them strictly and
 * name an encoding problem.
 */
export interface SourceFile {
  file: string;
  text: string;
  bytes?: Uint8Array;
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

/** A content file's text or bytes → its JSON data; throws a ContentError naming the file and the field. */
export function parseJsonFile(input: string | Uint8Array, file: string): unknown {
  return readJson(decodeContent(input, file), file);
}

/** Problems go to the list, not up the stack: what the validator and the editor call. */
function collecting<T>(problems: Problem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(error.problem);
    return undefined;
  }
}

export function parseJson(source: SourceFile, problems: Problem[]): unknown {
  return collecting(problems, () => parseJsonFile(source.bytes ?? source.text, source.file));
}

const noFrontmatter = (file: string) =>
  new ContentError(
    problem(file, '', {
      en: 'has no frontmatter block: the file must start with a line "---", the fields, and a closing line "---"',
      vi: 'Thiếu phần đầu (frontmatter): tệp phải bắt đầu bằng dòng ---, rồi các trường, rồi một dòng --- nữa.',
    }),
  );

/**
 * The line of the file a body starts on, counting the frontmatter before it, so that a body's
 * line N is reported as the file's; undefined when the text does not end with that body.
 */
export function bodyStartLine(text: string, body: string): number | undefined {
  if (!text.endsWith(body)) return undefined;
  return text.slice(0, text.length - body.length).split('\n').length;
}

/**
 * "---\nyaml\n---\nbody" → the YAML's data and the body. Split with indexOf, not a regex (a
 * 9 MB file once exhausted one), and on the same first "\n---" Astro's own reader stops at, so
 * both see the same body. The YAML is read with the core schema of YAML 1.2, which the build
 * uses too (src/data/own-frontmatter.ts): no timestamps or other types a second reader might
 * read differently; an unquoted 2026-02-31 is text, checked like any date.
 */
export function parseFrontmatterText(input: string | Uint8Array, file: string): { data: unknown; body: string } {
  const text = decodeContent(input, file);
  const open = /^---\r?\n/u.exec(text);
  if (!open) throw noFrontmatter(file);
  const close = text.indexOf('\n---', open[0].length - 1);
  if (close === -1) throw noFrontmatter(file);
  const after = close + 4;
  const rest = text.slice(after, after + 2);
  if (!(rest === '' || rest.startsWith('\n') || rest === '\r\n' || rest.startsWith('\r\n')))
    throw new ContentError(
      problem(file, '', {
        en: `the line closing the frontmatter (line ${lineAt(text, close + 1)}) must be "---" alone`,
        vi: `Dòng đóng phần đầu (dòng ${lineAt(text, close + 1)}) phải chỉ có ba dấu ---.`,
      }),
    );
  const yamlText = text.slice(open[0].length, close).replace(/\r$/u, '');
  if (yamlText.length > LIMITS.frontmatterChars) throw new ContentError(frontmatterTooLong(file, yamlText.length));
  const body = text.slice(after).replace(/^\r?\n/u, '');
  return { data: readYaml(yamlText, file), body };
}

/**
 * The deepest run of "[" and "{" in YAML text (quotes not told apart: a real frontmatter is two
 * levels deep, so the count only has to catch the hostile case before the YAML reader, which
 * recurses, spends a second on it).
 */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}

function readYaml(text: string, file: string): unknown {
  if (flowDepth(text) > LIMITS.depth) throw new ContentError(tooDeep(file, ''));
  let doc: ReturnType<typeof parseDocument>;
  try {
    // resolveKnownTags off: an explicit !!binary or !!timestamp is refused below, not read.
    doc = parseDocument(text, { schema: 'core', uniqueKeys: true, resolveKnownTags: false, prettyErrors: true });
  } catch (error) {
    // The YAML library recurses into nested blocks: a hostile depth ends here, not in a crash.
    if (error instanceof RangeError) throw new ContentError(tooDeep(file, ''));
    throw error;
  }
  const [first] = [...doc.errors, ...doc.warnings];
  if (first?.message.includes('call stack')) throw new ContentError(tooDeep(file, ''));
  if (first) {
    const detail = first.message.split('\n')[0] ?? '';
    throw new ContentError(
      problem(file, '', {
        en: `frontmatter is not valid YAML: ${detail}`,
        vi: `Phần đầu (frontmatter) không hợp lệ: ${detail}`,
      }),
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 50 }) as unknown;
  } catch (error) {
    if (error instanceof RangeError) throw new ContentError(tooDeep(file, ''));
    const detail = (error as Error).message;
    throw new ContentError(
      problem(file, '', { en: `frontmatter cannot be read: ${detail}`, vi: `Không đọc được phần đầu: ${detail}` }),
    );
  }
}

/** Splits "---\nyaml\n---\nbody" and parses the YAML; problems go to the list. */
export function parseFrontmatter(source: SourceFile, problems: Problem[]): { data: unknown; body: string } | undefined {
  return collecting(problems, () => parseFrontmatterText(source.bytes ?? source.text, source.file));
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
