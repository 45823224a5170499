/**
 * Every id the content defines, for the web editor's checks and previews. Under `npm run cms`
 * (the dev server) it is read from content/ on every request, drafts included and marked, so
 * the editor checks against what is on disk. In a build it holds published entries only:
 * nothing of a draft is ever published, and the editor then takes an unknown id for a draft.
 * (Files that do not parse are left out here; the build's validation reports them.)
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { editorReferences } from '../../cms/editor-data.ts';
import { categoriesSchema, glossaryListSchema, indicatorsSchema, provincesSchema } from '../../schemas/reference.ts';
import { readContentFiles } from '../../validation/read-content.ts';
import { readEntry, REFERENCE_FILES } from '../../validation/validate.ts';
import { isDraft, type ParsedEntry } from '../../validation/entry.ts';

export const GET: APIRoute = () => {
  const files = readContentFiles(resolve(process.env['CONTENT_DIR'] ?? 'content'));
  const text = (file: string) => files.find((f) => f.file === file)?.text ?? 'null';
  const onDisk = __CMS_FROM_SOURCE__;
  const entries = files
    .map((source) => readEntry(source, []))
    .filter((e) => e !== undefined && (onDisk || !isDraft(e)));
  const references = editorReferences(
    provincesSchema.parse(JSON.parse(text(REFERENCE_FILES.provinces))),
    indicatorsSchema.parse(JSON.parse(text(REFERENCE_FILES.indicators))),
    categoriesSchema.parse(JSON.parse(text(REFERENCE_FILES.categories))),
    glossaryListSchema.parse(JSON.parse(text(REFERENCE_FILES.glossary))),
    entries as ParsedEntry[],
    !onDisk,
  );
  return new Response(JSON.stringify(references), { headers: { 'Content-Type': 'application/json' } });
};
