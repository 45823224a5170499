/**
 * Parses and checks all of content/: reference files, then every entry on its own, then the
 * rules between entries. Used by the build and `npm run validate`; the web editor runs the
 * same entry rules (entry.ts) before it saves.
 */
import type { z } from 'astro/zod';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Model } from '../schemas/model.ts';
import type { OverviewFrontmatter } from '../schemas/overview.ts';
import {
  categoriesSchema,
  glossaryListSchema,
  indicatorsSchema,
  provincesSchema,
  unitsSchema,
  type Category,
  type GlossaryEntry,
  type Indicator,
  type Provinces,
  type Unit,
} from '../schemas/reference.ts';
import type { Report } from '../schemas/report.ts';
import { checkEntry, isDraft, parseEntry, type ParsedEntry } from './entry.ts';
import { baseName, bodyStartLine, entryKind, parseEntryFile, parseJson, type SourceFile } from './parse.ts';
import { problem, type Problem } from './problems.ts';
import { checkFileNames } from './file-names.ts';
import { checkHeadlineUnits, checkProvinces, unique } from './reference-rules.ts';
import { buildReferences, CATEGORIES_FILE, INDICATORS_FILE, PROVINCES_FILE, UNITS_FILE } from './references.ts';
import { checkSchema } from './schema-check.ts';
import { checkDataLimits } from './limits.ts';
import { checkControls, checkNfc } from './text-rules.ts';

export type { SourceFile } from './parse.ts';

export interface Article {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
}

/** Everything published in content/, parsed and checked; drafts are counted, not included. */
export interface Content {
  provinces: Provinces;
  indicators: Indicator[];
  categories: Category[];
  glossary: GlossaryEntry[];
  units: Unit[];
  reports: Report[];
  models: Model[];
  charts: Chart[];
  articles: Article[];
  overviews: Array<{ file: string; frontmatter: OverviewFrontmatter }>;
  /** Files of entries saved as drafts: validated, left out of the build. */
  drafts: string[];
}

export const REFERENCE_FILES = {
  provinces: PROVINCES_FILE,
  indicators: INDICATORS_FILE,
  categories: CATEGORIES_FILE,
  glossary: 'content/reference/glossary.json',
  units: UNITS_FILE,
} as const;

export function parseReference<T extends z.ZodType>(
  schema: T,
  source: SourceFile | undefined,
  file: string,
  problems: Problem[],
): z.infer<T> | undefined {
  if (!source) {
    problems.push(problem(file, '', { en: 'file is missing', vi: 'Thiếu tệp.' }));
    return undefined;
  }
  const data = parseJson(source, problems);
  if (data === undefined || !checkDataLimits(file, data, problems)) return undefined;
  checkNfc(file, data, problems);
  checkControls(file, data, problems);
  const result = checkSchema(schema, data, source.file);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  return result.value;
}

/** One entry file → its data (and body), checked on its own. */
export function readEntry(source: SourceFile, problems: Problem[]): ParsedEntry | undefined {
  const kind = entryKind(source.file);
  if (kind === undefined) {
    if (!source.file.startsWith('content/reference/'))
      problems.push(
        problem(source.file, '', {
          en: 'is not a kind of content file the site knows (expected .json in reports/, models/ or charts/, .mdx in articles/, .md in overviews/)',
          vi: 'Tệp lạ trong thư mục nội dung: xóa hoặc chuyển đi nơi khác.',
        }),
      );
    return undefined;
  }
  const parsed = parseEntryFile(kind, source, problems);
  if (!parsed) return undefined;
  // Lines of body problems are the file's: the body starts after the frontmatter's lines.
  const bodyLine = bodyStartLine(source.text, parsed.body ?? '') ?? 1;
  return parseEntry(kind, source.file, parsed.data, parsed.body, problems, bodyLine);
}

/**
 * What one file said on its own (its problems and what it parsed to), kept by file object, for
 * a caller that validates many variants of the same content (the fuzzer: each case changes one
 * file, the other files are the same objects and need not be read again).
 */
export interface ParseMemo {
  reference: WeakMap<SourceFile, { problems: Problem[]; value: unknown }>;
  entry: WeakMap<SourceFile, { problems: Problem[]; value: unknown }>;
}

export const parseMemo = (): ParseMemo => ({ reference: new WeakMap(), entry: new WeakMap() });

function remembered<T>(
  memo: ParseMemo[keyof ParseMemo] | undefined,
  source: SourceFile,
  problems: Problem[],
  read: (p: Problem[]) => T,
): T {
  if (!memo) return read(problems);
  let known = memo.get(source);
  if (!known) {
    const own: Problem[] = [];
    known = { value: read(own), problems: own };
    memo.set(source, known);
  }
  problems.push(...known.problems);
  return known.value as T;
}

/**
 * Parses and checks all content. Never drops a record silently: a file with problems is
 * reported, and the returned content is only used when there are no problems at all.
 */
export function validateContent(
  files: readonly SourceFile[],
  memo?: ParseMemo,
): { problems: Problem[]; content?: Content } {
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.file, f]));
  const reference = <T extends z.ZodType>(schema: T, file: string): z.infer<T> | undefined => {
    const source = byPath.get(file);
    if (!source) return parseReference(schema, source, file, problems);
    return remembered(memo?.reference, source, problems, (own) => parseReference(schema, source, file, own));
  };
  const provinces = reference(provincesSchema, REFERENCE_FILES.provinces);
  const indicators = reference(indicatorsSchema, REFERENCE_FILES.indicators);
  const categories = reference(categoriesSchema, REFERENCE_FILES.categories);
  const glossary = reference(glossaryListSchema, REFERENCE_FILES.glossary);
  const units = reference(unitsSchema, REFERENCE_FILES.units);

  checkFileNames(
    files.map((f) => f.file),
    problems,
  );
  const entries = files
    .map((source) => remembered(memo?.entry, source, problems, (own) => readEntry(source, own)))
    .filter((e) => e !== undefined);

  // References need the reference files; without them every check below would cascade.
  if (!provinces || !indicators || !categories || !glossary || !units) return { problems };
  checkProvinces(provinces, problems);
  const refs = buildReferences({
    provinces,
    indicatorIds: unique(
      indicators.map((i) => i.id),
      REFERENCE_FILES.indicators,
      (i) => `/${i}/id`,
      problems,
    ),
    categoryIds: unique(
      categories.map((c) => c.id),
      REFERENCE_FILES.categories,
      (i) => `/${i}/id`,
      problems,
    ),
    entries,
  });
  unique(
    glossary.map((g) => g.abbr),
    REFERENCE_FILES.glossary,
    (i) => `/${i}/abbr`,
    problems,
  );
  for (const entry of entries) checkEntry(entry, refs, problems);
  checkHeadlineUnits(
    entries.flatMap((e) => (e.kind === 'report' ? [{ file: e.file, draft: isDraft(e), figures: e.data.figures }] : [])),
    unique(
      units.map((u) => u.vi),
      REFERENCE_FILES.units,
      (i) => `/${i}/vi`,
      problems,
    ),
    problems,
  );

  if (problems.length > 0) return { problems };
  const published = entries.filter((e) => !isDraft(e));
  const of = <K extends ParsedEntry['kind']>(kind: K) =>
    published.filter((e): e is Extract<ParsedEntry, { kind: K }> => e.kind === kind);
  return {
    problems,
    content: {
      provinces,
      indicators,
      categories,
      glossary,
      units,
      reports: of('report').map((e) => e.data),
      models: of('model').map((e) => e.data),
      charts: of('chart').map((e) => e.data),
      articles: of('article').map((e) => ({
        slug: baseName(e.file),
        file: e.file,
        frontmatter: e.data,
        body: e.body,
      })),
      overviews: of('overview').map((e) => ({ file: e.file, frontmatter: e.data })),
      drafts: entries.filter(isDraft).map((e) => e.file),
    },
  };
}
