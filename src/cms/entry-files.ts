/** Entry files as text and back, in the canonical form, for every kind of entry. */
import { ENTRY_SCHEMAS } from '../validation/entry.ts';
import { hasBody, type EntryKind } from '../validation/parse.ts';
import { serializeFrontmatter, serializeJson } from './canonical.ts';
import { treeOf, type Shape } from './schema-tree.ts';

export const ENTRY_TREES: Record<EntryKind, Shape> = {
  report: treeOf(ENTRY_SCHEMAS.report),
  model: treeOf(ENTRY_SCHEMAS.model),
  chart: treeOf(ENTRY_SCHEMAS.chart),
  article: treeOf(ENTRY_SCHEMAS.article),
  overview: treeOf(ENTRY_SCHEMAS.overview),
};

/** The text of an entry file: `data` is the JSON or the frontmatter, `body` the Markdown/MDX after it. */
export function entryText(kind: EntryKind, data: unknown, body = ''): string {
  return hasBody(kind) ? serializeFrontmatter(ENTRY_TREES[kind], data, body) : serializeJson(ENTRY_TREES[kind], data);
}
