import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImageCards } from '../../data/og-cards.ts';
import type { OgCard } from '../../lib/og-card.ts';
import { imagesBuilt } from '../../og/handoff.ts';
import { paintAhead, renderOgPng } from '../../og/render.ts';

// One 1200×630 PNG per page at /og/<page path>.png. This route serves them in development only:
// a build paints them ahead of need and src/integrations/og-images.ts writes them into the site,
// without Astro's work per route (src/og/handoff.ts says why). A build still calls this, even one
// that copies every page from the last build, so the painting starts here too (the first page's
// layout starts it when a page renders first).
export const getStaticPaths = (async () => {
  const cards = await ogImageCards();
  if (imagesBuilt()) {
    paintAhead(cards);
    return [];
  }
  return [...cards].map(([path, card]) => ({
    params: { key: path.replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
