/**
 * One entry checked on its own, against the references it may point to: what the web editor
 * runs before it saves, and what validateContent runs on every file. Pure.
 */
import type { z } from 'astro/zod';
import { articleFrontmatterSchema } from '../schemas/article.ts';
import { chartSchema } from '../schemas/chart.ts';
import { modelSchema } from '../schemas/model.ts';
import { overviewFrontmatterSchema } from '../schemas/overview.ts';
import { reportSchema } from '../schemas/report.ts';
import { checkArticle, checkOverview } from './article-rules.ts';
import { checkChart } from './chart-rules.ts';
import { checkModel } from './model-rules.ts';
import { hasBody, isDraftData, type EntryKind } from './parse.ts';
import type { Problem } from './problems.ts';
import type { ContentRefs } from './references.ts';
import { checkPartsOf, checkReport } from './report-rules.ts';
import { checkSchema } from './schema-check.ts';
import { bodyTooLong, checkDataLimits, LIMITS } from './limits.ts';
import { checkControls, checkNfc, checkPlaceholders } from './text-rules.ts';

export const ENTRY_SCHEMAS = {
  report: reportSchema,
  model: modelSchema,
  chart: chartSchema,
  article: articleFrontmatterSchema,
  overview: overviewFrontmatterSchema,
} as const satisfies Record<EntryKind, z.ZodType>;

export type ParsedEntry =
  | { kind: 'report'; file: string; data: z.infer<typeof reportSchema> }
  | { kind: 'model'; file: string; data: z.infer<typeof modelSchema> }
  | { kind: 'chart'; file: string; data: z.infer<typeof chartSchema> }
  | { kind: 'article'; file: string; data: z.infer<typeof articleFrontmatterSchema>; body: string; bodyLine: number }
  | { kind: 'overview'; file: string; data: z.infer<typeof overviewFrontmatterSchema>; body: string; bodyLine: number };

/**
 * The schema, NFC and placeholder checks: everything one file can tell about itself.
 * `data` is the JSON or the frontmatter; `body` the Markdown/MDX text after it, starting at
 * line `bodyLine` of the file (1 where the body is all there is, as in the web editor).
 */
export function parseEntry(
  kind: EntryKind,
  file: string,
  data: unknown,
  body: string | undefined,
  problems: Problem[],
  bodyLine = 1,
): ParsedEntry | undefined {
  // Too deep or too long, nothing else is checked: every rule below walks the data.
  const before = problems.length;
  if (!checkDataLimits(file, data, problems)) return undefined;
  if (body !== undefined && body.length > LIMITS.bodyChars) problems.push(bodyTooLong(file, body.length));
  if (problems.length > before) return undefined;
  checkNfc(file, data, problems);
  checkControls(file, data, problems);
  if (body !== undefined) {
    checkNfc(file, { body }, problems);
    checkControls(file, { body }, problems);
  }
  if (!isDraftData(data)) {
    checkPlaceholders(file, data, problems);
    if (body !== undefined) checkPlaceholders(file, { body }, problems);
  }
  const result = checkSchema(ENTRY_SCHEMAS[kind], data, file);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  // The union is keyed by kind; the schema map above guarantees each pairing.
  return (
    hasBody(kind) ? { kind, file, data: result.value, body: body ?? '', bodyLine } : { kind, file, data: result.value }
  ) as ParsedEntry;
}

/** The rules that need other content: references, unique ids, sums, dates. */
export function checkEntry(entry: ParsedEntry, refs: ContentRefs, problems: Problem[]): void {
  switch (entry.kind) {
    case 'report':
      return checkReport(entry.data, entry.file, refs, problems);
    case 'model':
      return checkModel(entry.data, entry.file, refs, problems);
    case 'chart':
      return checkChart(entry.data, entry.file, refs, problems);
    case 'article':
      return checkArticle(entry.data, entry.body, entry.file, refs, problems, entry.bodyLine);
    case 'overview':
      return checkOverview(entry.data, entry.body, entry.file, refs, problems, entry.bodyLine);
  }
}

/** Everything the validator says about one entry, given what it may point to. */
export function validateEntry(
  kind: EntryKind,
  file: string,
  data: unknown,
  body: string | undefined,
  refs: ContentRefs,
): Problem[] {
  const problems: Problem[] = [];
  const entry = parseEntry(kind, file, data, body, problems);
  if (entry) checkEntry(entry, refs, problems);
  // While a report is incomplete its figures can still be summed: an editor learns at once
  // that parts do not add up, not after every other field is filled.
  else if (kind === 'report' && typeof data === 'object' && data !== null)
    checkPartsOf((data as { figures?: unknown }).figures, file, problems);
  return problems;
}

export function isDraft(entry: ParsedEntry): boolean {
  return entry.data.draft === true;
}
