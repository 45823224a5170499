/**
 * Every id the content defines, drafts marked, for the web editor's checks and previews.
 * Read from content/ at build time; under `npm run cms` (the dev server) on every request, so
 * the editor always checks against what is on disk.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { editorReferences } from '../../cms/editor-data.ts';
import { categoriesSchema, indicatorsSchema, provincesSchema } from '../../schemas/reference.ts';
import { readContentFiles } from '../../validation/read-content.ts';
import { readEntry, REFERENCE_FILES } from '../../validation/validate.ts';

export const GET: APIRoute = () => {
  const files = readContentFiles(resolve(process.env['CONTENT_DIR'] ?? 'content'));
  const text = (file: string) => files.find((f) => f.file === file)?.text ?? 'null';
  const entries = files.map((source) => readEntry(source, [])).filter((e) => e !== undefined);
  const references = editorReferences(
    provincesSchema.parse(JSON.parse(text(REFERENCE_FILES.provinces))),
    indicatorsSchema.parse(JSON.parse(text(REFERENCE_FILES.indicators))),
    categoriesSchema.parse(JSON.parse(text(REFERENCE_FILES.categories))),
    entries,
  );
  return new Response(JSON.stringify(references), { headers: { 'Content-Type': 'application/json' } });
};
