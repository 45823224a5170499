import { z } from 'astro/zod';
import { draft, field, optional, provinceCode, text } from './common.ts';

/** Frontmatter of content/overviews/<slug>.md: a short overview of one province, in the project's words. */
export const overviewFrontmatterSchema = z
  .object({
    /** Code of the former (or current) province the overview is about. */
    province: field(provinceCode, 'Tỉnh', 'Tỉnh cũ (hoặc đơn vị hiện nay) mà đoạn tổng quan nói tới.'),
    /** A draft is validated but never built. */
    draft,
    /** Optional heading; defaults to "Tổng quan". */
    title: field(optional(text), 'Tiêu đề', 'Tiêu đề (không bắt buộc; mặc định là “Tổng quan”).'),
  })
  .strict();

export type OverviewFrontmatter = z.infer<typeof overviewFrontmatterSchema>;
