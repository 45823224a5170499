/**
 * Reading an article or overview body into a syntax tree with the MDX toolchain's own
 * parser (micromark + mdast), never by compiling it: the tree is data that the rules walk and
 * the renderer turns into HTML. Pure; runs in the build, `npm run validate` and the editor.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Articles are MDX (text plus the documented components); overviews plain Markdown. */
export type BodyFormat = 'mdx' | 'md';

/**
 * A body longer than this is refused before it is parsed: about seven times the longest
 * article, and short enough that the parser's slow cases (long runs of unclosed brackets)
 * stay within seconds.
 */
export const MAX_BODY_CHARS = 50_000;

/** Deepest nesting of blocks, tags or emphasis a body may have; real articles use 1 or 2. */
export const MAX_BODY_DEPTH = 32;

/**
 * Most emphasis marks (* and _) one paragraph may hold. The parser pairs them in time that
 * grows with the square of their number in a paragraph ("*a*a*a…" 24,500 times took 39 s);
 * at 500 a whole body of such paragraphs reads in well under a second, and a real paragraph
 * uses a handful.
 */
export const MAX_EMPHASIS_MARKS = 500;

/** Something the rules refuse, at a line of the body (1 = its first line). */
export interface BodyFinding {
  line: number;
  en: string;
  vi: string;
}

export type ParsedBody = { ok: true; tree: Root } | { ok: false; finding: BodyFinding };

const lineOf = (error: unknown): number => {
  const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
  return place?.line ?? place?.start?.line ?? (error as { line?: number }).line ?? 1;
};

export function parseBody(source: string, format: BodyFormat): ParsedBody {
  if (source.length > MAX_BODY_CHARS)
    return {
      ok: false,
      finding: {
        line: 1,
        en: `body is ${source.length} characters, over the limit of ${MAX_BODY_CHARS}`,
        vi: `Nội dung dài ${source.length} ký tự, quá giới hạn ${MAX_BODY_CHARS}: hãy chia thành nhiều bài.`,
      },
    };
  const deep = tooComplex(source, format);
  if (deep !== undefined) return { ok: false, finding: deep };
  try {
    const tree =
      format === 'mdx'
        ? fromMarkdown(source, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
        : fromMarkdown(source);
    return { ok: true, tree };
  } catch (error) {
    // A stack overflow here means nesting no reader needs (the parser of `{…}` recurses).
    if (error instanceof RangeError)
      return {
        ok: false,
        finding: {
          line: 1,
          en: 'body is nested too deeply to be read',
          vi: 'Nội dung lồng nhau quá sâu, không đọc được.',
        },
      };
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      finding: {
        line: lineOf(error),
        en: `cannot be read as ${format.toUpperCase()}: ${reason}`,
        vi:
          format === 'mdx'
            ? `Không đọc được nội dung: có dấu “<” hoặc “{” dùng sai chỗ (muốn viết chữ “<” thì gõ \\<, chữ “{” thì gõ \\{). Chi tiết: ${reason}`
            : `Không đọc được nội dung: ${reason}`,
      },
    };
  }
}

const tooDeepAt = (line: number): BodyFinding => ({
  line,
  en: `nesting deeper than ${MAX_BODY_DEPTH} levels (quotes, lists, indentation, tags or * _ runs)`,
  vi: `Lồng nhau quá ${MAX_BODY_DEPTH} tầng (trích dẫn “>”, danh sách, thụt lề, thẻ hoặc chuỗi dấu * _ liền nhau): hãy viết phẳng hơn.`,
});

/**
 * A linear scan, before parsing, for nesting that would make the parser recurse or slow
 * down past any real use: block markers and indentation at the start of a line ("> > > -"),
 * tags opened and not closed (MDX), long runs of emphasis marks and too many of them in one
 * paragraph. Errs on the side of
 * refusing; every count here is far beyond what an article needs.
 */
function tooComplex(source: string, format: BodyFormat): BodyFinding | undefined {
  let line = 1;
  let atLineStart = true;
  let prefix = 0;
  let columns = 0;
  let tags = 0;
  let run = 0;
  let marks = 0;
  let blank = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      // A blank line ends the paragraph: its marks are paired apart from the next one's.
      if (blank) marks = 0;
      blank = true;
      line++;
      atLineStart = true;
      prefix = 0;
      columns = 0;
      run = 0;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
    run = (c === '*' || c === '_') && source[i - 1] === c ? run + 1 : c === '*' || c === '_' ? 1 : 0;
    if (run > MAX_BODY_DEPTH) return tooDeepAt(line);
    if ((c === '*' || c === '_') && ++marks > MAX_EMPHASIS_MARKS)
      return {
        line,
        en: `more than ${MAX_EMPHASIS_MARKS} emphasis marks (* or _) in one paragraph`,
        vi: `Một đoạn có quá ${MAX_EMPHASIS_MARKS} dấu * hoặc _ (in đậm, in nghiêng): hãy chia đoạn hoặc bớt dấu.`,
      };
    if (atLineStart) {
      if (c === ' ') columns++;
      else if (c === '\t') columns += 4;
      else if (c === '>') prefix++;
      else if ((c === '-' || c === '*' || c === '+') && (source[i + 1] === ' ' || source[i + 1] === '\t')) prefix++;
      else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j < source.length && j - i < 10 && (source[j] ?? '') >= '0' && (source[j] ?? '') <= '9') j++;
        if ((source[j] === '.' || source[j] === ')') && (source[j + 1] === ' ' || source[j + 1] === '\t')) {
          prefix++;
          i = j;
        } else atLineStart = false;
      } else atLineStart = false;
      if (prefix + Math.floor(columns / 2) > MAX_BODY_DEPTH) return tooDeepAt(line);
    }
    if (format === 'mdx' && c === '<') {
      const next = source[i + 1] ?? '';
      if (next === '/') tags--;
      else if (/[A-Za-z]/u.test(next)) tags++;
      if (tags > MAX_BODY_DEPTH) return tooDeepAt(line);
    } else if (format === 'mdx' && c === '/' && source[i + 1] === '>') tags--;
  }
  return undefined;
}
