/** The RSS feed of /dinh-chinh/: one item per correction, newest first. Pure. */
import { correctionAnchor, earlierFigure, type SiteCorrection } from './corrections.ts';
import { SITE_NAME } from './site.ts';
import { articleDateTime } from './structured-data.ts';
import { escapeXml } from './xml.ts';

export const CORRECTIONS_PATH = '/dinh-chinh/';
export const CORRECTIONS_FEED_PATH = '/dinh-chinh/rss.xml';

/** "Đính chính: <report> — <figure>": what a reader sees in a feed reader. */
export function correctionTitle(entry: SiteCorrection): string {
  const what = entry.figure ? `${entry.report.name} — ${entry.figure.label}` : entry.report.name;
  return `Đính chính: ${what}`;
}

/** What changed and why, with the earlier value when the correction records it. */
export function correctionText(entry: SiteCorrection): string {
  const before = entry.figure ? earlierFigure(entry.figure, entry.correction) : null;
  return `${entry.correction.what} Lý do: ${entry.correction.why}${before ? ` Trước đây cổng ghi: ${before}.` : ''}`;
}

/** An RSS 2.0 document; valid with no items, so readers may subscribe before the first correction. */
export function correctionsFeed(entries: readonly SiteCorrection[], origin: string | URL): string {
  const page = new URL(CORRECTIONS_PATH, origin).toString();
  const items = entries
    .map((entry) => {
      const url = `${page}#${correctionAnchor(entry)}`;
      return [
        '<item>',
        `<title>${escapeXml(correctionTitle(entry))}</title>`,
        `<link>${escapeXml(url)}</link>`,
        `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `<description>${escapeXml(correctionText(entry))}</description>`,
        `<pubDate>${new Date(articleDateTime(entry.correction.date)).toUTCString()}</pubDate>`,
        '</item>',
      ].join('');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(`Đính chính · ${SITE_NAME}`)}</title>
<link>${escapeXml(page)}</link>
<atom:link href="${escapeXml(new URL(CORRECTIONS_FEED_PATH, origin).toString())}" rel="self" type="application/rss+xml"/>
<description>Những gì cổng đã sửa trong số liệu và báo cáo đã đăng: ngày, điều đã thay đổi, lý do</description>
<language>vi</language>
${items}
</channel>
</rss>
`;
}
