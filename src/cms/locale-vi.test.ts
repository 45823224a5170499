import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeVietnamese, flattenMessages, type Messages } from './locale-vi.ts';
import additions from './vi-additions.json' with { type: 'json' };

const cmsLocale = (code: string): Messages =>
  JSON.parse(readFileSync(`node_modules/@sveltia/cms/locales/${code}.json`, 'utf8')) as Messages;

// en-US is the CMS's complete set of strings: the one every other translation is made from.
const english = new Map(flattenMessages(cmsLocale('en-US')));
const cmsVietnamese = new Map(flattenMessages(cmsLocale('vi')));
const ours = flattenMessages(additions as Messages);
const completed = new Map(flattenMessages(completeVietnamese(cmsLocale('vi'), additions as Messages)));

// Vietnamese has one plural form where English has two, so a variable may appear fewer times.
const variables = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\$(\w+)/gu)].map((m) => m[1] ?? ''))].sort();

describe('the web editor in Vietnamese', () => {
  it('has every string the CMS has in English', () => {
    expect([...english.keys()].filter((key) => !completed.has(key))).toEqual([]);
    expect([...completed.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('adds only what the CMS does not translate (drop ours once it does)', () => {
    expect(ours.filter(([key]) => cmsVietnamese.has(key)).map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders and the plural syntax of each English string it translates', () => {
    for (const [key, text] of ours) {
      const source = english.get(key) ?? '';
      expect(variables(text), key).toEqual(variables(source));
      expect(text.startsWith('.input'), key).toBe(source.startsWith('.input'));
      expect(text.split('{{').length, key).toBe(text.split('}}').length);
      expect(text, key).not.toMatch(/^\s|\s$/u);
    }
  });

  it('calls an entry "mục nội dung", not "bài viết", which is one collection among six', () => {
    expect([...completed].filter(([, text]) => /bài viết/iu.test(text))).toEqual([]);
    expect(completed.get('create_new_entry')).toBe('Tạo mục nội dung mới');
    expect(completed.get('entries')).toBe('Mục nội dung');
    expect(completed.get('entry_saved')).toContain('{{Đã lưu mục nội dung.}}');
  });

  it('never tells an editor whose save was refused to try again later', () => {
    expect(cmsVietnamese.get('saving_entry.error.description')).toMatch(/thử lại sau/u);
    expect(completed.get('saving_entry.error.description')).toBe('Mục nội dung chưa được lưu:');
    expect([...completed].filter(([key, text]) => key.startsWith('saving_entry') && /thử lại/u.test(text))).toEqual([]);
  });

  it('keeps what the CMS says over an addition, and merges nested groups', () => {
    const merged = completeVietnamese(
      { save: 'Lưu', status: { draft: 'Bản nháp về bài viết' } },
      { save: 'Ghi', status: { deploying: 'Đang triển khai' } },
    );
    expect(merged).toEqual({
      save: 'Lưu',
      status: { draft: 'Bản nháp về mục nội dung', deploying: 'Đang triển khai' },
    });
  });
});
