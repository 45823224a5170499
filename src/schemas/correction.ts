import { z } from 'astro/zod';
import { field, id, optional, text } from './common.ts';

/** A day written YYYY-MM-DD (that it exists is checked by the validator). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');

/**
 * One correction the portal made to a published report or one of its figures: when, what
 * changed and why. Pages show it as a change note; /dinh-chinh/ and its feed list them all.
 */
export const correctionSchema = z
  .object({
    /** The day the correction was published on the portal, YYYY-MM-DD. */
    date: field(isoDate, 'Ngày đính chính', 'Ngày cổng đăng bản đính chính, dạng YYYY-MM-DD.'),
    /** Id of the corrected figure (in this report), or nothing when the note is about the report. */
    figure: field(
      optional(id),
      'Số liệu được sửa',
      'Mã số liệu được sửa trong báo cáo này; để trống khi đính chính nói về cả báo cáo.',
    ),
    /** The figure's value before the correction, as the page printed it; with `figure` only. */
    previousValue: field(
      optional(z.number().nonnegative()),
      'Giá trị trước khi sửa',
      'Con số cổng đã đăng trước khi sửa (chỉ ghi khi sửa một số liệu). Trang hiện số này trong ghi chú đính chính.',
    ),
    /** What changed, in plain words ("Sửa số tổ hòa giải từ 1.172 thành 1.127"). */
    what: field(text, 'Điều đã thay đổi', 'Thay đổi gì, bằng lời dễ hiểu (“Sửa số tổ hòa giải cho đúng bản in”).'),
    /** Why it changed ("lỗi nhập liệu: hai chữ số bị đảo"). */
    why: field(text, 'Lý do', 'Vì sao phải sửa (“nhập nhầm khi chép từ báo cáo”, “báo cáo đã đính chính”).'),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
