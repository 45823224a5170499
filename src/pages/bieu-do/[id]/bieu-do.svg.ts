import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import chartCss from '../../../charts/chart.css?raw';
import { CHART_RENDERERS } from '../../../components/chart-renderers.ts';
import { getCharts, getSite } from '../../../data/site.ts';
import { chartModel } from '../../../lib/chart-models.ts';
import type { Chart } from '../../../schemas/chart.ts';

export const getStaticPaths = (async () =>
  (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

// The site's light palette, so the downloaded file looks like the page without its CSS.
const PALETTE =
  ':root,svg{--chart-1:#a3141b;--chart-2:#3d6e9c;--chart-muted:#b9b2a6;--text:#1d1b18;--muted:#57524a;--line:#d9d4ca;--surface:#fff;--bg:#fbfaf7;--focus:#c58b00;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}';

export const GET: APIRoute<{ chart: Chart }> = async ({ props }) => {
  const model = chartModel(props.chart, await getSite(), props.chart.type === 'tile-map' ? 0 : 680, 'tep', true);
  const container = await AstroContainer.create();
  const Renderer = CHART_RENDERERS[model.kind];
  const svg = await container.renderToString(Renderer as never, { props: { model } });
  const styled = svg
    .replace(/<svg\b/, '<svg style="background:#fbfaf7"')
    .replace(/(<svg\b[^>]*>)/, `$1<style>${PALETTE}${chartCss.replace(/\s+/g, ' ')}</style>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${styled}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
