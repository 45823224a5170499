/** Embed code and citation text for a chart: what journalists copy. Pure. */
import type { Chart } from '../schemas/chart.ts';
import type { Report } from '../schemas/report.ts';
import { embedPath } from './links.ts';
import { SITE_NAME } from './site.ts';
import { escapeXml } from './xml.ts';

/**
 * An iframe plus a tiny listener that sets its height from the embed's postMessage, so the
 * chart never shows a scrollbar. Works without the script too (fixed 480 px height).
 */
export function embedSnippet(chart: Chart, origin: string | URL): string {
  const src = new URL(embedPath(chart.id), origin).toString();
  const id = `antq-${chart.id}`;
  return (
    `<iframe id="${id}" src="${escapeXml(src)}" title="${escapeXml(chart.title)}" ` +
    `style="width:100%;border:0" height="480" loading="lazy"></iframe>` +
    `<script>addEventListener("message",function(e){var d=e.data;` +
    `if(d&&d.type==="antq-chart-height"&&d.id==="${chart.id}"&&e.origin===${JSON.stringify(new URL(origin).origin)})` +
    `document.getElementById("${id}").height=d.height})</script>`
  );
}

/** "Tên biểu đồ. Cổng …. Nguồn: …. <URL>" */
export function chartCitation(chart: Chart, reports: readonly Report[], permalink: string): string {
  const sources = reports.length <= 3 ? reports.map((r) => r.name).join('; ') : 'các báo cáo nguồn trên cổng';
  return `“${chart.title}”. ${SITE_NAME}. Nguồn: ${sources}. ${permalink}`;
}
