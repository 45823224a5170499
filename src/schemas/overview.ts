import { z } from 'astro/zod';
import { text } from './common.ts';

/** Frontmatter of content/overviews/<slug>.md: a short overview of one province, in the project's words. */
export const overviewFrontmatterSchema = z
  .object({
    /** Code of the former (or current) province the overview is about. */
    province: z.string().regex(/^\d{2}$/, 'expected a two-digit province code'),
    /** Optional heading; defaults to "Tổng quan". */
    title: text.optional(),
  })
  .strict();

export type OverviewFrontmatter = z.infer<typeof overviewFrontmatterSchema>;
