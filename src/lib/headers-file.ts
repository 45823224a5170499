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
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 'u').test(path);
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
