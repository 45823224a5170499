import { extractFromXml } from '@extractus/feed-extractor';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../schemas/report.ts';
import { validReport } from '../validation/fixtures.ts';
import { siteCorrections } from './corrections.ts';
import { correctionsFeed } from './corrections-feed.ts';

const base: Report = reportSchema.parse(validReport());
const report: Report = {
  ...base,
  corrections: [
    { date: '2025-03-01', what: 'Sửa tên báo cáo cho đúng bản in.', why: 'Nhập nhầm.' },
    { date: '2025-04-11', figure: 'mau-cum-a', previousValue: 11, what: 'Sửa số cụm liên tỉnh.', why: 'Đảo <số>.' },
  ],
};

describe('corrections feed', () => {
  it('is RSS a feed reader reads: newest first, linked to its note on /dinh-chinh/, with the earlier value', () => {
    const xml = correctionsFeed(siteCorrections([report]), 'https://antq.example.vn/');
    // Text is escaped, never markup (a reader then drops what looks like a tag from descriptions).
    expect(xml).toContain('Lý do: Đảo &lt;số&gt;.');
    const feed = extractFromXml(xml);
    expect(feed.link).toBe('https://antq.example.vn/dinh-chinh/');
    // The reader keeps each item's anchor in its id (the guid) and drops it from the link.
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual([
      'https://antq.example.vn/dinh-chinh/#bao-cao-mau-2',
      'https://antq.example.vn/dinh-chinh/#bao-cao-mau-1',
    ]);
    expect(entries[0]?.title).toBe('Đính chính: Báo cáo mẫu để kiểm thử — cụm liên tỉnh');
    expect(entries[0]?.description).toMatch(/^Sửa số cụm liên tỉnh\. Lý do: Đảo .*Trước đây cổng ghi: 11 cụm\.$/);
    expect(entries[0]?.published).toBe('2025-04-10T17:00:00.000Z');
  });

  it('is a valid feed with no items before the first correction', () => {
    const text = correctionsFeed([], 'https://antq.example.vn/');
    expect(extractFromXml(text).entries).toEqual([]);
    expect(text).toContain('<rss version="2.0"');
  });
});
