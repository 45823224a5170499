// The downloadable SVG of a chart (/bieu-do/<id>/bieu-do.svg), drawn by the same renderers as
// the page, with its provenance printed in it and written into its metadata: the file is
// often all a reader of a newspaper or a slide ever sees. The PNG export rasterises this file.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import chartCss from '../charts/chart.css?raw';
import { EXPORT_TITLE_SIZE, withExportFrame } from '../charts/export-frame.ts';
import { chartModel } from '../lib/chart-models.ts';
import { chartProvenance, provenanceFooter, provenanceHeader, provenanceSentence } from '../lib/chart-provenance.ts';
import type { ContentIndex } from '../lib/content-index.ts';
import { EXPORT_BACKGROUND, exportRdf } from '../lib/export-metadata.ts';
import type { Chart } from '../schemas/chart.ts';
import { CHART_RENDERERS } from './chart-renderers.ts';

// The site's light palette, so the downloaded file looks like the page without its CSS; `svg.chart`
// outranks chart.css's `.chart{font-family:inherit}`, which in a file alone means the serif default.
const PALETTE =
  ':root,svg.chart{--chart-1:#a3141b;--chart-2:#3d6e9c;--chart-muted:#b9b2a6;--text:#1d1b18;--muted:#57524a;--line:#d9d4ca;--surface:#fff;--bg:#fbfaf7;--focus:#c58b00;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}' +
  `.chart-export-title{font-size:${EXPORT_TITLE_SIZE}px;font-weight:700}`;

/** The whole SVG file, XML declaration included. Deterministic: no dates, no random ids. */
export async function chartSvgFile(chart: Chart, site: ContentIndex, origin: string | URL): Promise<string> {
  const provenance = chartProvenance(chart, site, origin);
  const notes = [...(chart.note ? [chart.note] : []), ...provenanceFooter(provenance)];
  const model = withExportFrame(chartModel(chart, site, chart.type === 'tile-map' ? 0 : 680, 'tep', notes), {
    ...provenanceHeader(provenance),
    description: provenanceSentence(provenance),
    metadata: exportRdf(provenance),
  });
  const container = await AstroContainer.create();
  const Renderer = CHART_RENDERERS[model.kind];
  const svg = await container.renderToString(Renderer as never, { props: { model } });
  const styled = svg
    // Marks that link to the site's pages (timeline models, map units) keep working in a file on a disk.
    .replace(/(<a\b[^>]*\shref=")\//g, (_, start: string) => `${start}${new URL('/', origin).toString()}`)
    .replace(/<svg\b/, `<svg style="background:${EXPORT_BACKGROUND}"`)
    .replace(/(<svg\b[^>]*>)/, `$1<style>${PALETTE}${chartCss.replace(/\s+/g, ' ')}</style>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${styled}\n`;
}
