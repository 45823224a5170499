/**
 * The web editor at /admin/: Sveltia CMS, from the npm package and bundled with the site (no
 * CDN, so it works on a closed government network), set up with the configuration the page
 * carries, the project's file format, field types, checks and previews.
 */
import './locale.ts';
import './admin.css';
import CMS from '@sveltia/cms';
import siteStylesheet from '../styles/global.css?url';
import { IMPORT_COLLECTION } from '../cms/config.ts';
import { registerComponents } from './components.ts';
import {
  checkEntry,
  describeProblems,
  formEntry,
  kindOf,
  loadReferences,
  references,
  rememberSaved,
  type FormEntry,
} from './checks.ts';
import { registerFields } from './fields.ts';
import { importedDraft, registerFormats } from './formats.ts';
import { registerImportField } from './import-field.ts';
import { registerPreviews } from './previews.ts';
import { plain, type ImmutableMap } from './react.ts';

const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? 'null') as Record<string, unknown>;

/** The entry a form of one of the content collections holds; undefined for other forms. */
function contentForm(entry: ImmutableMap): FormEntry | undefined {
  const kind = kindOf(entry.get('collection'));
  return kind && formEntry(kind, entry);
}

/** The import assistant's form, checked as the draft report it writes. */
function importForm(entry: ImmutableMap): FormEntry {
  const data = importedDraft((plain(entry.get('data')) ?? {}) as Record<string, unknown>);
  return { kind: 'report', data, path: undefined, isNew: true };
}

/** Thrown from preSave, this stops the save before anything is written and shows the message. */
const refuse = (message: string) => new Error('saving_failed', { cause: { message } });

registerFormats(CMS);
registerFields(CMS);
registerImportField(CMS);
registerComponents(CMS);
registerPreviews(CMS, siteStylesheet);

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: ImmutableMap }) => {
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
    return undefined;
  },
} as never);

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }: { entry: ImmutableMap }) => {
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
