import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartSchema, type Chart } from '../schemas/chart.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { chartModel, chartRows, yearCounts } from './chart-models.ts';
import { indexContent } from './content-index.ts';
import { TIMELINE_MAX_ITEMS } from './listing.ts';

const { content, problems } = validateContent(readContentFiles('content'));
if (!content) throw new Error(`content does not validate: ${problems.map((p) => p.message).join('; ')}`);
const timeline = chartSchema.parse(JSON.parse(readFileSync('content/charts/mo-hinh-theo-nam.json', 'utf8'))) as Chart;

describe('the timeline chart', () => {
  it('names each model while there are few', () => {
    const site = indexContent(content);
    const rows = chartRows(timeline, site);
    expect(rows.length).toBeLessThanOrEqual(TIMELINE_MAX_ITEMS);
    expect(rows.every((r) => site.data.models.some((m) => m.name === r.label))).toBe(true);
    expect(chartModel(timeline, site, 640, 't').kind).toBe('timeline');
  });

  it('counts models per year once there are too many to name, and says so', () => {
    // The real models, repeated under new slugs until the placed ones pass the limit.
    const placedOnce = content.models.filter((m) => m.recognitions.some((r) => r.year !== null)).length;
    const copies = Math.ceil((TIMELINE_MAX_ITEMS + 1) / placedOnce);
    const models = Array.from({ length: copies }, (_, i) =>
      content.models.map((m) => ({ ...m, slug: `${m.slug}-${i}` })),
    ).flat();
    const site = indexContent({ ...content, models });
    // This chart places a model at its first recognition that has a year.
    const placed = models.flatMap((m) => {
      const year = m.recognitions.find((r) => r.year !== null)?.year;
      return year === undefined || year === null ? [] : [{ year }];
    });
    expect(placed.length).toBeGreaterThan(TIMELINE_MAX_ITEMS);

    const rows = chartRows(timeline, site);
    expect(rows.map((r) => ({ year: Number(r.label), count: r.value }))).toEqual(yearCounts(placed));
    expect(rows.reduce((sum, r) => sum + r.value, 0)).toBe(placed.length);

    const model = chartModel(timeline, site, 640, 't');
    expect(model.kind).toBe('horizontal-bar');
    expect(JSON.stringify(model)).toContain('biểu đồ đếm số mô hình mỗi năm');
  });
});

describe('yearCounts', () => {
  it('counts per year, oldest first', () => {
    expect(yearCounts([{ year: 2020 }, { year: 2018 }, { year: 2020 }])).toEqual([
      { year: 2018, count: 1 },
      { year: 2020, count: 2 },
    ]);
  });
});
