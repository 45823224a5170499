/**
 * The web editor at /admin/: Sveltia CMS, from the npm package and bundled with the site (no
 * CDN, so it works on a closed government network), set up with the configuration the page
 * carries, the project's file format, field types, checks and previews.
 */
import './locale.ts';
import './admin.css';
import CMS from '@sveltia/cms';
import siteStylesheet from '../styles/global.css?url';
import { COLLECTIONS, IMPORT_COLLECTION, INDICATORS_COLLECTION } from '../cms/config.ts';
import { fromForm } from '../cms/form-data.ts';
import { treeOf } from '../cms/schema-tree.ts';
import { indicatorsSchema } from '../schemas/reference.ts';
import { checkIndicatorCatalogue } from '../validation/indicator-catalogue.ts';
import { registerComponents } from './components.ts';
import {
  checkEntry,
  describeProblems,
  formEntry,
  listProblems,
  kindOf,
  loadReferences,
  references,
  rememberIndicators,
  rememberSaved,
  type FormEntry,
} from './checks.ts';
import { registerFields } from './fields.ts';
import { importedDraft, registerFormats } from './formats.ts';
import { registerImportField } from './import-field.ts';
import { registerPreviews } from './previews.ts';
import { checkBeforeSave } from './save-check.ts';
import { settleSource } from './source-store.ts';
import { plain, type ImmutableMap } from './react.ts';

const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? 'null') as Record<string, unknown>;

/** The entry a form of one of the content collections holds; undefined for other forms. */
function contentForm(entry: ImmutableMap): FormEntry | undefined {
  const kind = kindOf(entry.get('collection'));
  return kind && formEntry(kind, entry);
}

const dataOf = (entry: ImmutableMap) => (plain(entry.get('data')) ?? {}) as Record<string, unknown>;

/** The import assistant's form, checked as the draft report it writes. */
function importForm(entry: ImmutableMap): FormEntry {
  return { kind: 'report', data: importedDraft(dataOf(entry)), path: undefined, isNew: true };
}

/** The hash of a report's form: where the editor lands once the import assistant saved it. */
const reportForm = (id: string) => `#/collections/${COLLECTIONS.report.name}/entries/${id}`;

/**
 * After a save the CMS goes back to the list of the form's collection; the assistant's lists
 * nothing (it only creates drafts), so an editor who saved an import would land on an empty
 * list. The next move to that list goes to the saved report's form instead.
 */
function landOnReport(id: string): void {
  const list = `#/collections/${IMPORT_COLLECTION}`;
  const move = () => {
    if (window.location.hash !== list) return;
    window.removeEventListener('hashchange', move);
    window.location.replace(reportForm(id));
  };
  window.addEventListener('hashchange', move);
  // Should the CMS stay on the saved entry (its "close after saving" preference off), stop waiting.
  setTimeout(() => window.removeEventListener('hashchange', move), 10_000);
}

/** Thrown from preSave, this stops the save before anything is written and shows the message. */
const refuse = (message: string) => new Error('saving_failed', { cause: { message } });

const CATALOGUE_TREE = treeOf(indicatorsSchema);

/** The catalogue's list, as the form holds it (its one field) or as the file does. */
const catalogueList = (entry: ImmutableMap): unknown => {
  const data = plain(entry.get('data')) as Record<string, unknown> | unknown[] | null;
  // As every form: the keys the CMS keeps on list items go, an unticked box is false.
  return fromForm(CATALOGUE_TREE, Array.isArray(data) ? data : data?.['indicators']);
};

/** The catalogue is saved only as the build would accept it, and no indicator in use is taken away. */
async function checkCatalogue(entry: ImmutableMap): Promise<undefined> {
  const refs = await loadReferences().catch(() => references());
  if (!refs) throw refuse('Không tải được danh sách tham chiếu để kiểm tra. Hãy kiểm tra kết nối rồi lưu lại.');
  const problems = checkIndicatorCatalogue(catalogueList(entry), refs);
  if (problems.length > 0)
    throw refuse(listProblems(problems, (p) => (p.field ? `Chỉ tiêu ${catalogueRow(p.field)}` : '')));
  return undefined;
}

/** "/12/nameEn" → "thứ 13 (nameEn)": the row an editor sees, counted from one. */
const catalogueRow = (field: string): string => {
  const [row, name] = field.split('/').slice(1);
  return `thứ ${Number(row) + 1}${name ? ` (${name})` : ''}`;
};

registerFormats(CMS);
registerFields(CMS);
registerImportField(CMS);
registerComponents(CMS);
registerPreviews(CMS, siteStylesheet);
checkBeforeSave();

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: ImmutableMap }) => {
    if (entry.get('collection') === INDICATORS_COLLECTION) return checkCatalogue(entry);
    const form = entry.get('collection') === IMPORT_COLLECTION ? importForm(entry) : contentForm(entry);
    if (!form) return undefined;
    let refs;
    try {
      refs = await loadReferences();
    } catch {
      refs = references();
    }
    if (!refs) throw refuse('Không tải được danh sách tham chiếu để kiểm tra. Hãy kiểm tra kết nối rồi lưu lại.');
    const problems = checkEntry(form, refs);
    if (problems.length > 0) throw refuse(describeProblems(form.kind, problems));
    // The assistant's form holds the proposal in a field of its own, which no report has: the
    // entry is saved, and kept in the editor's memory, as the draft report it makes.
    if (entry.get('collection') === IMPORT_COLLECTION)
      return (entry as ImmutableMap & { set(key: string, value: unknown): unknown }).set('data', form.data);
    return undefined;
  },
} as never);

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }: { entry: ImmutableMap }) => {
    if (entry.get('collection') === INDICATORS_COLLECTION) {
      // The review's indicator lists take the new catalogue at once, without a reload.
      rememberIndicators(catalogueList(entry));
      return;
    }
    if (entry.get('collection') === IMPORT_COLLECTION) {
      const report: FormEntry = { kind: 'report', data: importedDraft(dataOf(entry)), path: undefined, isNew: false };
      rememberSaved(report);
      const id = report.data['id'];
      if (typeof id === 'string') {
        // On disk now: a reload need not offer this review again; the sentences stay for the preview.
        void settleSource(id);
        landOnReport(id);
      }
      return;
    }
    const form = contentForm(entry);
    if (form) rememberSaved(form);
  },
} as never);

// The CMS adds a viewport that forbids zooming (WCAG 1.4.4); the page's own allows it.
new MutationObserver(() => {
  for (const meta of document.querySelectorAll('meta[name="viewport"]'))
    if (/maximum-scale|user-scalable/u.test(meta.getAttribute('content') ?? ''))
      meta.setAttribute('content', 'width=device-width, initial-scale=1');
}).observe(document.head, { childList: true, subtree: true, attributes: true });

// The preview frame says its language is "_default" (the CMS's name for content without
// locales); screen readers need a real one.
const speakVietnamese = (frame: HTMLIFrameElement) => {
  const root = frame.contentDocument?.documentElement;
  if (root && root.lang !== 'vi') root.lang = 'vi';
};
const framesSeen = new WeakSet<HTMLIFrameElement>();
new MutationObserver(() => {
  for (const frame of document.querySelectorAll('iframe')) {
    speakVietnamese(frame);
    if (framesSeen.has(frame)) continue;
    framesSeen.add(frame);
    frame.addEventListener('load', () => speakVietnamese(frame));
  }
}).observe(document.body, { childList: true, subtree: true });

// Field checks need the references before the first keystroke; saving fetches them again.
loadReferences().catch((error: unknown) => console.warn('tham-chieu.json:', error));

CMS.init({ config } as never);
