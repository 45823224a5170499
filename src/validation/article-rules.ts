/** Rules for one article (frontmatter and the components its body uses) and one overview. */
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { OverviewFrontmatter } from '../schemas/overview.ts';
import type { Problem } from './problems.ts';
import {
  checkCitedReports,
  checkProvince,
  checkReference,
  REF_NOUN,
  type ContentRefs,
  type RefKind,
} from './references.ts';

/** Components an article body may use, with the attribute that references content. */
const BODY_REFERENCES = [
  { tag: 'Figure', attr: 'id', kind: 'figure' },
  { tag: 'Chart', attr: 'id', kind: 'chart' },
  { tag: 'ModelCard', attr: 'slug', kind: 'model' },
] as const satisfies ReadonlyArray<{ tag: string; attr: string; kind: RefKind }>;

export function checkArticle(
  fm: ArticleFrontmatter,
  body: string,
  file: string,
  refs: ContentRefs,
  problems: Problem[],
): void {
  const draft = fm.draft === true;
  fm.provinces.forEach((code, j) => checkProvince(code, refs, true, { file, field: `/provinces/${j}` }, problems));
  fm.models.forEach((slug, j) =>
    checkReference(
      'model',
      slug,
      refs,
      draft,
      { file, field: `/models/${j}` },
      { en: `no model with slug "${slug}"`, vi: `Không có mô hình "${slug}".` },
      problems,
    ),
  );
  checkCitedReports(fm.reports, refs, draft, file, problems);
  if (fm.hero !== undefined)
    checkReference(
      'figure',
      fm.hero,
      refs,
      draft,
      { file, field: '/hero' },
      { en: `no figure with id "${fm.hero}"`, vi: `Không có số liệu "${fm.hero}".` },
      problems,
    );
  for (const ref of BODY_REFERENCES) {
    // "[^<>]" rather than "[^>]": a search from each "<Figure" stops at the next "<", so a
    // body of thousands of unclosed tags is read in linear time.
    const pattern = new RegExp(`<${ref.tag}\\b[^<>]*\\b${ref.attr}=["']([^"'<>]*)["']`, 'gu');
    for (const match of body.matchAll(pattern)) {
      const value = match[1] ?? '';
      checkReference(
        ref.kind,
        value,
        refs,
        draft,
        { file, field: `body <${ref.tag} ${ref.attr}="${value}">` },
        {
          en: `no ${ref.kind} with that ${ref.attr}`,
          vi: `Không có ${REF_NOUN[ref.kind].vi} "${value}" (thẻ <${ref.tag}>).`,
        },
        problems,
      );
    }
  }
}

export function checkOverview(fm: OverviewFrontmatter, file: string, refs: ContentRefs, problems: Problem[]): void {
  checkProvince(fm.province, refs, true, { file, field: '/province' }, problems);
}
