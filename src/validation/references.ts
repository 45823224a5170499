/**
 * What entries may point to: the reference lists and every id that exists, with whether it
 * belongs to a draft. The build fills it from all of content/; the web editor fills it from
 * the entries it has loaded, so both check references with the same rules.
 */
import { problem, type Problem, type Said } from './problems.ts';

/** Where an id is defined, and whether that entry is a draft. */
export interface EntryRef {
  file: string;
  draft: boolean;
}

export interface FigureRef extends EntryRef {
  report: string;
  value: number;
  unit: string;
  indicator: string;
  outOf: number | undefined;
}

export interface ContentRefs {
  formerCodes: ReadonlySet<string>;
  currentCodes: ReadonlySet<string>;
  indicatorIds: ReadonlySet<string>;
  categoryIds: ReadonlySet<string>;
  reports: ReadonlyMap<string, EntryRef>;
  /** By slug. */
  models: ReadonlyMap<string, EntryRef>;
  charts: ReadonlyMap<string, EntryRef>;
  figures: ReadonlyMap<string, FigureRef>;
  /**
   * The lists hold published entries only (the web editor on a host: drafts are never
   * published, not even their ids), so an id not found may be a draft: not a problem to report.
   */
  partial?: boolean;
}

export type RefKind = 'report' | 'model' | 'figure' | 'chart';

/** What each kind of reference is called, in messages. */
export const REF_NOUN: Record<RefKind, Said> = {
  report: { en: 'report', vi: 'báo cáo' },
  model: { en: 'model', vi: 'mô hình' },
  figure: { en: 'figure', vi: 'số liệu' },
  chart: { en: 'chart', vi: 'biểu đồ' },
};

/** The ids of one kind, and what each belongs to. */
export function refsOf(kind: RefKind, refs: ContentRefs): ReadonlyMap<string, EntryRef> {
  const lists = { report: refs.reports, model: refs.models, chart: refs.charts, figure: refs.figures };
  return lists[kind];
}

function draftOf(kind: RefKind, id: string, refs: ContentRefs): boolean | undefined {
  return refsOf(kind, refs).get(id)?.draft;
}

/**
 * Another file already defines this id: ids are unique across content. `file` is the entry's
 * own file, so an entry never clashes with itself.
 */
export function checkUnique(
  kind: RefKind,
  id: string,
  refs: ContentRefs,
  at: { file: string; field: string },
  problems: Problem[],
): void {
  const owner = refsOf(kind, refs).get(id);
  if (owner === undefined || owner.file === at.file) return;
  const what = kind === 'model' ? 'slug' : 'id';
  problems.push(
    problem(at.file, at.field, {
      en: `duplicate ${kind} ${what} "${id}"${kind === 'figure' ? ` (also in ${owner.file})` : ''}`,
      vi: `Trùng mã "${id}": ${REF_NOUN[kind].vi} khác (${owner.file}) đã dùng mã này. Hãy đổi mã.`,
    }),
  );
}

/**
 * Checks one reference. `missing` is the message when nothing has that id (each place words
 * it its own way); a published entry that points to a draft is told to wait for it, since
 * the build leaves drafts out.
 */
export function checkReference(
  kind: RefKind,
  id: string,
  refs: ContentRefs,
  fromDraft: boolean,
  at: { file: string; field: string },
  missing: Said,
  problems: Problem[],
): void {
  const draft = draftOf(kind, id, refs);
  if (draft === undefined) {
    // An empty id is never a draft's.
    if (!refs.partial || id === '') problems.push(problem(at.file, at.field, missing));
  } else if (draft && !fromDraft)
    problems.push(
      problem(at.file, at.field, {
        en: `${REF_NOUN[kind].en} "${id}" is a draft, which the build leaves out: publish it first, or keep this entry a draft too`,
        vi: `${REF_NOUN[kind].vi[0]?.toUpperCase()}${REF_NOUN[kind].vi.slice(1)} "${id}" còn là bản nháp nên chưa lên trang: hãy phát hành nó trước, hoặc để mục này cũng là bản nháp.`,
      }),
    );
}

/** The reports an entry cites ("reports" of models and articles). */
export function checkCitedReports(
  ids: readonly string[],
  refs: ContentRefs,
  fromDraft: boolean,
  file: string,
  problems: Problem[],
): void {
  ids.forEach((id, j) =>
    checkReference(
      'report',
      id,
      refs,
      fromDraft,
      { file, field: `/reports/${j}` },
      { en: `no report with id "${id}" in content/reports/`, vi: `Không có báo cáo "${id}".` },
      problems,
    ),
  );
}

export const PROVINCES_FILE = 'content/reference/provinces.json';
export const INDICATORS_FILE = 'content/reference/indicators.json';
export const CATEGORIES_FILE = 'content/reference/categories.json';
export const UNITS_FILE = 'content/reference/units.json';

const missingProvince = (code: string, withSource = true): Said => ({
  en: `unknown province code "${code}"${withSource ? ` (see ${PROVINCES_FILE})` : ''}`,
  vi: `Không có tỉnh mã "${code}" trong danh mục tỉnh.`,
});

/** A former province, or for articles and overviews a current unit too. */
export function checkProvince(
  code: string,
  refs: ContentRefs,
  currentAllowed: boolean,
  at: { file: string; field: string },
  problems: Problem[],
): void {
  if (refs.formerCodes.has(code) || (currentAllowed && refs.currentCodes.has(code))) return;
  problems.push(problem(at.file, at.field, missingProvince(code, !currentAllowed)));
}

interface ReferenceSources {
  provinces: { former: ReadonlyArray<{ code: string }>; current: ReadonlyArray<{ code: string }> };
  indicatorIds: ReadonlySet<string>;
  categoryIds: ReadonlySet<string>;
  entries: ReadonlyArray<
    | { kind: 'report'; file: string; data: ReportLike }
    | { kind: 'model'; file: string; data: { slug: string; draft?: boolean | undefined } }
    | { kind: 'chart'; file: string; data: { id: string; draft?: boolean | undefined } }
    | { kind: 'article' | 'overview'; file: string }
  >;
}

interface ReportLike {
  id: string;
  draft?: boolean | undefined;
  figures: ReadonlyArray<{ id: string; value: number; unit: string; indicator: string; outOf?: number | undefined }>;
}

/** Every id entries define, first definition first (a later duplicate is reported by its own entry). */
export function buildReferences(sources: ReferenceSources): ContentRefs {
  const reports = new Map<string, EntryRef>();
  const models = new Map<string, EntryRef>();
  const charts = new Map<string, EntryRef>();
  const figures = new Map<string, FigureRef>();
  const add = <T>(map: Map<string, T>, key: string, value: T) => {
    if (!map.has(key)) map.set(key, value);
  };
  for (const entry of sources.entries) {
    if (entry.kind === 'report') {
      const draft = entry.data.draft === true;
      add(reports, entry.data.id, { file: entry.file, draft });
      for (const f of entry.data.figures)
        add(figures, f.id, {
          file: entry.file,
          draft,
          report: entry.data.id,
          value: f.value,
          unit: f.unit,
          indicator: f.indicator,
          outOf: f.outOf,
        });
    } else if (entry.kind === 'model') {
      add(models, entry.data.slug, { file: entry.file, draft: entry.data.draft === true });
    } else if (entry.kind === 'chart') {
      add(charts, entry.data.id, { file: entry.file, draft: entry.data.draft === true });
    }
  }
  return {
    formerCodes: new Set(sources.provinces.former.map((p) => p.code)),
    currentCodes: new Set(sources.provinces.current.map((p) => p.code)),
    indicatorIds: sources.indicatorIds,
    categoryIds: sources.categoryIds,
    reports,
    models,
    charts,
    figures,
  };
}
