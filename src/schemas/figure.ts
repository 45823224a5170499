import { z } from 'astro/zod';
import { id, period, qualifier, text } from './common.ts';

/** One number a report prints, with everything needed to quote it honestly. */
export const figureSchema = z
  .object({
    /** Unique across all reports; referenced by articles, charts and `parts`. */
    id: id,
    /** What is measured: an id from content/reference/indicators.json. */
    indicator: id,
    /** The thing counted, named as the source names it ("Tổ an ninh nhân dân"). */
    label: text,
    /** The number itself; percentages as 7.39, not 0.0739. */
    value: z.number().nonnegative(),
    /** When the figure is a share "123/131", the whole it is out of (131). */
    outOf: z.number().positive().optional(),
    /** The unit as a Vietnamese noun ("tổ", "lượt người", "%"). */
    unit: text,
    /** exact | over | about | nearly | under: the source's hedge. */
    qualifier: qualifier,
    /** The source's own word for `over` when it matters ("trên" or "hơn"); default "trên". */
    qualifierWord: z.enum(['trên', 'hơn']).optional(),
    /** The time the figure covers. */
    period: period,
    /** Where the figure applies, in the project's words ("toàn tỉnh", "cấp xã"). */
    scope: text,
    /** Ids of figures (same report) that add up to this one. */
    parts: z.array(id).min(2).optional(),
    /** Slug of the model this figure is about, if it is about one model. */
    model: id.optional(),
    /** Show this figure among the headline figures on the home page. */
    headline: z.boolean().optional(),
    /** Context a reader needs, in the project's words. */
    note: text.optional(),
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;
