// The English page on the built site: its interface is English; Vietnamese appears only in
// names and titles, each marked lang="vi" so that screen readers switch voice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath, parse } from './support/dist.ts';

/** A letter only Vietnamese (not English) writes: ă â đ ê ô ơ ư, or any tone mark. */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0303\u0309\u0323]/u;

function englishPage(): Document {
  const file = fileForPath('/en/');
  if (!file) throw new Error('dist/en/index.html is missing: run npm run build first');
  return parse(readFileSync(file, 'utf8'));
}

/** Words with a Vietnamese letter in text or labels outside lang="vi", each with where it is. */
function vietnameseOutsideNames(document: Document): string[] {
  const found: string[] = [];
  const visit = (element: Element, where: string): void => {
    if (element.getAttribute('lang') === 'vi' || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content'])
      for (const word of (element.getAttribute(name) ?? '').normalize('NFD').split(/\s+/u))
        if (VIETNAMESE_LETTER.test(word)) found.push(`${where} @${name}: ${word.normalize('NFC')}`);
    for (const node of element.childNodes) {
      if (node.nodeType === 3)
        for (const word of (node.textContent ?? '').normalize('NFD').split(/\s+/u))
          if (VIETNAMESE_LETTER.test(word)) found.push(`${where}: ${word.normalize('NFC')}`);
      if (node.nodeType === 1) visit(node as Element, `${where} > ${(node as Element).tagName.toLowerCase()}`);
    }
  };
  visit(document.documentElement, 'html');
  return found;
}

describe('/en/', () => {
  const document = englishPage();

  it('is English outside names and quoted titles (lists every Vietnamese word found)', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(vietnameseOutsideNames(document)).toEqual([]);
  });

  it('has English navigation, breadcrumbs and footer, with a way back to Vietnamese', () => {
    const nav = document.querySelector('.site-header nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main navigation');
    expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => a.textContent?.trim())).toEqual([
      'Search',
      'Provinces',
      'Models',
      'Figures',
      'Articles',
      'Open data',
      'Sources',
      'About',
      'Tiếng Việt',
    ]);
    expect(document.querySelector('.breadcrumbs')?.getAttribute('aria-label')).toBe('You are here');
    expect(document.querySelector('.site-footer')?.textContent).toContain('Every figure on the portal links to its');
  });

  it('writes figures the English way, with English units and % kept', () => {
    const figures = [...document.querySelectorAll('#figures + ul li')].map((li) =>
      li.textContent?.replace(/\s+/gu, ' '),
    );
    expect(figures.length).toBeGreaterThan(0);
    // 872128 people-times is "872,128 attendances", a rate keeps its % sign.
    expect(figures.some((t) => /\b872,128 attendances\b/u.test(t ?? ''))).toBe(true);
    expect(figures.some((t) => /\b7\.39%/u.test(t ?? ''))).toBe(true);
  });

  it('never says a province is now part of itself', () => {
    const lines = [...document.querySelectorAll('#provinces ~ ul li')].map((li) =>
      li.textContent?.replace(/\s+/gu, ' '),
    );
    for (const line of lines) {
      const name = line?.split(' — ')[0]?.trim() ?? '';
      expect(line).not.toContain(`part of ${name} `);
    }
    expect(lines.some((l) => l?.includes('not merged'))).toBe(true);
  });
});
