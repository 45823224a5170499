import { z } from 'astro/zod';

/**
 * A field's Vietnamese label and hint, as zod metadata (`title`, `description`). The web
 * editor's forms and the field tables of the editors' guide are generated from them, so
 * what a field means is written once, here, beside its rule.
 */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}

/**
 * An optional field. Left out or written `null`, it means the same: nothing recorded. Editors
 * write either (the web editor writes nothing; a hand-edited file may say null), so both are
 * accepted and read as absent.
 */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/**
 * A field that says "unknown" with null: the source does not give it. Left out, it reads the
 * same, so a non-required field is written either way; the canonical writer writes null, which
 * keeps "the source says nothing" visible in the file.
 */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined ? null : value), schema.nullable());
}

/**
 * A list that may be left out: left out, empty or written `null`, it reads as empty (the
 * editors' guide says a field that is not required may be left out or written null alike).
 */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === null ? undefined : value), z.array(item).default([]));
}

/** A slug: lower-case ASCII letters, digits and single hyphens (Vietnamese folded, đ → d). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of a-z, 0-9 and single hyphens');

/** An id used for cross-references; same alphabet as a slug. */
export const id = slug;

/**
 * Characters that show nothing: white space, format characters (U+200B, U+2060, U+FEFF, bidi
 * controls), the default-ignorable ones (Hangul fillers U+3164, U+115F) and the blank Braille
 * cell. A text made only of them looks empty on the page, so it is empty.
 */
const BLANK = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Whether a text has anything a reader can see. */
export const hasVisibleText = (value: string): boolean => !BLANK.test(value);

/** Text that must be non-empty after trimming, and visible (NFC is checked by the validator, not here). */
export const text = z
  .string()
  .trim()
  .min(1, 'expected non-empty text')
  .refine(hasVisibleText, 'expected visible text, got only invisible or blank characters');

/** Whether "YYYY-MM-DD" names a day that exists (no 2026-02-31, no month 13). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A day written YYYY-MM-DD that exists. Always text: frontmatter is read with YAML's core
 * schema (src/validation/parse.ts), where an unquoted date is text too, never a timestamp
 * rolled over into another day.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isRealDate, 'expected a date that exists, written YYYY-MM-DD');

/** A four-digit year in the range the movement's reports can cover. */
export const year = z.number().int().min(1945).max(2100);

/** A two-digit province code of the statistics office ("06"), former or current. */
export const provinceCode = z.string().regex(/^\d{2}$/, 'expected a two-digit province code');

/**
 * Marks an entry as a draft: validated like any other (placeholders such as "[Cần điền]"
 * are allowed only here), never built. Published entries may not point to a draft.
 */
export const draft = field(
  optional(z.boolean()),
  'Bản nháp',
  'Đánh dấu khi mục này chưa xong: bản nháp được kiểm tra nhưng không đưa lên trang. Bỏ đánh dấu để phát hành.',
);

/**
 * A date as the source gives it: any of day, month, year may be unknown (null).
 * `text` keeps how the source printed it; `yearInferred` is the reason when the
 * year is not printed but inferred.
 */
export const partialDate = z
  .object({
    /** The date exactly as printed in the source ("Ngày 16/10", "09/06/2023 16:30"). */
    text: field(text, 'Ngày như in', 'Ngày đúng như bài in (“Ngày 16/10”, “09/06/2023 16:30”).'),
    /** Year, or null when the source does not give it and nothing lets us infer it. */
    year: field(nullable(year), 'Năm', 'Năm, hoặc để trống khi bài không in và không có căn cứ để suy ra.'),
    /** Month 1–12, or null when unknown. */
    month: field(nullable(z.number().int().min(1).max(12)), 'Tháng', 'Tháng 1–12, hoặc để trống khi không rõ.'),
    /** Day of month 1–31, or null when unknown. */
    day: field(nullable(z.number().int().min(1).max(31)), 'Ngày', 'Ngày 1–31, hoặc để trống khi không rõ.'),
    /** Why the year is inferred, when it is not printed; null when printed or unknown. */
    yearInferred: field(
      nullable(text),
      'Lý do suy ra năm',
      'Vì sao suy ra được năm khi bài không in năm; để trống khi năm được in hoặc vẫn chưa biết.',
    ),
  })
  .strict();

/** How a figure relates to the exact number: the source's own hedge. */
export const qualifier = z.enum(['exact', 'over', 'about', 'nearly', 'under']);

/** What the qualifier select shows: the words a page prints (one tone placement). */
export const QUALIFIER_LABELS: Record<z.infer<typeof qualifier>, string> = {
  exact: 'đúng số (không có từ định lượng)',
  over: 'trên / hơn',
  about: 'khoảng',
  nearly: 'gần',
  under: 'dưới',
};

const periodNote = field(
  optional(text),
  'Ghi chú thời kỳ',
  'Điều bài nói về thời kỳ, bằng lời của cổng (ví dụ một năm không được tính).',
);

/**
 * The period a figure covers: a span of years, a point in time ("as of"),
 * or unknown with a note saying why.
 */
export const period = z.discriminatedUnion('kind', [
  z
    .object({
      /** A span of whole years, inclusive. */
      kind: field(z.literal('range'), 'Khoảng năm', 'Số liệu cộng dồn trong một khoảng năm, tính cả hai đầu.'),
      /** First year of the span. */
      from: field(year, 'Từ năm', 'Năm đầu của khoảng.'),
      /** Last year of the span. */
      to: field(year, 'Đến năm', 'Năm cuối của khoảng; không nhỏ hơn năm đầu.'),
      /** What the source says about the span, in the project's words (e.g. a year left out). */
      note: periodNote,
    })
    .strict(),
  z
    .object({
      /** A figure that holds at one moment ("đến nay", "hiện nay"). */
      kind: field(
        z.literal('asOf'),
        'Tại một thời điểm',
        'Số liệu tại một thời điểm (“hiện nay”, “đến nay”): thường là ngày của bài.',
      ),
      /** The moment; usually the report's date. */
      date: field(partialDate, 'Thời điểm', 'Ngày số liệu được tính tới; thường là ngày đăng bài.'),
      /** Extra context, in the project's words. */
      note: periodNote,
    })
    .strict(),
]);

export type PartialDate = z.infer<typeof partialDate>;
export type Qualifier = z.infer<typeof qualifier>;
export type Period = z.infer<typeof period>;
