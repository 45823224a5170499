/**
 * How the editor reads and writes content files: the project's own canonical form
 * (src/cms/canonical.ts), so a saved entry differs from the last version only where an editor
 * changed it, and reads back the way `npm run tidy` and the scripts write it.
 */
import type CMS from '@sveltia/cms';
import { COLLECTIONS, formatName, IMPORT_FORMAT } from '../cms/config.ts';
import { entryText } from '../cms/entry-files.ts';
import { hasBody, parseFrontmatter, type EntryKind } from '../validation/parse.ts';
import { fileData } from './checks.ts';

function frontmatterData(text: string): Record<string, unknown> {
  const parsed = parseFrontmatter({ file: 'content', text }, []);
  if (!parsed) throw new Error('Tệp thiếu phần đầu (frontmatter) giữa hai dòng ---.');
  return { ...(parsed.data as Record<string, unknown>), body: parsed.body };
}

/**
 * The import assistant's form writes a draft report: the draft its "Văn bản báo cáo" field
 * proposes, under the id and province the form gives. Saving turns the form's data into that
 * report before it is written (src/admin/main.ts), so the entry the CMS keeps in memory after
 * the save is the report itself, which the report form opens with every figure. Read back, a
 * report is only its id, province and source file (the assistant lists none of them: its
 * filter keeps them out).
 */
function registerImportFormat(cms: typeof CMS): void {
  cms.registerCustomFormat(IMPORT_FORMAT, 'json', {
    fromFile(text: string) {
      const { id, province, sourceFile } = JSON.parse(text) as Record<string, unknown>;
      return { id, province, sourceFile };
    },
    toFile(data: Record<string, unknown>) {
      return entryText('report', importedDraft(data));
    },
  });
}

/**
 * The draft report an import form holds, as its file holds it: the form's own fields (id,
 * province and the assistant's proposal) become the report; data that already is the report
 * (the save has turned it) stays as it is.
 */
export function importedDraft(data: Record<string, unknown>): Record<string, unknown> {
  if (!('proposal' in data)) return { ...data, draft: true };
  const proposal = (data['proposal'] ?? {}) as Record<string, unknown>;
  const report = { ...proposal, id: data['id'], province: data['province'], draft: true };
  // Read back as the report form reads the file: canonical order, nothing the file would not hold.
  return { ...(JSON.parse(entryText('report', report)) as Record<string, unknown>), draft: true };
}

export function registerFormats(cms: typeof CMS): void {
  registerImportFormat(cms);
  for (const [kind, collection] of Object.entries(COLLECTIONS) as Array<[EntryKind, (typeof COLLECTIONS)[EntryKind]]>) {
    cms.registerCustomFormat(formatName(kind), collection.extension, {
      fromFile(text: string) {
        const data = hasBody(kind) ? frontmatterData(text) : (JSON.parse(text) as Record<string, unknown>);
        // A file without "draft" is published. Said explicitly, so the form's checkbox does not
        // fall back to its default, which is "draft" for new entries.
        return { ...data, draft: data['draft'] === true };
      },
      toFile(data: Record<string, unknown>) {
        const file = fileData({ kind, data, path: undefined, isNew: false });
        return entryText(kind, file.data, file.body);
      },
    });
  }
}
