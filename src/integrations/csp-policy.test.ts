import { describe, expect, it } from 'vitest';
import { hasStyleSrc, inlineStyleHashes, missingHashes, styleHash, withHashes } from './csp-policy.ts';

// The value a browser computes for `<style>body{color:red}</style>` (also `openssl dgst -sha256 -binary | base64`).
const RED = "'sha256-" + 'FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=' + "'";

describe('inline style hashes', () => {
  it('hashes the exact text of each <style>, attributes or not', () => {
    expect(styleHash('body{color:red}')).toBe(RED);
    const html = '<head><style>body{color:red}</style><style media="print">p{}</style></head><p>x</p>';
    expect(inlineStyleHashes(html)).toEqual([RED, styleHash('p{}')]);
    expect(inlineStyleHashes('<p>style</p>')).toEqual([]);
  });

  const headers = [
    '/*',
    "  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-old='; img-src 'self'",
    '/admin/*',
    "  Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'",
  ].join('\n');

  it('names the hashes a policy lacks, leaving the editor policy with unsafe-inline alone', () => {
    expect(missingHashes(headers, [RED])).toEqual([RED]);
    expect(missingHashes(headers, ["'sha256-old='"])).toEqual([]);
    expect(hasStyleSrc(headers)).toBe(true);
    expect(hasStyleSrc("style-src 'self' 'unsafe-inline'")).toBe(false);
  });

  it('rewrites each style-src to self and exactly the given hashes, sorted', () => {
    const next = withHashes(headers, [RED, "'sha256-AAA='", RED]);
    expect(next).toContain(`style-src 'self' 'sha256-AAA=' ${RED}; img-src 'self'`);
    expect(next).not.toContain('sha256-old');
    expect(next).toContain("style-src 'self' 'unsafe-inline'");
    expect(missingHashes(next, [RED])).toEqual([]);
    // nginx writes the policy inside double quotes.
    const nginx = `default "default-src 'self'; style-src 'self'";`;
    expect(withHashes(nginx, [RED])).toBe(`default "default-src 'self'; style-src 'self' ${RED}";`);
  });
});
