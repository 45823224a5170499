import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../data/og-cards.ts';
import { ogImagePath } from '../../lib/og-paths.ts';
import type { OgCard } from '../../lib/og-card.ts';
import { ogRenderKey, renderOgPng } from '../../og/render.ts';

// One 1200×630 PNG per page at /og/<page path>.png, rendered at build time. A rebuild copies
// each card whose pixels would not change from the previous build (experimental.incrementalBuild).
export const getStaticPaths = (async () => {
  const cards = await ogCards();
  return Promise.all(
    [...cards].map(async ([path, card]) => ({
      params: { key: ogImagePath(path).replace(/^\/og\/|\.png$/g, '') },
      props: { card },
      cacheKey: await ogRenderKey(card),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
