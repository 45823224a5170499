/**
 * The Netlify/Cloudflare-style `_headers` format: a path pattern on its own line, then
 * indented "Name: value" lines. Parsed here so the test server sends exactly what a
 * static host would.
 */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line without a path above it: "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

// A path pattern as Netlify and Cloudflare Pages read it: "*" matches any run of characters,
// slashes included, wherever it stands ("/*" everything, "/assets/*" a prefix, "/*/" every
// path that ends in a slash, "/*.svg" every SVG file); anything else is the exact path.
export function matchesPattern(pattern: string, path: string): boolean {
  return patternRegExp(pattern).test(path);
}

/**
 * Each pattern compiled once: the build checks some 66,000 document paths against every rule
 * (2.8 s when each test compiled its pattern again), and the test server every request.
 */
const compiled = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'));
    regExp = new RegExp(`^${parts.join('.*')}$`, 'u');
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/** Headers for a path: every matching rule, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

/**
 * Whether some path matches both patterns ("*" any run of characters, as in matchesPattern).
 * Walks both patterns at once: a "*" of either may stand for nothing or swallow the other's
 * next character (a literal, or all the other "*" stands for).
 */
export function patternsOverlap(a: string, b: string): boolean {
  const seen = new Map<number, boolean>();
  const walk = (i: number, j: number): boolean => {
    if (i === a.length && j === b.length) return true;
    const key = i * (b.length + 1) + j;
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, false);
    const result =
      (a[i] === '*' && (walk(i + 1, j) || (j < b.length && walk(i, j + 1)))) ||
      (b[j] === '*' && (walk(i, j + 1) || (i < a.length && walk(i + 1, j)))) ||
      (i < a.length && j < b.length && a[i] !== '*' && b[j] !== '*' && a[i] === b[j] && walk(i + 1, j + 1));
    seen.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/**
 * Pairs of rules that set the same header (names compared without case) and can match one
 * path. Cloudflare Pages sends such a path every matching value joined by a comma, where
 * Netlify, nginx and scripts/serve.ts send one: two Content-Security-Policy values become two
 * policies, both enforced.
 */
export function overlappingRules(rules: readonly HeaderRule[]): Array<{ header: string; patterns: [string, string] }> {
  const found: Array<{ header: string; patterns: [string, string] }> = [];
  rules.forEach((first, i) => {
    for (const second of rules.slice(i + 1)) {
      const shared = first.headers
        .map(([name]) => name.toLowerCase())
        .filter((name) => second.headers.some(([other]) => other.toLowerCase() === name));
      if (shared.length === 0 || !patternsOverlap(first.pattern, second.pattern)) continue;
      for (const header of new Set(shared)) found.push({ header, patterns: [first.pattern, second.pattern] });
    }
  });
  return found;
}

/** The headers that act on a document: one value each, never two rules' values joined. */
export const DOCUMENT_HEADERS = [
  'Content-Security-Policy',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
] as const;

/**
 * Problems of the rules for the documents at `paths`: a document header that two rules can set
 * on one path, and a path that gets no Content-Security-Policy. One message each.
 */
export function documentHeaderProblems(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const names = new Set<string>(DOCUMENT_HEADERS.map((name) => name.toLowerCase()));
  const problems = overlappingRules(rules)
    .filter(({ header }) => names.has(header))
    .map(({ header, patterns }) => `${header} is set by both ${patterns[0]} and ${patterns[1]}`);
  // Header names are compared without case here as in overlappingRules: "content-security-policy:" is a policy too.
  const hasPolicy = (path: string) =>
    Object.keys(headersFor(rules, path)).some((name) => name.toLowerCase() === 'content-security-policy');
  for (const path of paths) if (!hasPolicy(path)) problems.push(`${path} gets no Content-Security-Policy`);
  return problems;
}
