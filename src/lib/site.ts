/** Site-wide constants that are facts about the portal itself, not about the movement. */
export const SITE_NAME = 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu';
export const SITE_SHORT_NAME = 'Mô hình ANTQ';
export const SITE_NAME_EN = 'All People Protect National Security: exemplary models';
export const SITE_SHORT_NAME_EN = 'ANTQ models';
export const LOCALE = 'vi-VN';

/** Main navigation, in reading order. Each entry is a route that the site builds. */
export const NAV: ReadonlyArray<{ href: string; label: string; labelEn: string }> = [
  { href: '/tinh-thanh/', label: 'Tỉnh thành', labelEn: 'Provinces' },
  { href: '/mo-hinh/', label: 'Mô hình', labelEn: 'Models' },
  { href: '/so-lieu/', label: 'Số liệu', labelEn: 'Figures' },
  { href: '/bai-viet/', label: 'Bài viết', labelEn: 'Articles' },
  { href: '/du-lieu/', label: 'Dữ liệu', labelEn: 'Open data' },
  { href: '/nguon/', label: 'Nguồn', labelEn: 'Sources' },
  { href: '/gioi-thieu/', label: 'Giới thiệu', labelEn: 'About' },
];

/** The words of the site's chrome (skip link, navigation, breadcrumbs, footer) in each language. */
export const CHROME = {
  vi: {
    siteName: SITE_NAME,
    shortName: SITE_SHORT_NAME,
    feedTitle: SITE_NAME,
    skip: 'Bỏ qua, đến nội dung chính',
    navLabel: 'Điều hướng chính',
    search: 'Tìm kiếm',
    breadcrumbLabel: 'Vị trí trang',
    home: 'Trang chủ',
    footerSources: [
      'Mọi số liệu trên trang đều dẫn về ',
      'báo cáo nguồn',
      ' kèm từ định lượng, đơn vị và thời kỳ của nó. Xem ',
    ],
    footerMethod: 'cách làm',
    footerAnd: ' và ',
    footerData: 'tải dữ liệu mở',
  },
  en: {
    siteName: SITE_NAME_EN,
    shortName: SITE_SHORT_NAME_EN,
    feedTitle: `${SITE_NAME_EN} (articles in Vietnamese)`,
    skip: 'Skip to the main content',
    navLabel: 'Main navigation',
    search: 'Search',
    breadcrumbLabel: 'You are here',
    home: 'Portal home (Vietnamese)',
    footerSources: [
      'Every figure on the portal links to its ',
      'source report',
      ' with its qualifier, unit and period. See ',
    ],
    footerMethod: 'how the portal works',
    footerAnd: ' and ',
    footerData: 'download the open data',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string | readonly string[]>>;

/** Joins a site-relative path to the deployment origin: the canonical URL of a page. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).toString();
}

export type PageLanguage = 'vi' | 'en';

/** Open Graph locale of each language the site writes in (the English page uses British spelling and dates). */
export const OG_LOCALE: Record<PageLanguage, string> = { vi: 'vi_VN', en: 'en_GB' };

/**
 * Pages that are versions of each other in another language. Every other page is
 * Vietnamese only. A page's language and its hreflang links both come from here.
 */
const LANGUAGE_VERSIONS: ReadonlyArray<Readonly<Record<PageLanguage, string>>> = [{ vi: '/', en: '/en/' }];

export interface LanguageVersion {
  lang: PageLanguage;
  path: string;
}

/** The language versions of the page at a path (itself included), or [] when it has none. */
export function languageVersions(path: string): LanguageVersion[] {
  const set = LANGUAGE_VERSIONS.find((versions) => Object.values(versions).includes(path));
  return set ? (Object.entries(set) as Array<[PageLanguage, string]>).map(([lang, p]) => ({ lang, path: p })) : [];
}

/** The language a page is written in: Vietnamese unless it is another language's version. */
export function pageLanguage(path: string): PageLanguage {
  return languageVersions(path).find((v) => v.path === path)?.lang ?? 'vi';
}

/** The licence of the portal's compilation, descriptions and data structure. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  /** As a caption prints it. */
  shortName: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
