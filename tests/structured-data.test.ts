// Every JSON-LD block of the built site, checked two ways: it type-checks against the
// schema.org vocabulary (the schema-dts typings, run through the TypeScript compiler),
// and it carries the properties search engines ask for on its type.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readerPages, fileForPath, parse } from './support/dist.ts';

type Block = Record<string, unknown> & { '@type': string };

const blocks = readerPages()
  .filter((p) => !p.path.startsWith('/nhung/') && p.path !== '/404.html')
  .flatMap(({ path, html }) =>
    [...parse(html).querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
      path,
      data: JSON.parse(s.textContent ?? '') as Block,
    })),
  );

/**
 * Type-checks JSON-LD objects as `WithContext<T>` of their own @type. Returns the
 * compiler's messages, empty when every block is valid schema.org.
 */
function typeCheck(entries: ReadonlyArray<{ label: string; data: Block }>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'antq-jsonld-'));
  try {
    const file = join(dir, 'blocks.ts');
    const types = [...new Set(entries.map((e) => e.data['@type']))];
    const source = [
      `import type { WithContext, ${types.join(', ')} } from 'schema-dts';`,
      ...entries.map(
        (e, i) => `// ${e.label}\nexport const block${i}: WithContext<${e.data['@type']}> = ${JSON.stringify(e.data)};`,
      ),
    ].join('\n');
    writeFileSync(file, source);
    const schemaDts = dirname(createRequire(import.meta.url).resolve('schema-dts/package.json'));
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      paths: { 'schema-dts': [schemaDts] },
      types: [],
    });
    const lines = source.split('\n');
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      return `${lines[line - 1] ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What search engines ask for on each type the site uses (Google Search Central's
 * structured-data guidelines: Dataset, Article, Breadcrumb, Site name, Organization).
 */
const RECOMMENDED: Record<string, string[]> = {
  BreadcrumbList: ['itemListElement'],
  Dataset: ['name', 'description', 'url', 'license', 'creator', 'distribution', 'isAccessibleForFree', 'inLanguage'],
  // schema.org's principal properties of an Observation (search engines publish no guideline for it).
  Observation: ['name', 'url', 'value', 'unitText', 'observationAbout', 'variableMeasured'],
  NewsArticle: ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher'],
  WebSite: ['name', 'url', 'inLanguage', 'publisher'],
  Organization: ['name', 'url', 'logo'],
};

const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/** Problems with one block beyond its type: missing properties, vague dates, dead links. */
function problems({ path, data }: { path: string; data: Block }): string[] {
  const found: string[] = [];
  const say = (message: string) => found.push(`${path} ${data['@type']}: ${message}`);
  const wanted = RECOMMENDED[data['@type']];
  if (!wanted) return [`${path}: no recommended properties are known for @type ${data['@type']}`];
  for (const key of wanted) if (data[key] === undefined || data[key] === '') say(`no ${key}`);
  const named = (value: unknown) => typeof value === 'object' && value !== null && 'name' in value && '@type' in value;
  switch (data['@type']) {
    case 'Dataset': {
      const description = String(data['description'] ?? '');
      // Google's Dataset search reads descriptions of 50 to 5,000 characters.
      if (description.length < 50 || description.length > 5000) say(`description of ${description.length} characters`);
      if (!named(data['creator'])) say('creator is not a named Organization or Person');
      const downloads = (data['distribution'] ?? []) as Array<Record<string, string>>;
      if (downloads.length === 0) say('empty distribution');
      for (const d of downloads) {
        if (d['@type'] !== 'DataDownload' || !d['encodingFormat']) say(`distribution ${JSON.stringify(d)}`);
        if (!fileForPath(new URL(d['contentUrl'] ?? '', 'https://x/').pathname)) say(`no file at ${d['contentUrl']}`);
      }
      break;
    }
    case 'NewsArticle':
      for (const key of ['datePublished', 'dateModified'])
        if (!DATE_TIME_WITH_ZONE.test(String(data[key]))) say(`${key} "${data[key]}" has no time and time zone`);
      if (!named(data['author'])) say('author is not a named Organization or Person');
      break;
    case 'BreadcrumbList': {
      const items = data['itemListElement'] as Array<Record<string, unknown>>;
      items.forEach((item, i) => {
        if (item['position'] !== i + 1 || !item['name'] || !item['item']) say(`item ${i + 1} ${JSON.stringify(item)}`);
      });
      break;
    }
  }
  return found;
}

describe('JSON-LD', () => {
  it('has the blocks each page type needs', () => {
    const typesOn = (path: string) => blocks.filter((b) => b.path === path).map((b) => b.data['@type']);
    expect(typesOn('/')).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
    expect(typesOn('/du-lieu/')).toContain('Dataset');
    const reportPage = blocks.find((b) => b.path.startsWith('/nguon/') && b.path !== '/nguon/')?.path ?? '';
    expect(typesOn(reportPage)).toContain('Dataset');
    const articlePage = blocks.find((b) => /^\/bai-viet\/(?!trang\/)[^/]+\/$/.test(b.path))?.path ?? '';
    expect(typesOn(articlePage)).toContain('NewsArticle');
    expect(typesOn('/so-lieu/f/hb23-mo-hinh-duy-tri/')).toEqual(expect.arrayContaining(['Observation', 'Dataset']));
    expect(typesOn('/chi-tieu/models-maintained/')).toContain('Dataset');
  });

  it('carries the properties search engines recommend for its type', () => {
    expect(blocks.flatMap(problems)).toEqual([]);
  });

  it('type-checks against schema.org (schema-dts)', { timeout: 120_000 }, () => {
    // Breadcrumbs differ only in names and URLs: one of each length is enough.
    const seen = new Set<string>();
    const sample = blocks.filter(({ data }) => {
      const key =
        data['@type'] === 'BreadcrumbList'
          ? `crumbs${(data['itemListElement'] as unknown[]).length}`
          : JSON.stringify(data);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    expect(typeCheck(sample.map((b) => ({ label: b.path, data: b.data })))).toEqual([]);
  });

  it('fails the type check on a property schema.org does not have (the check itself works)', () => {
    const wrong = { '@context': 'https://schema.org', '@type': 'Dataset', name: 'x', licence: 'typo' } as Block;
    const messages = typeCheck([{ label: 'wrong', data: wrong }]);
    expect(messages.join('\n')).toMatch(/licence/);
  });
});
