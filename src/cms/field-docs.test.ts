import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTables, markedTables, tableCells, withFieldTables } from './field-docs.ts';

const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');

describe('the field tables of the editors’ guide', () => {
  it('has every table, once', () => {
    expect(markedTables(guide).sort()).toEqual(
      Object.keys(fieldTables())
        .filter((n) => n !== 'chart-item')
        .sort(),
    );
  });

  it('fills a newly marked, still empty table without running on to the next one', () => {
    const guide =
      'a\n<!-- bảng trường: body-components -->\n<!-- hết bảng -->\nkept\n<!-- bảng trường: chart -->\n\nold\n\n<!-- hết bảng -->\n';
    const out = withFieldTables(guide);
    expect(out).toContain('\nkept\n');
    expect(out).toContain('`<Figure … />`');
    expect(out).not.toContain('old');
  });

  it('says what the schemas say (npm run docs:fields rewrites them)', () => {
    expect(tableCells(guide)).toEqual(tableCells(withFieldTables(guide)));
  });

  it('writes each field once, with its label, whether it must be filled and its meaning', () => {
    const report = tableCells(fieldTables()['report'] ?? '');
    expect(report[0]).toEqual(['trường', 'tên trên trình biên tập', 'bắt buộc?', 'ý nghĩa']);
    expect(report.find((r) => r[0] === '`title`')).toEqual([
      '`title`',
      'Tiêu đề như in',
      'không',
      'Tiêu đề đúng như in; để trống khi bài không có tiêu đề.',
    ]);
    expect(report.find((r) => r[0] === '`unknowns`')?.[2]).toBe('không (mặc định: danh sách rỗng)');
    const figure = tableCells(fieldTables()['figure'] ?? '');
    expect(figure.find((r) => r[0] === '`qualifier`')?.[3]).toContain(
      'Giá trị: `exact`, `over`, `about`, `nearly`, `under`.',
    );
  });
});
