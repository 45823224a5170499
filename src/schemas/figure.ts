import { z } from 'astro/zod';
import { field, id, optional, period, qualifier, text } from './common.ts';

/** One number a report prints, with everything needed to quote it honestly. */
export const figureSchema = z
  .object({
    /** Unique across all reports; referenced by articles, charts and `parts`. */
    id: field(
      id,
      'Mã số liệu',
      'Duy nhất trong mọi báo cáo; bài viết, biểu đồ và “các phần” dùng mã này. Nên bắt đầu bằng tiền tố của báo cáo (bk-, hb20-, nd-).',
    ),
    /** What is measured: an id from content/reference/indicators.json. */
    indicator: field(id, 'Chỉ tiêu', 'Số liệu đo cái gì: chọn trong danh mục chỉ tiêu.'),
    /** The thing counted, named as the source names it ("Tổ an ninh nhân dân"). */
    label: field(text, 'Tên thứ được đếm', 'Gọi đúng như nguồn (“Tổ an ninh nhân dân”).'),
    /** The number itself; percentages as 7.39, not 0.0739. */
    value: field(
      z.number().nonnegative(),
      'Con số',
      'Số không âm. Phần trăm ghi theo phần trăm: 7,39% là 7,39 (trong tệp JSON viết 7.39), không phải 0,0739; “1,2 triệu” là 1.200.000.',
    ),
    /** When the figure is a share "123/131", the whole it is out of (131). */
    outOf: field(
      optional(z.number().positive()),
      'Trên tổng số',
      'Khi số liệu là “phần trên tổng” như “123/131”: ghi tổng (131).',
    ),
    /** The unit as a Vietnamese noun ("tổ", "lượt người", "%"). */
    unit: field(text, 'Đơn vị', 'Danh từ tiếng Việt sau con số (“tổ”, “lượt người”, “%”).'),
    /** exact | over | about | nearly | under: the source's hedge. */
    qualifier: field(
      qualifier,
      'Từ định lượng',
      'Chữ đứng trước con số trong nguồn: không có, trên / hơn, khoảng, gần, dưới.',
    ),
    /** The source's own word for `over` when it matters ("trên" or "hơn"); default "trên". */
    qualifierWord: field(
      optional(z.enum(['trên', 'hơn'])),
      'Chữ nguồn dùng',
      'Với “trên / hơn”: chữ bài in, để trích đúng. Bỏ trống thì trang viết “trên”.',
    ),
    /** A result achieved (the default) or a target set: a plan must never read as an achievement. */
    kind: field(
      optional(z.enum(['result', 'target'])),
      'Kết quả hay mục tiêu',
      'result: kết quả đã đạt (mặc định, có thể bỏ trống); target: chỉ tiêu, mục tiêu đề ra (“phấn đấu đến năm 2030…”). Trang ghi rõ “mục tiêu” trước số liệu mục tiêu.',
    ),
    /** The time the figure covers. */
    period: field(period, 'Thời kỳ', 'Thời gian số liệu bao phủ: một khoảng năm, hoặc một thời điểm.'),
    /** Where the figure applies, in the project's words ("toàn tỉnh", "cấp xã"). */
    scope: field(text, 'Phạm vi', 'Số liệu áp dụng ở đâu, bằng lời của cổng (“toàn tỉnh”, “cấp xã”).'),
    /** Ids of figures (same report) that add up to this one. */
    parts: field(
      optional(z.array(id).min(2)),
      'Các phần',
      'Các số liệu cùng báo cáo cộng lại thành số này (ít nhất hai); tổng được kiểm tra.',
    ),
    /** Slug of the model this figure is about, if it is about one model. */
    model: field(optional(id), 'Mô hình', 'Mô hình mà số liệu nói tới, khi nó nói về đúng một mô hình.'),
    /**
     * Read from the report's text by the import assistant and not yet accepted by an editor:
     * review state, not a mark in each field. A published report may not hold one.
     */
    proposed: field(
      optional(z.boolean()),
      'Máy đề xuất, chưa duyệt',
      'Trợ lý nhập đọc số liệu này từ bài. Đối chiếu với bài, sửa nếu cần, rồi bỏ đánh dấu để nhận; số không phải số liệu thì xóa cả mục. Còn mục nào đánh dấu thì báo cáo chưa phát hành được.',
    ),
    /** Show this figure among the headline figures on the home page. */
    headline: field(optional(z.boolean()), 'Nổi bật', 'Đưa số liệu lên nhóm số liệu nổi bật ở trang chủ.'),
    /** Context a reader needs, in the project's words. */
    note: field(optional(text), 'Ghi chú', 'Điều người đọc cần biết thêm, bằng lời của cổng.'),
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;
