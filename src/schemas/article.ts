import { z } from 'astro/zod';
import { draft, field, id, isoDate, list, optional, provinceCode, text } from './common.ts';

/** Frontmatter of content/articles/<slug>.mdx: the project's own articles. */
export const articleFrontmatterSchema = z
  .object({
    /** Headline, in Vietnamese. */
    title: field(text, 'Tiêu đề', 'Tiêu đề bài, tiếng Việt.'),
    /** A draft is validated but never built. */
    draft,
    /** One or two sentences for lists, search results and link previews. */
    description: field(
      text.max(300),
      'Mô tả',
      'Một hai câu cho danh sách bài, kết quả tìm kiếm và ảnh xem trước khi chia sẻ; tối đa 300 ký tự.',
    ),
    /** Publication date on this site, YYYY-MM-DD, quoted or not (it is read as text either way). */
    published: field(isoDate, 'Ngày đăng', 'Ngày đăng trên cổng, dạng YYYY-MM-DD.'),
    /** Province codes (former or current) the article is about. */
    provinces: field(list(provinceCode), 'Tỉnh', 'Các tỉnh (cũ hoặc hiện nay) bài nói tới.'),
    /** Slugs of the models it discusses. */
    models: field(list(id), 'Mô hình', 'Các mô hình bài bàn tới.'),
    /** Ids of the reports it draws on. */
    reports: field(
      z.array(id).min(1, 'an article cites at least one report'),
      'Báo cáo nguồn',
      'Các báo cáo bài dựa vào (ít nhất một); trang tự in danh sách nguồn ở cuối bài.',
    ),
    /** Id of the figure shown as its headline number. */
    hero: field(optional(id), 'Số liệu nêu bật', 'Số liệu nêu bật ở đầu bài (không bắt buộc).'),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
