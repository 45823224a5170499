import { z } from 'astro/zod';
import { id, text } from './common.ts';

/** Frontmatter of content/articles/<slug>.mdx: the project's own articles. */
export const articleFrontmatterSchema = z
  .object({
    /** Headline, in Vietnamese. */
    title: text,
    /** One or two sentences for lists, search results and link previews. */
    description: text.max(300),
    /**
     * Publication date on this site, YYYY-MM-DD. Quoted or not: YAML readers differ on
     * whether an unquoted date is text or a date, so both are accepted and kept as text.
     */
    published: z.union([
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
      z.date().transform((d) => d.toISOString().slice(0, 10)),
    ]),
    /** Province codes (former or current) the article is about. */
    provinces: z.array(z.string().regex(/^\d{2}$/, 'expected a two-digit province code')).default([]),
    /** Slugs of the models it discusses. */
    models: z.array(id).default([]),
    /** Ids of the reports it draws on. */
    reports: z.array(id).min(1, 'an article cites at least one report'),
    /** Id of the figure shown as its headline number. */
    hero: id.optional(),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
