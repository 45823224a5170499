import type { z } from 'astro/zod';
import { describeValue, pointer, problem, type Problem, type Said } from './problems.ts';

/** The value at a path of keys into nested data, or undefined where the path leaves it. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const ARTICLE: Record<string, string> = { array: 'an array', object: 'an object', integer: 'an integer' };
const KIND_VI: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  integer: 'một số nguyên',
  boolean: 'có hoặc không',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày',
};

/** What a regex or format rule asks for, in words an editor knows. */
function formatInVietnamese(issue: z.core.$ZodIssue): string {
  const text = issue.message;
  if (/slug/u.test(text))
    return 'Chỉ gồm chữ thường a-z không dấu, số 0-9 và dấu gạch nối đơn (“Tổ hòa giải” → to-hoa-giai).';
  if (/province code/u.test(text)) return 'Mã tỉnh gồm đúng hai chữ số, ví dụ "06".';
  if (/YYYY-MM-DD/u.test(text)) return 'Ngày viết theo dạng năm-tháng-ngày, ví dụ 2026-11-16.';
  return 'Không đúng dạng yêu cầu.';
}

/** Plain messages for zod issues, naming what was expected and what was found. */
function message(issue: z.core.$ZodIssue, data: unknown): Said {
  const value = valueAt(data, issue.path);
  const got = describeValue(value);
  const gotVi = value === undefined ? '' : ` (đang ghi ${got})`;
  switch (issue.code) {
    case 'invalid_type':
      if (got === 'nothing')
        return {
          en: `required field is missing (expected ${ARTICLE[issue.expected] ?? 'a ' + issue.expected})`,
          vi: 'Trường bắt buộc: cần điền.',
        };
      return {
        en: `expected ${ARTICLE[issue.expected] ?? 'a ' + issue.expected}, got ${got}`,
        vi: `Cần ${KIND_VI[issue.expected] ?? issue.expected}, không phải ${got}.`,
      };
    case 'unrecognized_keys':
      return {
        en: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        vi: `Trường lạ ${issue.keys.map((k) => `"${k}"`).join(', ')}: không có trong mẫu (có thể gõ sai tên).`,
      };
    case 'invalid_value':
      return {
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`,
        vi: `Chỉ nhận một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${gotVi}.`,
      };
    case 'invalid_union':
      return { en: `does not match any allowed shape (got ${got})`, vi: `Không khớp dạng nào được phép${gotVi}.` };
    case 'too_small':
      return {
        en: `${issue.message} (got ${got})`,
        vi:
          issue.origin === 'string'
            ? 'Không được để trống.'
            : issue.origin === 'array'
              ? `Cần ít nhất ${String(issue.minimum)} mục.`
              : `Không được nhỏ hơn ${String(issue.minimum)}${gotVi}.`,
      };
    case 'too_big':
      return {
        en: `${issue.message} (got ${got})`,
        vi:
          issue.origin === 'string'
            ? `Tối đa ${String(issue.maximum)} ký tự.`
            : issue.origin === 'array'
              ? `Nhiều nhất ${String(issue.maximum)} mục.`
              : `Không được lớn hơn ${String(issue.maximum)}${gotVi}.`,
      };
    case 'invalid_format':
      return { en: `${issue.message} (got ${got})`, vi: formatInVietnamese(issue) };
    case 'custom':
      if (/visible/u.test(issue.message))
        return {
          en: `${issue.message} (got ${got})`,
          vi: `Không được để trống: chỉ có khoảng trắng hoặc ký tự ẩn${gotVi}.`,
        };
      if (/date that exists/u.test(issue.message))
        return { en: `${issue.message} (got ${got})`, vi: `Không có ngày này${gotVi}: kiểm tra tháng (1–12) và ngày.` };
      return { en: `${issue.message} (got ${got})`, vi: `Giá trị không hợp lệ${gotVi}.` };
    default:
      return { en: `${issue.message} (got ${got})`, vi: `Giá trị không hợp lệ${gotVi}.` };
  }
}

/** Validates `data` against `schema`; returns the parsed value or the problems. */
export function checkSchema<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { ok: true; value: z.infer<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => problem(file, pointer(issue.path), message(issue, data))),
  };
}
