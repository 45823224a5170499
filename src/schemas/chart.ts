import { z } from 'astro/zod';
import { draft, field, id, optional, text } from './common.ts';

const itemFields = {
  /** Id of the figure drawn. */
  figure: field(id, 'Số liệu', 'Số liệu được vẽ.'),
  /** Label on the chart; defaults to the figure's own label. */
  label: field(optional(text), 'Nhãn', 'Nhãn trên biểu đồ; bỏ trống thì dùng tên của số liệu.'),
  /** Group (series) for grouped bars, e.g. "tập thể" / "cá nhân". */
  group: field(optional(text), 'Nhóm', 'Nhóm (dãy) của cột, với biểu đồ cột nhóm: ví dụ “tập thể” / “cá nhân”.'),
};

/** One bar or point: a figure, optionally relabelled and placed in a group. */
const chartItem = z.object(itemFields).strict();

/** A grouped bar: label and group are required. */
const groupedItem = z
  .object({
    ...itemFields,
    label: field(text, 'Nhãn', 'Nhãn (hạng mục) của cột trên biểu đồ.'),
    group: field(text, 'Nhóm', 'Nhóm (dãy) của cột: ví dụ “tập thể” / “cá nhân”.'),
  })
  .strict();

/** Fields every chart starts with; its `type` follows, then `text`, then the type's own fields. */
const head = {
  /** Unique id; the file name and the URL (/bieu-do/<id>/). */
  id: field(id, 'Mã biểu đồ', 'Duy nhất; tên tệp và địa chỉ trang /bieu-do/<mã>/.'),
  /** A draft is validated but never built. */
  draft,
};

const words = {
  /** Title: what the chart shows, in plain Vietnamese. */
  title: field(text, 'Tiêu đề', 'Biểu đồ cho thấy gì, bằng tiếng Việt dễ hiểu.'),
  /** One line under the title: where and when. */
  subtitle: field(optional(text), 'Dòng phụ', 'Một dòng dưới tiêu đề: ở đâu, khi nào (không bắt buộc).'),
  /** A sentence for the caption: what to keep in mind when reading it. */
  note: field(optional(text), 'Chú thích', 'Một câu chú thích: điều cần nhớ khi đọc (không bắt buộc).'),
};

const items = <T extends z.ZodType>(schema: T, description: string): T => field(schema, 'Các cột, điểm', description);

/** content/charts/<id>.json: a chart an editor defines without code. */
export const chartSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...head,
      /** Horizontal bars of figures that share a unit. */
      type: field(z.literal('bar'), 'Cột ngang', 'Cột ngang của các số liệu cùng đơn vị.'),
      ...words,
      /** The bars, in order. */
      items: items(z.array(chartItem).min(1), 'Các cột, theo thứ tự (ít nhất một).'),
    })
    .strict(),
  z
    .object({
      ...head,
      /** Bars grouped by `group` within each label. */
      type: field(z.literal('grouped-bar'), 'Cột nhóm', 'Cột theo nhóm trong mỗi nhãn (ví dụ tập thể / cá nhân).'),
      ...words,
      /** Every bar, each with a label (category) and a group. */
      items: items(z.array(groupedItem).min(2), 'Mọi cột, mỗi cột có nhãn và nhóm (ít nhất hai).'),
      /** Stack the groups instead of placing them side by side. */
      stacked: field(z.boolean().default(false), 'Xếp chồng', 'Xếp chồng các nhóm thay vì đặt cạnh nhau.'),
    })
    .strict(),
  z
    .object({
      ...head,
      /** A before/after comparison of two figures of the same indicator. */
      type: field(z.literal('slope'), 'Trước / sau', 'So sánh trước / sau của hai số liệu cùng chỉ tiêu.'),
      ...words,
      /** Exactly two figures: before, then after. */
      items: items(z.array(chartItem).length(2), 'Đúng hai số liệu: trước rồi sau.'),
    })
    .strict(),
  z
    .object({
      ...head,
      /** A share of a whole (a figure with `outOf`). */
      type: field(z.literal('proportion'), 'Phần trên tổng', 'Phần trên tổng của một số liệu có “trên tổng số”.'),
      ...words,
      /** The one figure. */
      items: items(z.array(chartItem).length(1), 'Đúng một số liệu, có “trên tổng số”.'),
    })
    .strict(),
  z
    .object({
      ...head,
      /** Models on a year axis. */
      type: field(
        z.literal('timeline'),
        'Dòng thời gian',
        'Các mô hình trên trục năm (quá 60 mô hình thì đếm theo năm).',
      ),
      ...words,
      /** Which year places a model: when it started or when it was recognised. */
      by: field(
        z.enum(['started', 'recognised']),
        'Theo năm',
        'Năm đặt mô hình lên trục: năm bắt đầu hoặc năm được ghi nhận.',
      ),
    })
    .strict(),
  z
    .object({
      ...head,
      /** The tile-grid map of the 34 current units. */
      type: field(z.literal('tile-map'), 'Bản đồ ô', 'Bản đồ ô của 34 đơn vị hiện nay.'),
      ...words,
      /** What each tile counts. */
      measure: field(
        z.enum(['models', 'highlighted-models', 'figures']),
        'Đếm gì',
        'Mỗi ô đếm gì: mô hình, mô hình tiêu biểu toàn quốc, hay số liệu.',
      ),
    })
    .strict(),
]);

/** What the editor's selects show for the options above. */
export const BY_LABELS = { started: 'năm bắt đầu', recognised: 'năm được ghi nhận' } as const;
export const MEASURE_LABELS = {
  models: 'số mô hình',
  'highlighted-models': 'số mô hình tiêu biểu toàn quốc',
  figures: 'số số liệu',
} as const;

export type Chart = z.infer<typeof chartSchema>;
