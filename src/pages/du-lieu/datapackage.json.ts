import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { dataPackage } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dataPackage(await getSite(), String(site ?? 'http://127.0.0.1:4321/')), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
