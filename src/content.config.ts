import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleFrontmatterSchema } from './schemas/article.ts';
import { chartSchema } from './schemas/chart.ts';
import { overviewFrontmatterSchema } from './schemas/overview.ts';
import { modelSchema } from './schemas/model.ts';
import { categorySchema, glossarySchema, indicatorSchema, provincesSchema, unitSchema } from './schemas/reference.ts';
import { reportSchema } from './schemas/report.ts';
import { ownFrontmatter } from './data/own-frontmatter.ts';
import { withoutDrafts } from './data/without-drafts.ts';
import { bodyAsData } from './data/body-as-data.ts';
import { parseJsonFile } from './validation/parse.ts';

// CONTENT_DIR lets fixtures and the benchmark corpus build with the same code. Entries saved as
// drafts are validated (src/integrations/validate-content.ts) but never loaded.
const base = process.env['CONTENT_DIR'] ?? './content';

// Every JSON file is read by the validator's reader: duplicate keys, depth and encoding are
// checked the same way in the build as in `npm run validate`.
const jsonArray = (text: string, file: string) => parseJsonFile(text, file) as Array<Record<string, unknown>>;
const jsonLoader = (path: string) => file(path, { parser: (text) => jsonArray(text, path) });
/** A reference list whose entries have no `id`: each is keyed by one of its fields. */
const jsonLoaderKeyedBy = (path: string, key: string) =>
  file(path, { parser: (text) => jsonArray(text, path).map((entry) => ({ id: String(entry[key]), ...entry })) });

export const collections = {
  reports: defineCollection({
    loader: withoutDrafts(glob({ pattern: '*.json', base: `${base}/reports` })),
    schema: reportSchema,
  }),
  models: defineCollection({
    loader: withoutDrafts(glob({ pattern: '*.json', base: `${base}/models` })),
    schema: modelSchema,
  }),
  charts: defineCollection({
    loader: withoutDrafts(glob({ pattern: '*.json', base: `${base}/charts` })),
    schema: chartSchema,
  }),
  overviews: defineCollection({
    // Bodies stay text: deferRender keeps Astro from rendering Markdown at load, bodyAsData from
    // generating a module for it (src/data/body-as-data.ts).
    loader: withoutDrafts(
      bodyAsData(ownFrontmatter(glob({ pattern: '*.md', base: `${base}/overviews`, deferRender: true }))),
    ),
    schema: overviewFrontmatterSchema,
  }),
  articles: defineCollection({
    loader: withoutDrafts(bodyAsData(ownFrontmatter(glob({ pattern: '**/*.mdx', base: `${base}/articles` })))),
    schema: articleFrontmatterSchema,
  }),
  indicators: defineCollection({ loader: jsonLoader(`${base}/reference/indicators.json`), schema: indicatorSchema }),
  categories: defineCollection({ loader: jsonLoader(`${base}/reference/categories.json`), schema: categorySchema }),
  glossary: defineCollection({
    loader: jsonLoaderKeyedBy(`${base}/reference/glossary.json`, 'abbr'),
    schema: glossarySchema.extend({ id: z.string() }),
  }),
  units: defineCollection({
    loader: jsonLoaderKeyedBy(`${base}/reference/units.json`, 'vi'),
    schema: unitSchema.extend({ id: z.string() }),
  }),
  provinces: defineCollection({
    // One entry holding the whole table: pages need former and current units together.
    loader: file(`${base}/reference/provinces.json`, {
      parser: (text) => [{ id: 'provinces', ...(parseJsonFile(text, `${base}/reference/provinces.json`) as object) }],
    }),
    schema: provincesSchema.extend({ id: z.string() }),
  }),
};
