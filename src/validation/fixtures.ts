// A minimal valid content set for tests, built in memory; each bad-input test changes one thing.
import { readFileSync } from 'node:fs';
import type { SourceFile } from './validate.ts';

export const provincesText = readFileSync(new URL('../../content/reference/provinces.json', import.meta.url), 'utf8');

const date = { text: 'Ngày 16/10/2024', year: 2024, month: 10, day: 16, yearInferred: null };

export function validReport(): Record<string, unknown> {
  return {
    id: 'bao-cao-mau',
    title: 'Báo cáo mẫu',
    name: 'Báo cáo mẫu để kiểm thử',
    publisher: { name: 'Báo Mẫu', asPrinted: 'BM', inferred: 'Chữ viết tắt in ở đầu bài' },
    author: null,
    section: null,
    published: date,
    province: '06',
    provinceInferred: null,
    period: { kind: 'range', from: 2019, to: 2024 },
    event: null,
    summary: 'Một báo cáo dùng trong kiểm thử.',
    unknowns: [],
    sourceFile: 'mau.txt',
    figures: [
      {
        id: 'mau-cum',
        indicator: 'security-clusters',
        label: 'Cụm an ninh liên hoàn',
        value: 22,
        unit: 'cụm',
        qualifier: 'exact',
        period: { kind: 'asOf', date },
        scope: 'toàn tỉnh',
        parts: ['mau-cum-a', 'mau-cum-b'],
      },
      {
        id: 'mau-cum-a',
        indicator: 'security-clusters',
        label: 'cụm liên tỉnh',
        value: 10,
        unit: 'cụm',
        qualifier: 'exact',
        period: { kind: 'asOf', date },
        scope: 'toàn tỉnh',
      },
      {
        id: 'mau-cum-b',
        indicator: 'security-clusters',
        label: 'cụm liên xã',
        value: 12,
        unit: 'cụm',
        qualifier: 'exact',
        period: { kind: 'asOf', date },
        scope: 'toàn tỉnh',
        model: 'mo-hinh-mau',
      },
    ],
  };
}

export function validModel(): Record<string, unknown> {
  return {
    slug: 'mo-hinh-mau',
    name: 'Mô hình mẫu',
    province: '06',
    place: 'xã Mẫu, huyện Mẫu',
    category: 'to-chuc-quan-chung',
    started: 2020,
    recognitions: [
      { by: 'Bộ Công an', level: 'national', what: 'thông báo nhân rộng trên toàn quốc', year: 2020, nationwide: true },
    ],
    units: 'mau-cum-b',
    highlight: true,
    summary: 'Một mô hình dùng trong kiểm thử.',
    reports: ['bao-cao-mau'],
  };
}

export function validArticle(): string {
  return [
    '---',
    'title: Bài mẫu',
    'description: Một bài viết dùng trong kiểm thử.',
    'published: 2026-11-01',
    'provinces: ["06"]',
    'models: [mo-hinh-mau]',
    'reports: [bao-cao-mau]',
    'hero: mau-cum',
    '---',
    '',
    'Có <Figure id="mau-cum" />.',
    '',
    '<ModelCard slug="mo-hinh-mau" />',
    '',
  ].join('\n');
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** The valid set as files; `overrides` replaces or adds files by path (null removes one). */
export function fixtureFiles(overrides: Record<string, string | null> = {}): SourceFile[] {
  const files: Record<string, string | null> = {
    'content/reference/provinces.json': provincesText,
    'content/reference/indicators.json': json([
      {
        id: 'security-clusters',
        name: 'Cụm an ninh',
        nameEn: 'Security clusters',
        definition: 'Số cụm.',
        comparable: false,
      },
    ]),
    'content/reference/categories.json': json([
      { id: 'to-chuc-quan-chung', name: 'Tổ chức quần chúng', nameEn: 'Mass organisations', definition: 'Các tổ.' },
    ]),
    'content/reference/units.json': json([{ vi: 'cụm', en: 'clusters' }]),
    'content/reference/glossary.json': json([
      { abbr: 'ANTT', expansion: 'an ninh, trật tự', en: 'security and order' },
    ]),
    'content/reports/bao-cao-mau.json': json(validReport()),
    'content/models/mo-hinh-mau.json': json(validModel()),
    'content/articles/bai-mau.mdx': validArticle(),
    ...overrides,
  };
  return Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([file, text]) => ({ file, text }));
}

export { json };
