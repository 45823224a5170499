/** Rules for one article and one overview: frontmatter, and the body as untrusted data (body-rules.ts). */
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { OverviewFrontmatter } from '../schemas/overview.ts';
import type { Problem } from './problems.ts';
import { checkBodyRules } from './body-rules.ts';
import { checkCitedReports, checkProvince, checkReference, type ContentRefs } from './references.ts';

export function checkArticle(
  fm: ArticleFrontmatter,
  body: string,
  file: string,
  refs: ContentRefs,
  problems: Problem[],
  bodyLine = 1,
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
  checkBodyRules(body, 'mdx', { file, bodyLine, draft }, refs, problems);
}

export function checkOverview(
  fm: OverviewFrontmatter,
  body: string,
  file: string,
  refs: ContentRefs,
  problems: Problem[],
  bodyLine = 1,
): void {
  checkProvince(fm.province, refs, true, { file, field: '/province' }, problems);
  checkBodyRules(body, 'md', { file, bodyLine, draft: fm.draft === true }, refs, problems);
}
