/** One thing wrong with one content file, addressed by a JSON Pointer-like path. */
export interface Problem {
  /** Path of the file relative to the project root ("content/models/x.json"). */
  file: string;
  /** Where in the file ("/recognitions/0/year"), or "" for the whole file. */
  field: string;
  /** What is wrong, in plain English (the command line and the build log). */
  message: string;
  /** The same in plain Vietnamese, for editors (the web editor shows it on the field). */
  vi: string;
}

/** A message in both languages: every rule says what is wrong to developers and to editors. */
export interface Said {
  en: string;
  vi: string;
}

export function problem(file: string, field: string, said: Said): Problem {
  return { file, field, message: said.en, vi: said.vi };
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** "/a/0/b" from ["a", 0, "b"]. */
export function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '' : '/' + path.map(String).join('/');
}

/**
 * A problem as an exception: for readers that cannot go on (a file that does not decode or
 * parse), thrown to the one place that turns it into a problem, never out of validation.
 */
export class ContentError extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(formatProblem(p));
    this.name = 'ContentError';
    this.problem = p;
  }
}

/**
 * Characters a reader cannot see or that change how the text around them is shown: controls,
 * format characters (zero-width spaces, joiners, bidi controls, the byte-order mark), the
 * default-ignorable ones (Hangul fillers, variation selectors), and every space but U+0020.
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Z}\u2800]/gu;

/** Text with every unseen character written as an escape ("0\u200B6"), so a message shows it. */
export function showUnseen(text: string): string {
  return text.replace(UNSEEN, (c) =>
    c === ' ' ? c : `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Short, readable rendering of a value for a message: strings quoted, long ones cut, unseen characters shown. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${cut(showUnseen(cut(value, 60)), 80)}"`;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Data too deep for the engine's own serialiser: limits.ts reports the depth.
    return Array.isArray(value) ? 'a list' : 'a group of fields';
  }
  if (json === undefined) return String(value);
  return cut(showUnseen(json), 60);
}

const cut = (text: string, length = 60) => (text.length > length ? text.slice(0, length - 3) + '…' : text);
