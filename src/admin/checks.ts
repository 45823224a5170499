/**
 * The editor's checks: the project's own validation (src/validation) run on the entry in the
 * form, against the references the site publishes at /admin/tham-chieu.json plus what this
 * session has saved. Saving runs every rule; each field also shows the problems that are its own.
 */
import { COLLECTIONS } from '../cms/config.ts';
import { contentRefs, withEntries, type AssistantData, type EditorReferences } from '../cms/editor-data.ts';
import { ENTRY_TREES } from '../cms/entry-files.ts';
import { fromForm } from '../cms/form-data.ts';
import { labelPath } from '../cms/labels.ts';
import { parseEntry, validateEntry, type ParsedEntry } from '../validation/entry.ts';
import { hasBody, type EntryKind } from '../validation/parse.ts';
import { problem, type Problem } from '../validation/problems.ts';
import { valueAt } from '../validation/schema-check.ts';
import { refsOf, type ContentRefs } from '../validation/references.ts';
import { plain, type ImmutableMap } from './react.ts';

const REFERENCES_URL = '/admin/tham-chieu.json';

const KINDS = Object.fromEntries(Object.entries(COLLECTIONS).map(([kind, c]) => [c.name, kind as EntryKind]));

export function kindOf(collection: unknown): EntryKind | undefined {
  return typeof collection === 'string' ? KINDS[collection] : undefined;
}

let published: ContentRefs | undefined;
let assistant: AssistantData | undefined;
const savedThisSession = new Map<string, ParsedEntry>();

/** Fetches the references afresh (under `npm run cms` they are read from disk on each request). */
export async function loadReferences(): Promise<ContentRefs> {
  const response = await fetch(REFERENCES_URL, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${REFERENCES_URL}: HTTP ${response.status}`);
  const json = (await response.json()) as EditorReferences;
  published = contentRefs(json);
  assistant = json.assistant;
  merge();
  return references()!;
}

/** What the import assistant reads besides the text, once the references are loaded. */
export const assistantData = (): AssistantData | undefined => assistant;

/** A catalogue saved in this session: the assistant suggests from it and the review offers it. */
export function rememberIndicators(list: unknown): void {
  if (!assistant || !Array.isArray(list)) return;
  const indicators = list.filter(
    (i): i is AssistantData['indicators'][number] =>
      typeof i === 'object' && i !== null && typeof (i as { id?: unknown }).id === 'string',
  );
  assistant = { ...assistant, indicators: indicators.map(({ id, name, definition }) => ({ id, name, definition })) };
}

/**
 * The published references with this session's saves: merged once per change of either,
 * not on every field check (each field asks after each keystroke).
 */
let current: ContentRefs | undefined;
const merge = () => {
  current = published && withEntries(published, [...savedThisSession.values()]);
};

export function references(): ContentRefs | undefined {
  return current;
}

export interface FormEntry {
  kind: EntryKind;
  /** The form's data, body included for articles and overviews. */
  data: Record<string, unknown>;
  /** The file's path in the repository, when the entry has one already. */
  path: string | undefined;
  isNew: boolean;
}

/** The entry a CMS form holds. */
export function formEntry(kind: EntryKind, entry: ImmutableMap): FormEntry {
  const path = entry.get('path');
  return {
    kind,
    data: (plain(entry.get('data')) ?? {}) as Record<string, unknown>,
    path: typeof path === 'string' && path !== '' ? path : undefined,
    isNew: entry.get('newRecord') === true,
  };
}

/** Where an entry's file is, or will be: reports, models and charts are named by their id. */
function fileOf(entry: FormEntry, data: Record<string, unknown>): string {
  if (entry.path) return entry.path;
  const c = COLLECTIONS[entry.kind];
  const id = data[c.id];
  return `${c.folder}/${typeof id === 'string' && !hasBody(entry.kind) ? id : 'mục-mới'}.${c.extension}`;
}

/** The form's data as the file would hold it, and its body. */
export function fileData(entry: FormEntry): { data: Record<string, unknown>; body: string | undefined } {
  const { body, ...fields } = entry.data;
  return {
    data: fromForm(ENTRY_TREES[entry.kind], fields) as Record<string, unknown>,
    body: hasBody(entry.kind) ? String(body ?? '') : undefined,
  };
}

export function checkEntry(entry: FormEntry, refs: ContentRefs): Problem[] {
  const { data, body } = fileData(entry);
  const file = fileOf(entry, data);
  const problems = validateEntry(entry.kind, file, data, body, refs);
  // A new entry named like an existing one would overwrite it.
  const id = data[COLLECTIONS[entry.kind].id];
  const taken =
    entry.kind === 'report' || entry.kind === 'model' || entry.kind === 'chart' ? refsOf(entry.kind, refs) : undefined;
  if (entry.isNew && typeof id === 'string' && taken?.has(id))
    problems.push(
      problem(file, `/${COLLECTIONS[entry.kind].id}`, {
        en: `"${id}" is taken by ${taken.get(id)?.file}`,
        vi: `Mã "${id}" đã có (${taken.get(id)?.file}): hãy chọn mã khác.`,
      }),
    );
  return problems;
}

/** Remembers a saved entry, so later checks in this session know its ids. */
export function rememberSaved(entry: FormEntry): void {
  const { data, body } = fileData(entry);
  const parsed = parseEntry(entry.kind, fileOf(entry, data), data, body, []);
  if (parsed) savedThisSession.set(parsed.file, parsed);
  merge();
}

/** The message a refused save shows: the count, then every problem where `where` places it. */
export function listProblems(problems: readonly Problem[], where: (p: Problem) => string): string {
  const lines = problems.map((p) => {
    const place = where(p);
    return `• ${place ? `${place}: ` : ''}${p.vi}`;
  });
  return `Chưa lưu: ${problems.length} chỗ cần sửa.\n${lines.join('\n')}`;
}

/** The message the save dialog shows: every problem, named by the form's own labels. */
export function describeProblems(kind: EntryKind, problems: readonly Problem[]): string {
  return listProblems(problems, (p) =>
    p.field.startsWith('body') ? 'Nội dung' : labelPath(ENTRY_TREES[kind], p.field),
  );
}

// One check per state of the form: every field asks about the same entry after each change.
const checked = new WeakMap<object, { data: Record<string, unknown>; problems: Problem[] }>();

const blank = (v: unknown) => v === undefined || v === null || v === '';
const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * The first problem that belongs to a field: its path ends with the field's name and the
 * value there is the field's own (a list of figures has one "Con số" per figure; the one with
 * this value is this field).
 */
export function fieldProblem(kind: EntryKind, entry: ImmutableMap, name: string, value: unknown): string | undefined {
  let result = checked.get(entry);
  if (!result) {
    const refs = references();
    if (!refs) return undefined;
    const form = formEntry(kind, entry);
    result = { data: fileData(form).data, problems: checkEntry(form, refs) };
    checked.set(entry, result);
  }
  const own = fromForm({ kind: 'object', fields: [] }, plain(value));
  // An empty field is the form's own business: it says "required" itself where that applies.
  if (blank(own) || (Array.isArray(own) && own.length === 0)) return undefined;
  const mine = result.problems.find((p) => {
    const segments = p.field.split('/').slice(1);
    const at = segments.lastIndexOf(name);
    if (at < 0 || at < segments.length - 2) return false;
    const owner = segments.slice(0, at + 1);
    return same(valueAt(result.data, owner), own);
  });
  return mine?.vi;
}
