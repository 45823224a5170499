/**
 * What the web editor is given about the content it does not edit at the moment: the options
 * of its reference selects, and every id entries may point to (with drafts marked), so that
 * it checks an entry with the same rules as the build before saving it. Pure.
 */
import { formatFigure } from '../lib/format.ts';
import { formerWithCurrent, indexProvinces } from '../lib/provinces.ts';
import type { Category, GlossaryEntry, Indicator, Provinces } from '../schemas/reference.ts';
import type { ParsedEntry } from '../validation/entry.ts';
import { buildReferences, type ContentRefs, type EntryRef, type FigureRef } from '../validation/references.ts';
import type { ReferenceOptions } from './config.ts';

export function referenceOptions(
  provinces: Provinces,
  indicators: readonly Indicator[],
  categories: readonly Category[],
): ReferenceOptions {
  const index = indexProvinces(provinces);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'vi');
  return {
    former: provinces.former
      .map((p) => ({ value: p.code, label: `${formerWithCurrent(index, p.code)} · mã ${p.code}` }))
      .sort(byName),
    current: provinces.current
      .map((p) => ({ value: p.code, label: `${p.kind} ${p.name} (từ 01/07/2025) · mã ${p.code}` }))
      .sort(byName),
    indicators: indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.id})` })).sort(byName),
    categories: categories.map((c) => ({ value: c.id, label: c.name })).sort(byName),
  };
}

/** A figure as the editor's preview shows it ("hơn 321 tổ"), besides what validation needs. */
interface FigureInfo extends FigureRef {
  label: string;
  text: string;
}

/** What the import assistant reads besides a report's text (as `npm run import` reads it from files). */
export interface AssistantData {
  indicators: Array<Pick<Indicator, 'id' | 'name' | 'definition'>>;
  glossary: Array<Pick<GlossaryEntry, 'abbr' | 'expansion' | 'variants'>>;
  /** Names of known models: digits inside them are not figures. */
  modelNames: string[];
  /** Former provinces by code. */
  provinces: Record<string, { name: string; slug: string }>;
}

/** Serializable references: JSON for /admin/tham-chieu.json, a ContentRefs again in the editor. */
export interface EditorReferences {
  assistant: AssistantData;
  /** True when drafts are left out (a published site): an id not found may be a draft. */
  partial: boolean;
  formerCodes: string[];
  currentCodes: string[];
  indicatorIds: string[];
  categoryIds: string[];
  reports: Record<string, EntryRef & { name: string }>;
  models: Record<string, EntryRef & { name: string; summary: string }>;
  charts: Record<string, EntryRef & { title: string }>;
  figures: Record<string, FigureInfo>;
}

export function editorReferences(
  provinces: Provinces,
  indicators: readonly Indicator[],
  categories: readonly Category[],
  glossary: readonly GlossaryEntry[],
  entries: readonly ParsedEntry[],
  partial: boolean,
): EditorReferences {
  const refs = withDisplay(
    buildReferences({
      provinces,
      indicatorIds: new Set(indicators.map((i) => i.id)),
      categoryIds: new Set(categories.map((c) => c.id)),
      entries,
    }),
    entries,
  );
  return {
    assistant: {
      indicators: indicators.map(({ id, name, definition }) => ({ id, name, definition })),
      glossary: glossary.map(({ abbr, expansion, variants }) => ({ abbr, expansion, variants })),
      modelNames: entries.flatMap((e) => (e.kind === 'model' ? [e.data.name] : [])),
      provinces: Object.fromEntries(provinces.former.map((p) => [p.code, { name: p.name, slug: p.slug }])),
    },
    partial,
    formerCodes: [...refs.formerCodes],
    currentCodes: [...refs.currentCodes],
    indicatorIds: [...refs.indicatorIds],
    categoryIds: [...refs.categoryIds],
    reports: Object.fromEntries(refs.reports) as EditorReferences['reports'],
    models: Object.fromEntries(refs.models) as EditorReferences['models'],
    charts: Object.fromEntries(refs.charts) as EditorReferences['charts'],
    figures: Object.fromEntries(refs.figures) as EditorReferences['figures'],
  };
}

/** Adds to each reference what previews show of it: names, titles, a figure as printed. */
function withDisplay(refs: ContentRefs, entries: readonly ParsedEntry[]): ContentRefs {
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const figures = new Map(
    entries.flatMap((e) => (e.kind === 'report' ? e.data.figures.map((f) => [f.id, f] as const) : [])),
  );
  const extend = <T extends EntryRef>(
    map: ReadonlyMap<string, T>,
    extra: (e: ParsedEntry | undefined, id: string) => object,
  ) => new Map([...map].map(([id, ref]) => [id, { ...ref, ...extra(byFile.get(ref.file), id) }]));
  return {
    ...refs,
    reports: extend(refs.reports, (e) => ({ name: e?.kind === 'report' ? e.data.name : '' })),
    models: extend(refs.models, (e) => ({
      name: e?.kind === 'model' ? e.data.name : '',
      summary: e?.kind === 'model' ? e.data.summary : '',
    })),
    charts: extend(refs.charts, (e) => ({ title: e?.kind === 'chart' ? e.data.title : '' })),
    figures: extend(refs.figures, (_e, id) => {
      const figure = figures.get(id);
      return { label: figure?.label ?? '', text: figure ? formatFigure(figure) : '' };
    }),
  };
}

/** The editor's side: the JSON back into the sets and maps the rules read. */
export function contentRefs(json: EditorReferences): ContentRefs {
  return {
    partial: json.partial,
    formerCodes: new Set(json.formerCodes),
    currentCodes: new Set(json.currentCodes),
    indicatorIds: new Set(json.indicatorIds),
    categoryIds: new Set(json.categoryIds),
    reports: new Map(Object.entries(json.reports)),
    models: new Map(Object.entries(json.models)),
    charts: new Map(Object.entries(json.charts)),
    figures: new Map(Object.entries(json.figures)),
  };
}

/**
 * The references with some entries as the editor has just saved them: a host's copy of the
 * list is as old as the last build, and entries saved since must count (a model may cite the
 * report saved a minute ago).
 */
export function withEntries(refs: ContentRefs, entries: readonly ParsedEntry[]): ContentRefs {
  const saved = withDisplay(
    buildReferences({
      provinces: { former: [], current: [] },
      indicatorIds: refs.indicatorIds,
      categoryIds: refs.categoryIds,
      entries,
    }),
    entries,
  );
  const files = new Set(entries.map((e) => e.file));
  const merge = <T extends EntryRef>(old: ReadonlyMap<string, T>, fresh: ReadonlyMap<string, T>) =>
    new Map([...[...old].filter(([, ref]) => !files.has(ref.file)), ...fresh]);
  return {
    ...refs,
    reports: merge(refs.reports, saved.reports),
    models: merge(refs.models, saved.models),
    charts: merge(refs.charts, saved.charts),
    figures: merge(refs.figures, saved.figures),
  };
}
