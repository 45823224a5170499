/** Site-wide constants that are facts about the portal itself, not about the movement. */
export const SITE_NAME = 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu';
export const SITE_SHORT_NAME = 'Mô hình ANTQ';
export const SITE_NAME_EN = 'All People Protect National Security: exemplary models';
export const LOCALE = 'vi-VN';

/** Main navigation, in reading order. Each entry is a route that the site builds. */
export const NAV: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/tinh-thanh/', label: 'Tỉnh thành' },
  { href: '/mo-hinh/', label: 'Mô hình' },
  { href: '/so-lieu/', label: 'Số liệu' },
  { href: '/bai-viet/', label: 'Bài viết' },
  { href: '/du-lieu/', label: 'Dữ liệu' },
  { href: '/nguon/', label: 'Nguồn' },
  { href: '/gioi-thieu/', label: 'Giới thiệu' },
];

/** Joins a site-relative path to the deployment origin: the canonical URL of a page. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).toString();
}

/** The licence of the portal's compilation, descriptions and data structure. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
