import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteCorrections } from '../../lib/corrections.ts';
import { correctionsFeed } from '../../lib/corrections-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://127.0.0.1:4321/');
  const body = correctionsFeed(siteCorrections((await getSite()).data.reports), origin);
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
