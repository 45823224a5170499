import { describe, expect, it } from 'vitest';
import { PairMaker, queryWords } from './search-pairs.ts';
import { searchReadings, termWeight } from './search-readings.ts';

/**
 * A small index that answers like Pagefind: every term required, each matched as a prefix;
 * pair tokens match a page's pair fields, other terms its words. Scores as Pagefind scores
 * metadata: per field, weight × matched term weight × coverage², title pairs weighing 5 and
 * body pairs 1; a word counts in the body, or 5 times over in the title.
 */
function fakeIndex(pages: Record<string, { title: string; text: string }>) {
  const maker = new PairMaker([]);
  const entries = Object.entries(pages).map(([url, page]) => ({
    url,
    pairs: maker.pairs([page.title, page.text]),
    titlePairs: maker.pairs([page.title]),
    words: queryWords(`${page.title} ${page.text}`).folded,
    titleWords: queryWords(page.title).folded,
  }));
  const asked: string[] = [];
  const has = (tokens: readonly string[], term: string) => tokens.some((t) => t.startsWith(term));
  const fields = (e: (typeof entries)[number], term: string) =>
    term.startsWith('þ')
      ? { body: has(e.pairs, term), title: has(e.titlePairs, term) }
      : { body: has(e.words, term), title: has(e.titleWords, term) };
  const search = (query: string) => {
    const terms = query.split(' ').map((t) => (t.startsWith('þ') ? t : queryWords(t).folded[0]!));
    const matching = entries.filter((e) => terms.every((t) => fields(e, t).body));
    const weights = terms.map((t) => termWeight(entries.length, entries.filter((e) => fields(e, t).body).length));
    const total = weights.reduce((a, b) => a + b, 0);
    const results = matching
      .map((e) => {
        const inTitle = terms.reduce((sum, t, k) => sum + (fields(e, t).title ? weights[k]! : 0), 0);
        const score = total + (5 * inTitle ** 3) / total ** 2;
        return { id: e.url, score };
      })
      .sort((a, b) => b.score - a.score);
    return { results, count: matching.length };
  };
  const count = (term: string) => Promise.resolve(search(term).count);
  return {
    search: (query: string) => {
      asked.push(query);
      return Promise.resolve(search(query));
    },
    asked,
    options: { count, totalPages: entries.length, nameWeight: 6 },
  };
}

const PAGES = {
  '/nha-tro/': { title: 'Nhà trọ, nhà cho thuê tự quản', text: 'Chủ nhà trọ cùng giữ an ninh.' },
  '/bao-cao/': { title: 'Báo cáo sơ kết', text: 'Nhà trọ tự quản là một mô hình. Tổ tự quản khác.' },
  '/hoa-giai/': { title: 'Tổ hòa giải', text: 'Một mô hình của Nam Định.' },
  '/giai-nam/': { title: 'Giải năm 2020', text: 'Giải năm cho tổ hòa giải viên giỏi.' },
  '/benh-vien/': { title: 'Liên kết bệnh viện', text: 'Giữ ANTT tại bệnh viện.' },
  '/camera/': { title: 'Camera giám sát', text: 'Camera ở đầu làng.' },
  '/hom-thu/': { title: 'Hòm thư điện tử', text: 'Giám sát camera hòm thư.' },
};

const ids = (found: { results: Array<{ id: string }> }) => found.results.map((r) => r.id);

describe('searchReadings', () => {
  it('asks once when a title holds the whole phrase', async () => {
    const index = fakeIndex(PAGES);
    const found = await searchReadings(queryWords('to hoa giai'), index.search, index.options);
    expect(ids(found)[0]).toBe('/hoa-giai/');
    expect(index.asked).toEqual(['þto0hoa þhoa0giai']);
  });

  it('reads the phrase cut when no title holds it, and ranks a title that holds the parts first', async () => {
    // "/bao-cao/" writes "nhà trọ tự quản"; "/nha-tro/" is the page named "nhà trọ … tự quản".
    const index = fakeIndex(PAGES);
    const found = await searchReadings(queryWords('nha tro tu quan'), index.search, index.options);
    expect(ids(found).slice(0, 2)).toEqual(['/nha-tro/', '/bao-cao/']);
    expect(index.asked).toContain('þnha0tro þtu0quan');
  });

  it('cuts where the words pair on no page, asking a word left alone as a syllable', async () => {
    const index = fakeIndex(PAGES);
    const found = await searchReadings(queryWords('antt benh vien'), index.search, index.options);
    expect(ids(found)).toEqual(['/benh-vien/']);
    expect(index.asked).toContain('antt þbenh0vien');
  });

  it('finds a page named by reordered words through the reading that leaves the last one alone', async () => {
    // "/hom-thu/" holds both pairs, "giám sát camera"; "/camera/" is the page named by them.
    const index = fakeIndex(PAGES);
    const found = await searchReadings(queryWords('giam sat camera'), index.search, index.options);
    expect(ids(found)[0]).toBe('/camera/');
  });

  it('falls back to separate words when no reading with a phrase finds a page', async () => {
    const index = fakeIndex(PAGES);
    const found = await searchReadings(queryWords('vien camera'), index.search, index.options);
    expect(index.asked.at(-1)).toBe('vien camera');
    expect(found.results).toEqual([]);
  });

  it('asks a single word once, as typed', async () => {
    const index = fakeIndex(PAGES);
    await searchReadings(queryWords('Định'), index.search, index.options);
    expect(index.asked).toEqual(['định']);
  });
});

describe('termWeight', () => {
  it('weighs rare terms more, as BM25 does', () => {
    expect(termWeight(100, 1)).toBeGreaterThan(termWeight(100, 50));
    expect(termWeight(100, 50)).toBeCloseTo(Math.log(50.5 / 50.5 + 1));
  });
});

describe('searchReadings on a long query', () => {
  it('does not try a reading per gap of a pasted sentence', async () => {
    const sentence = 'một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn';
    const index = fakeIndex({ '/dai/': { title: 'Bài dài', text: sentence } });
    const found = await searchReadings(queryWords(sentence), index.search, index.options);
    expect(ids(found)).toEqual(['/dai/']);
    // The page holds the phrase but not in its title: without a limit, one reading per gap.
    expect(index.asked).toHaveLength(1);
  });
});
