import type { APIRoute } from 'astro';
import { getArticles } from '../data/site.ts';
import { articlePath } from '../lib/links.ts';
import { FEED_ITEMS } from '../lib/listing.ts';
import { SITE_NAME } from '../lib/site.ts';
import { articleDateTime } from '../lib/structured-data.ts';
import { escapeXml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://127.0.0.1:4321/');
  // Newest first (getArticles' order); the archive is on /bai-viet/.
  const articles = (await getArticles()).slice(0, FEED_ITEMS);
  const items = articles
    .map((a) => {
      const url = new URL(articlePath(a.id), origin).toString();
      // RSS wants RFC 822 dates.
      const date = new Date(articleDateTime(a.data.published)).toUTCString();
      return [
        '<item>',
        `<title>${escapeXml(a.data.title)}</title>`,
        `<link>${escapeXml(url)}</link>`,
        `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `<description>${escapeXml(a.data.description)}</description>`,
        `<pubDate>${date}</pubDate>`,
        '</item>',
      ].join('');
    })
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(SITE_NAME)}</title>
<link>${escapeXml(origin.toString())}</link>
<atom:link href="${escapeXml(new URL('/rss.xml', origin).toString())}" rel="self" type="application/rss+xml"/>
<description>Bài viết về các mô hình trong phong trào Toàn dân bảo vệ an ninh Tổ quốc</description>
<language>vi</language>
${items}
</channel>
</rss>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
