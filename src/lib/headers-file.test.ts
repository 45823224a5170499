import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from './headers-file.ts';

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

  it('keeps the embeds and the web editor on policies of their own', () => {
    expect(policy('/nhung/a/')).toMatch(/frame-ancestors \*$/u);
    expect(policy('/admin/')).toContain("frame-ancestors 'none'");
  });
});
