// One page of every type the site builds, for the checks that open pages one by one.
import { readdirSync } from 'node:fs';

const firstArticle = readdirSync('content/articles')
  .find((f) => f.endsWith('.mdx'))
  ?.replace(/\.mdx$/, '');
const firstChart = readdirSync('content/charts')
  .find((f) => f.endsWith('.json'))
  ?.replace(/\.json$/, '');

/** [name, path] of a page of each type that has the site's chrome, a preview card and a canonical URL. */
export const PAGE_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['home', '/'],
  ['province list', '/tinh-thanh/'],
  ['current unit', '/tinh-thanh/thai-nguyen/'],
  ['former province', '/tinh-thanh/bac-kan/'],
  ['model directory', '/mo-hinh/'],
  ['model', '/mo-hinh/tieng-keng-vay-bat-toi-pham/'],
  ['sources', '/nguon/'],
  ['source report', '/nguon/hoa-binh-2023-chuong-trinh-09/'],
  ['about', '/gioi-thieu/'],
  ['English', '/en/'],
  ['articles', '/bai-viet/'],
  ['statistics', '/so-lieu/'],
  ['statistics of a unit', '/so-lieu/phu-tho/'],
  ['model directory of a unit', '/mo-hinh/tinh/thai-nguyen/'],
  ['open data', '/du-lieu/'],
  ['chart list', '/bieu-do/'],
  ['chart', '/bieu-do/ban-do-mo-hinh/'],
  ['search', '/tim-kiem/'],
  ['figure', '/so-lieu/f/hb23-mo-hinh-duy-tri/'],
  ['indicator list', '/chi-tieu/'],
  ['indicator', '/chi-tieu/models-maintained/'],
  ['corrections', '/dinh-chinh/'],
  ['offline', '/ngoai-tuyen/'],
  ...(firstArticle ? [['article', `/bai-viet/${firstArticle}/`] as const] : []),
];

/** Pages without the site's chrome: a chart bare for other sites' iframes. */
export const EMBED_PAGE = `/nhung/${firstChart}/`;

const pathOf = (name: string): string | undefined => PAGE_TYPES.find(([n]) => n === name)?.[1];

/**
 * The five page types readers land on (home, a province, a model, a source report, an
 * article): loaded on an emulated slow link by `npm run bench` and scored by Lighthouse. A type
 * the content lacks is left out, as in PAGE_TYPES (tests/lighthouse.test.ts counts them).
 */
export const KEY_PAGES: ReadonlyArray<{ label: string; path: string }> = (
  [
    ['home', 'home'],
    ['province', 'current unit'],
    ['model', 'model'],
    ['report', 'source report'],
    ['article', 'article'],
  ] as const
).flatMap(([label, type]) => {
  const path = pathOf(type);
  return path ? [{ label, path }] : [];
});
