import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentHeaderProblems,
  headersFor,
  matchesPattern,
  overlappingRules,
  parseHeadersFile,
  patternsOverlap,
} from './headers-file.ts';
import { EMBED_PAGE, PAGE_TYPES } from '../../tests/support/page-types.ts';

describe('matchesPattern', () => {
  it('reads "*" as any run of characters wherever it stands, and anything else as the exact path', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/_astro/a.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/mo-hinh/')).toBe(false);
    expect(matchesPattern('/*/', '/mo-hinh/x/')).toBe(true);
    expect(matchesPattern('/*/', '/')).toBe(false);
    expect(matchesPattern('/*/', '/sw.js')).toBe(false);
    expect(matchesPattern('/*.svg', '/bieu-do/a/bieu-do.svg')).toBe(true);
    expect(matchesPattern('/*.svg', '/a.svg.br')).toBe(false);
    expect(matchesPattern('/sw.js', '/sw.js')).toBe(true);
    // A dot is a dot, not any character.
    expect(matchesPattern('/sw.js', '/swajs')).toBe(false);
  });
});

describe('patternsOverlap', () => {
  it('finds a path two patterns both match, wherever their "*" stand', () => {
    expect(patternsOverlap('/*/', '/nhung/*')).toBe(true); // "/nhung/a/"
    expect(patternsOverlap('/*.html', '/admin/*')).toBe(true); // "/admin/index.html"
    expect(patternsOverlap('/a*c', '/*b*')).toBe(true); // "/abc"
    expect(patternsOverlap('/*', '/sw.js')).toBe(true);
    expect(patternsOverlap('/sw.js', '/sw.js')).toBe(true);
  });

  it('finds none where a literal part can never agree', () => {
    expect(patternsOverlap('/mo-hinh*/', '/nhung/*')).toBe(false);
    expect(patternsOverlap('/*.svg', '/*.xml')).toBe(false);
    expect(patternsOverlap('/a*b', '/*c')).toBe(false);
    expect(patternsOverlap('/bieu-do*.html', '/bieu-do/*.svg')).toBe(false);
    expect(patternsOverlap('/sw.js', '/sw.jsx')).toBe(false);
  });
});

describe('documentHeaderProblems', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      '  X-Content-Type-Options: nosniff',
      '/*/',
      "  Content-Security-Policy: default-src 'self'",
      '/nhung/*',
      '  content-security-policy: frame-ancestors *',
      '/_astro/*',
      '  X-Content-Type-Options: nosniff',
    ].join('\n'),
  );

  it('names two rules that would send one document two policies, whatever the case of the name', () => {
    expect(documentHeaderProblems(rules, ['/a/'])).toEqual(['content-security-policy is set by both /*/ and /nhung/*']);
  });

  it('names a document without a policy, and leaves other headers free to overlap', () => {
    expect(documentHeaderProblems(rules.slice(1, 2).concat(rules.slice(3)), ['/a/', '/a.svg'])).toEqual([
      '/a.svg gets no Content-Security-Policy',
    ]);
    expect(overlappingRules(rules).map((o) => o.header)).toContain('x-content-type-options');
  });

  it('counts a policy whatever the case of its name', () => {
    expect(documentHeaderProblems(rules.slice(2, 3), ['/nhung/a/', '/a/'])).toEqual([
      '/a/ gets no Content-Security-Policy',
    ]);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const policy = (path: string) => headersFor(rules, path)['Content-Security-Policy'];

  it('gives every kind of document the same headers', () => {
    const page = headersFor(rules, '/mo-hinh/');
    expect(page['Content-Security-Policy']).toContain("default-src 'self'");
    for (const path of ['/', '/404.html', '/mo-hinh/index.html', '/favicon.svg', '/rss.xml'])
      expect(headersFor(rules, path), path).toEqual(page);
  });

  it('sends the page policy with the service worker and none with scripts, styles, images or data', () => {
    expect(policy('/sw.js')).toBe(policy('/'));
    for (const path of [
      '/_astro/a.js',
      '/_astro/a.css',
      '/og/index.png',
      '/du-lieu/so-lieu.csv',
      '/manifest.webmanifest',
    ])
      expect(policy(path), path).toBeUndefined();
  });

  it('never lets two rules send one document two policies (Cloudflare Pages would join them)', () => {
    const paths = [...PAGE_TYPES.map(([, path]) => path), EMBED_PAGE, '/admin/', '/bieu-do/a/bieu-do.svg', '/sw.js'];
    expect(
      documentHeaderProblems(rules, [...paths, ...paths.map((p) => (p.endsWith('/') ? p + 'index.html' : p))]),
    ).toEqual([]);
  });

  it('never lets two rules set one header on the same path, caching included', () => {
    expect(overlappingRules(rules)).toEqual([]);
  });

  it('keeps the embeds and the web editor on policies of their own', () => {
    expect(policy('/nhung/a/')).toMatch(/frame-ancestors \*$/u);
    expect(policy('/admin/')).toContain("frame-ancestors 'none'");
  });
});
