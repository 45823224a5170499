import { z } from 'astro/zod';
import { id, text } from './common.ts';

/** One bar or point: a figure, optionally relabelled and placed in a group. */
const chartItem = z
  .object({
    /** Id of the figure drawn. */
    figure: id,
    /** Label on the chart; defaults to the figure's own label. */
    label: text.optional(),
    /** Group (series) for grouped bars, e.g. "tập thể" / "cá nhân". */
    group: text.optional(),
  })
  .strict();

const common = {
  /** Unique id; the file name and the URL (/bieu-do/<id>/). */
  id: id,
  /** Title: what the chart shows, in plain Vietnamese. */
  title: text,
  /** One line under the title: where and when. */
  subtitle: text.optional(),
  /** A sentence for the caption: what to keep in mind when reading it. */
  note: text.optional(),
};

/** content/charts/<id>.json: a chart an editor defines without code. */
export const chartSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...common,
      /** Horizontal bars of figures that share a unit. */
      type: z.literal('bar'),
      /** The bars, in order. */
      items: z.array(chartItem).min(1),
    })
    .strict(),
  z
    .object({
      ...common,
      /** Bars grouped by `group` within each label. */
      type: z.literal('grouped-bar'),
      /** Every bar, each with a label (category) and a group. */
      items: z.array(chartItem.required({ label: true, group: true })).min(2),
      /** Stack the groups instead of placing them side by side. */
      stacked: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      ...common,
      /** A before/after comparison of two figures of the same indicator. */
      type: z.literal('slope'),
      /** Exactly two figures: before, then after. */
      items: z.array(chartItem).length(2),
    })
    .strict(),
  z
    .object({
      ...common,
      /** A share of a whole (a figure with `outOf`). */
      type: z.literal('proportion'),
      /** The one figure. */
      items: z.array(chartItem).length(1),
    })
    .strict(),
  z
    .object({
      ...common,
      /** Models on a year axis. */
      type: z.literal('timeline'),
      /** Which year places a model: when it started or when it was recognised. */
      by: z.enum(['started', 'recognised']),
    })
    .strict(),
  z
    .object({
      ...common,
      /** The tile-grid map of the 34 current units. */
      type: z.literal('tile-map'),
      /** What each tile counts. */
      measure: z.enum(['models', 'highlighted-models', 'figures']),
    })
    .strict(),
]);

export type Chart = z.infer<typeof chartSchema>;
