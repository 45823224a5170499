import { z } from 'astro/zod';
import { draft, field, id, list, nullable, optional, slug, text, year } from './common.ts';

/** Who recognised a model, at what level, and when. */
export const recognitionSchema = z
  .object({
    /** The body that recognised it, as named ("Bộ Công an", "Cục V05 - Bộ Công an"). */
    by: field(text, 'Cơ quan ghi nhận', 'Ai ghi nhận, như nêu trong bài (“Bộ Công an”, “Cục V05 - Bộ Công an”).'),
    /** national = a ministry or its departments; province; district. */
    level: field(
      z.enum(['national', 'province', 'district']),
      'Cấp',
      'Cấp ghi nhận: Trung ương (Bộ hoặc các cục của Bộ), tỉnh, hoặc huyện.',
    ),
    /** What the recognition was, in the project's words ("thông báo nhân rộng trên toàn quốc"). */
    what: field(
      text,
      'Nội dung ghi nhận',
      'Ghi nhận điều gì, bằng lời của cổng (“thông báo nhân rộng trên toàn quốc”).',
    ),
    /** Year of the recognition, or null when the source does not give it. */
    year: field(nullable(year), 'Năm', 'Năm ghi nhận; để trống khi bài không nêu.'),
    /** Whether the recognition asks for replication across the country. */
    nationwide: field(z.boolean(), 'Nhân rộng toàn quốc', 'Đánh dấu khi việc ghi nhận yêu cầu nhân rộng ra cả nước.'),
    /** Why the year or scope is uncertain, if it is. */
    note: field(optional(text), 'Ghi chú', 'Vì sao năm hay phạm vi chưa chắc chắn, nếu có.'),
  })
  .strict();

export const LEVEL_LABELS: Record<z.infer<typeof recognitionSchema>['level'], string> = {
  national: 'Trung ương (Bộ Công an và các cục)',
  province: 'tỉnh',
  district: 'huyện',
};

/** One exemplary model (mô hình, điển hình tiên tiến) in one province. */
export const modelSchema = z
  .object({
    /** URL slug (/mo-hinh/<slug>/); unique; the file name. */
    slug: field(slug, 'Địa chỉ trang', 'Phần cuối địa chỉ /mo-hinh/<slug>/, duy nhất, trùng tên tệp.'),
    /** A draft is validated but never built. */
    draft,
    /** The model's name exactly as printed, without quotation marks. */
    name: field(text, 'Tên mô hình', 'Tên mô hình đúng như in, không có dấu ngoặc kép.'),
    /** Code of the former province it belongs to. */
    province: field(id, 'Tỉnh', 'Tỉnh (cũ) của mô hình.'),
    /** Commune/district/institution as printed; these units are historical after 01/07/2025. */
    place: field(
      nullable(text),
      'Địa bàn',
      'Xã, huyện hoặc cơ quan như in (là địa danh cũ sau 01/07/2025); để trống khi bài không nêu.',
    ),
    /** Kind of model: an id from content/reference/categories.json. */
    category: field(id, 'Loại mô hình', 'Loại mô hình: chọn trong danh mục loại.'),
    /** Year the model started, when stated, else null. */
    started: field(nullable(year), 'Năm bắt đầu', 'Năm mô hình bắt đầu, khi nguồn nói rõ; nếu không thì để trống.'),
    /** A year printed beside the model whose meaning the source does not make clear. */
    yearUnclear: field(
      optional(
        z
          .object({
            /** The year as printed. */
            year: field(year, 'Năm như in', 'Năm in cạnh tên mô hình.'),
            /** Why its meaning is unclear. */
            note: field(text, 'Vì sao chưa rõ', 'Vì sao chưa rõ năm này là năm gì.'),
          })
          .strict(),
      ),
      'Năm chưa rõ nghĩa',
      'Năm in cạnh mô hình mà nguồn không nói rõ là năm gì.',
    ),
    /** Recognitions stated in the sources. */
    recognitions: field(
      list(recognitionSchema),
      'Các lần được ghi nhận',
      'Các lần được ghi nhận nêu trong nguồn; để trống khi không có.',
    ),
    /** Id of the figure that counts how many units replicate it, if stated. */
    units: field(
      nullable(id),
      'Số đơn vị nhân rộng',
      'Số liệu đếm số đơn vị nhân rộng mô hình, nếu có; để trống khi bài không nêu.',
    ),
    /** True when recognised by the Ministry of Public Security for nationwide replication. */
    highlight: field(
      z.boolean(),
      'Mô hình tiêu biểu toàn quốc',
      'Đánh dấu khi Bộ Công an ghi nhận để nhân rộng toàn quốc; phải khớp với các lần được ghi nhận.',
    ),
    /** What the model is and does, in the project's own words. */
    summary: field(text, 'Tóm tắt', 'Mô hình là gì, làm gì, bằng lời của cổng.'),
    /** Ids of the reports that name it. */
    reports: field(z.array(id).min(1), 'Báo cáo nguồn', 'Các báo cáo nêu tên mô hình (ít nhất một).'),
  })
  .strict();

export type Model = z.infer<typeof modelSchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
