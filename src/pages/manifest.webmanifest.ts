import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_SHORT_NAME } from '../lib/site.ts';

// The web app manifest: a reader can add the site to the home screen and open it without
// signal (the service worker, public/sw.js, serves the pages it saved). The site's mark is
// an SVG, sharp at every icon size.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE_NAME,
        short_name: SITE_SHORT_NAME,
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#a3141b',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ) + '\n',
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
