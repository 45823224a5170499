/**
 * A seeded mutation fuzzer's corpus: each case takes the real content and breaks one file in
 * one way a careless or hostile editor might (invalid JSON, wrong types, nulls, odd numbers,
 * invisible and bidi characters, NFD, dangling and cyclic references, impossible dates, bad
 * names and traversal, hostile HTML and MDX in text, deep nesting, huge and quadratic strings,
 * other encodings). Pure: the same seed gives the same cases.
 */
import { parse as yamlParse, stringify as yamlStringify } from 'yaml';
import type { SourceFile } from '../parse.ts';
import { entryKind, hasBody } from '../parse.ts';

export interface FuzzCase {
  /** "<mutation> <file> <where>": enough to rebuild the case by hand. */
  name: string;
  /** The files the case replaces or adds, by path. */
  files: SourceFile[];
  /** Paths the case removes (a renamed file). */
  remove?: string[];
}

/** A small fast seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Strings that must never reach a page as markup or run: each has a marker the build test
 * greps dist/ for (see tests/fuzz-build.test.ts).
 */
export const HOSTILE_TEXT = [
  { text: '<script>alert(1)</script>', marker: '<script>alert' },
  { text: '<img src=x onerror=alert(1)>', marker: '<img src=x onerror' },
  { text: '"><svg onload=alert(1)>', marker: '<svg onload' },
  { text: 'javascript:alert(1)', marker: 'href="javascript:' },
  { text: '</script><script>alert(2)</script>', marker: '<script>alert(2)' },
  { text: '<iframe src="https://x.example/"></iframe>', marker: '<iframe src="https://x.example' },
  { text: '{process.env.HOME}', marker: process.env['HOME'] ?? '/root' },
  { text: "<a href='javascript:alert(3)'>x</a>", marker: "<a href='javascript:" },
] as const;

/**
 * Hostile MDX/Markdown bodies. Refusing or sanitising them is the body validation's job: kept
 * here, named, for the build test to enable once bodies are parsed and sanitised.
 */
export const bodyPayloadCases = [
  { body: '<script>alert(1)</script>', marker: '<script>alert' },
  { body: '<img src="x" onerror="alert(1)" />', marker: 'onerror=' },
  { body: '[a](javascript:alert(1))', marker: 'href="javascript:' },
  { body: '<iframe src="https://x.example/"></iframe>', marker: '<iframe' },
  { body: '<form action="https://x.example/"><input name="p" /></form>', marker: '<form' },
  { body: '{process.env.HOME}', marker: process.env['HOME'] ?? '/root' },
  { body: "import fs from 'node:fs';\nexport const x = fs.readdirSync('/');\n\n{x}", marker: 'node_modules' },
] as const;

const INVISIBLE = ['\u200B', '\u2060', '\u3164', '\u115F', '\uFEFF', '\u00A0', '\u2800', '\u200B\u200C\u200D'];
const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u061C'];
const ODD_NUMBERS = [-1, -0, 0, 1e308, -1e308, 2 ** 53 + 1, 1e-7, 0.1 + 0.2, 1.5, 99999999, 1945.5, 2101];
const BAD_IDS = ['../../etc/passwd', '..', 'a/b', 'Bài-Viết', 'UPPER', 'a--b', '-a', 'a b', '', ' ', 'con', 'a\u0000b'];
const BAD_FILE_NAMES = ['Mô-Hình', 'UPPER', 'a b', '..', 'a_b', 'ﬁle', 'con.', '%2e%2e'];

type Json = unknown;
type Path = Array<string | number>;

/** Every path into the data, with its value: an explicit stack, as the data may be deep. */
function paths(data: Json): Array<[Path, Json]> {
  const out: Array<[Path, Json]> = [];
  const stack: Array<[Path, Json]> = [[[], data]];
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    out.push([path, value]);
    if (value !== null && typeof value === 'object')
      for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value))
        stack.push([[...path, k], v]);
  }
  return out;
}

function setAt(data: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(data) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}

const pointerOf = (path: Path) => '/' + path.join('/');

interface Target {
  source: SourceFile;
  data: Json;
  body: string | undefined;
}

/** The content files this fuzzer mutates, read once. */
export function targets(files: readonly SourceFile[]): Target[] {
  return files.flatMap((source): Target[] => {
    const kind = entryKind(source.file);
    try {
      if (kind && hasBody(kind)) {
        const close = source.text.indexOf('\n---', 3);
        return [{ source, data: yamlParse(source.text.slice(4, close)) as Json, body: source.text.slice(close + 5) }];
      }
      if (source.file.endsWith('.json')) return [{ source, data: JSON.parse(source.text) as Json, body: undefined }];
    } catch {
      // A file the fuzzer cannot read is left alone: the real content is valid.
    }
    return [];
  });
}

/** The target's file written back with changed data (JSON, or frontmatter and body). */
function write(target: Target, data: Json, body = target.body): string {
  if (target.body === undefined) return JSON.stringify(data, null, 2);
  return `---\n${yamlStringify(data)}---\n${body ?? ''}`;
}

type Mutation = (t: Target, pick: <T>(items: readonly T[]) => T, rnd: () => number) => FuzzCase;

const one = (t: Target, text: string | Uint8Array, name: string): FuzzCase => ({
  name: `${name} ${t.source.file}`,
  files: [
    typeof text === 'string'
      ? { file: t.source.file, text }
      : { file: t.source.file, text: new TextDecoder().decode(text), bytes: text },
  ],
});

const atString = (t: Target, pick: <T>(items: readonly T[]) => T) => {
  const found = paths(t.data).filter(([, v]) => typeof v === 'string');
  return found.length > 0 ? pick(found) : ([[], ''] as [Path, Json]);
};
const atAny = (t: Target, pick: <T>(items: readonly T[]) => T) => pick(paths(t.data).filter(([p]) => p.length > 0));

const set = (t: Target, path: Path, value: Json, name: string) =>
  one(t, write(t, setAt(t.data, path, value)), `${name} ${pointerOf(path)}`);

const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, _, rnd) => one(t, t.source.text.slice(0, Math.floor(rnd() * t.source.text.length)), 'truncate'),
  dropChar: (t, _, rnd) => {
    const i = Math.floor(rnd() * t.source.text.length);
    return one(t, t.source.text.slice(0, i) + t.source.text.slice(i + 1), `drop-char@${i}`);
  },
  insertChar: (t, pick, rnd) => {
    const i = Math.floor(rnd() * t.source.text.length);
    const c = pick([',', '"', '{', ']', ':', '\n---\n', "'", '#', '&a', '*a', '!!binary ']);
    return one(t, t.source.text.slice(0, i) + c + t.source.text.slice(i), `insert ${JSON.stringify(c)}@${i}`);
  },
  wrongType: (t, pick) => {
    const [path] = atAny(t, pick);
    return set(t, path, pick([0, 'x', true, [], {}, [1], { a: 1 }, '1']), 'wrong-type');
  },
  nullValue: (t, pick) => set(t, atAny(t, pick)[0], null, 'null'),
  dropField: (t, pick) => {
    const [path] = atAny(t, pick);
    const parent = path.slice(0, -1);
    const key = path.at(-1)!;
    const data = structuredClone(t.data) as Record<string, Json>;
    let node = data as Record<string | number, Json>;
    for (const k of parent) node = node[k] as Record<string | number, Json>;
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
    return one(t, write(t, data), `drop ${pointerOf(path)}`);
  },
  oddNumber: (t, pick) => {
    const numbers = paths(t.data).filter(([, v]) => typeof v === 'number');
    const [path] = numbers.length > 0 ? pick(numbers) : atAny(t, pick);
    return set(t, path, pick(ODD_NUMBERS), 'odd-number');
  },
  invisible: (t, pick) => set(t, atString(t, pick)[0], pick(INVISIBLE), 'invisible-only'),
  bidi: (t, pick) => {
    const [path, value] = atString(t, pick);
    const s = String(value);
    return set(t, path, s.slice(0, 2) + pick(BIDI) + s.slice(2), 'bidi');
  },
  nfd: (t, pick) => {
    const [path, value] = atString(t, pick);
    return set(t, path, `${String(value)} Hòa Bình`.normalize('NFD'), 'nfd');
  },
  danglingRef: (t, pick) => {
    const refs = paths(t.data).filter(
      ([p, v]) => typeof v === 'string' && /^[a-z0-9-]+$/u.test(v) && v.includes('-') && p.length > 0,
    );
    const [path] = refs.length > 0 ? pick(refs) : atString(t, pick);
    return set(t, path, 'khong-co-muc-nay', 'dangling');
  },
  cyclicParts: (t, pick, rnd) => {
    const figures = (t.data as { figures?: Array<{ id: string; parts?: string[] }> }).figures;
    const withParts = figures?.map((f, i) => [f, i] as const).filter(([f]) => f.parts && f.parts.length > 0) ?? [];
    if (withParts.length === 0) return MUTATIONS['danglingRef']!(t, pick, rnd);
    const [total, i] = pick(withParts);
    const partIndex = figures!.findIndex((f) => f.id === total.parts![0]);
    if (partIndex < 0) return set(t, ['figures', i, 'parts', 0], total.id, 'self-part');
    return set(t, ['figures', partIndex, 'parts'], [total.id, total.parts![0]!], 'cyclic-parts');
  },
  badDate: (t, pick) => {
    if (t.body !== undefined && 'published' in (t.data as object))
      return set(t, ['published'], pick(['2026-02-31', '2026-13-01', '2026-00-10', '26-1-1', '2026-02-29']), 'date');
    const days = paths(t.data).filter(([p]) => p.at(-1) === 'day');
    if (days.length === 0) return set(t, atAny(t, pick)[0], '2026-02-31', 'date');
    const [path] = pick(days);
    const data = setAt(setAt(t.data, [...path.slice(0, -1), 'month'], pick([2, 13, 0])), path, 31);
    return one(t, write(t, data), `date ${pointerOf(path)}`);
  },
  badId: (t, pick) => {
    const ids = paths(t.data).filter(([p]) => ['id', 'slug', 'province', 'hero', 'model'].includes(String(p.at(-1))));
    const [path] = ids.length > 0 ? pick(ids) : atString(t, pick);
    return set(t, path, pick(BAD_IDS), 'bad-id');
  },
  badFileName: (t, pick) => {
    const ext = t.source.file.slice(t.source.file.lastIndexOf('.'));
    const dir = t.source.file.slice(0, t.source.file.lastIndexOf('/') + 1);
    const renamed = `${dir}${pick(BAD_FILE_NAMES)}${ext}`;
    return {
      name: `rename ${t.source.file} → ${renamed}`,
      files: [{ ...t.source, file: renamed }],
      remove: [t.source.file],
    };
  },
  hostileText: (t, pick) => set(t, atString(t, pick)[0], pick(HOSTILE_TEXT).text, 'hostile-text'),
  deepNesting: (t, pick) => {
    // Written as text: the data would be too deep for the engine's own JSON.stringify.
    const [path] = atAny(t, pick);
    const depth = pick([30, 500, 5000]);
    const text = write(t, setAt(t.data, path, 'DEEP-MARK')).replace(
      /["']?DEEP-MARK["']?/u,
      '['.repeat(depth) + '1' + ']'.repeat(depth),
    );
    return one(t, text, `deep ${depth} ${pointerOf(path)}`);
  },
  deepText: (t, pick) => {
    const depth = pick([5000, 100_000]);
    const text =
      t.body === undefined ? '['.repeat(depth) + ']'.repeat(depth) : `---\ntitle: ${'['.repeat(depth)}\n---\n`;
    return one(t, text, `deep-text ${depth}`);
  },
  hugeString: (t, pick) => set(t, atString(t, pick)[0], 'a'.repeat(pick([25_000, 2_000_000])), 'huge-string'),
  quadratic: (t, pick) =>
    set(t, atString(t, pick)[0], pick(['[Cần x', '<Figure a', '\\', '[', '&#']).repeat(3300), 'quadratic'),
  duplicateKey: (t) => {
    if (t.body !== undefined)
      return one(t, t.source.text.replace('---\n', '---\ndraft: false\ndraft: false\n'), 'dup-key');
    const text = t.source.text.replace(/^(\s*)\{/u, '$1{"draft": false, "draft": false,');
    return one(t, text, 'dup-key');
  },
  encoding: (t, pick) => {
    const utf8 = new TextEncoder().encode(t.source.text);
    const kind = pick(['bom', 'utf16', 'cp1258'] as const);
    if (kind === 'bom') return one(t, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'bom');
    if (kind === 'utf16') {
      const out = new Uint8Array(2 + t.source.text.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < t.source.text.length; i++) {
        const c = t.source.text.charCodeAt(i);
        out[2 + 2 * i] = c & 0xff;
        out[3 + 2 * i] = c >> 8;
      }
      return one(t, out, 'utf16');
    }
    // Vietnamese letters as single bytes of an 8-bit code page.
    const bytes = [...t.source.text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 0xf2));
    return one(t, new Uint8Array(bytes), 'cp1258');
  },
  bodyHostile: (t, pick, rnd) => {
    if (t.body === undefined) return MUTATIONS['hostileText']!(t, pick, rnd);
    const payload = pick(bodyPayloadCases).body;
    return one(t, write(t, t.data, `${t.body}\n\n${payload}\n`), 'body-payload');
  },
  bodyDeep: (t, pick, rnd) => {
    if (t.body === undefined) return MUTATIONS['deepNesting']!(t, pick, rnd);
    const n = pick([3000, 10_000]);
    // The last two make the parser's emphasis pairing quadratic unless the marks are bounded.
    const body = pick([
      '<div>'.repeat(n) + '</div>'.repeat(n),
      '>'.repeat(n) + ' x',
      '<Figure a'.repeat(n),
      '*a'.repeat(n),
      '_a*'.repeat(n),
    ]);
    return one(t, write(t, t.data, body), `body-deep ${n}`);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** `count` cases from `seed`, over the given content files. */
export function* fuzzCases(files: readonly SourceFile[], seed: number, count: number): Generator<FuzzCase> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const all = targets(files);
  for (let i = 0; i < count; i++) {
    const name = MUTATION_NAMES[i % MUTATION_NAMES.length]!;
    const target = pick(all);
    const made = MUTATIONS[name]!(target, pick, rnd);
    yield { ...made, name: `#${i} ${made.name}` };
  }
}
