import { describe, expect, it } from 'vitest';
import { MAX_EMPHASIS_MARKS, parseBody } from './parse.ts';

describe('parseBody bounds', () => {
  it('refuses a paragraph with more emphasis marks than the parser pairs quickly, at its line', () => {
    const body = `Mở đầu.\n\n${'*a'.repeat(MAX_EMPHASIS_MARKS + 1)}\n`;
    const parsed = parseBody(body, 'mdx');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.finding.line).toBe(3);
      expect(parsed.finding.en).toBe(`more than ${MAX_EMPHASIS_MARKS} emphasis marks (* or _) in one paragraph`);
    }
  });

  it('counts the marks per paragraph: a blank line starts the count again', () => {
    const half = '*a*'.repeat(MAX_EMPHASIS_MARKS / 4);
    expect(parseBody(Array.from({ length: 20 }, () => half).join('\n\n'), 'md').ok).toBe(true);
    expect(parseBody(Array.from({ length: 3 }, () => half).join('\n'), 'md').ok).toBe(false);
  });
});
