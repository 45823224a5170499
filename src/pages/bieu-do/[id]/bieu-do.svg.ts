import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvgFile } from '../../../components/chart-export.ts';
import { getCharts, getSite } from '../../../data/site.ts';
import type { Chart } from '../../../schemas/chart.ts';

export const getStaticPaths = (async () =>
  (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: Chart }> = async ({ props, site }) =>
  new Response(await chartSvgFile(props.chart, await getSite(), site ?? 'http://127.0.0.1:4321/'), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
