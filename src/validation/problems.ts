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

/** Short, readable rendering of a value for a message: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? json.slice(0, 57) + '…' : json;
}
