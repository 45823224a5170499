import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { figureSchema } from './figure.ts';
import { draft, field, id, list, nullable, partialDate, period, text } from './common.ts';

/** One source report: who published it, when, about where, and the figures it prints. */
export const reportSchema = z
  .object({
    /** Unique id; also the file name (content/reports/<id>.json) and the URL anchor. */
    id: field(
      id,
      'Mã báo cáo',
      'Duy nhất; cũng là tên tệp và địa chỉ trang /nguon/<mã>/. Mẫu <tỉnh>-<năm>-<chủ đề>, bỏ năm khi không biết.',
    ),
    /** A draft is validated but never built. */
    draft,
    /** The headline exactly as printed, or null when the report prints none. */
    title: field(nullable(text), 'Tiêu đề như in', 'Tiêu đề đúng như in; để trống khi bài không có tiêu đề.'),
    /** A short descriptive name in the project's own words, used where no title is printed. */
    name: field(text, 'Tên ngắn', 'Tên ngắn mô tả bài, bằng lời của cổng; dùng ở nơi không có tiêu đề.'),
    /** Publisher as printed and as resolved; `inferred` says why when not printed. */
    publisher: field(
      z
        .object({
          /** The publisher's full name, or null when unknown. */
          name: field(nullable(text), 'Tên cơ quan đăng', 'Tên đầy đủ của cơ quan đăng; để trống khi không biết.'),
          /** Exactly what the source prints for it ("BBK"), or null when nothing is printed. */
          asPrinted: field(
            nullable(text),
            'Như in',
            'Đúng những gì bài in về cơ quan đăng (“BBK”); để trống khi bài không in gì.',
          ),
          /** Why `name` is inferred from `asPrinted` or the page, or null when printed in full. */
          inferred: field(
            nullable(text),
            'Lý do suy ra',
            'Vì sao tên được suy ra từ chữ in hay từ trang bài; để trống khi tên được in đầy đủ.',
          ),
        })
        .strict(),
      'Cơ quan đăng',
      'Cơ quan đăng bài: như in và như đã xác định.',
    ),
    /** The byline as printed, or null when none is printed. */
    author: field(nullable(text), 'Tác giả', 'Tên tác giả như in; để trống khi bài không ghi.'),
    /** The section of the site the report ran in, as printed, or null. */
    section: field(nullable(text), 'Chuyên mục', 'Chuyên mục như in (“Chính trị”); để trống khi không có.'),
    /** Publication date with its precision. */
    published: field(partialDate, 'Ngày đăng', 'Ngày đăng, kèm mức chính xác: phần nào không rõ thì để trống.'),
    /** Code of the former province (content/reference/provinces.json) the report is about. */
    province: field(id, 'Tỉnh', 'Tỉnh (cũ) mà bài nói tới, tức đơn vị lúc bài được viết.'),
    /** Why the province is inferred when the report does not name it; null when named. */
    provinceInferred: field(
      nullable(text),
      'Lý do suy ra tỉnh',
      'Căn cứ suy ra tỉnh khi bài không nêu tên tỉnh; để trống khi bài có nêu.',
    ),
    /** The period the report reviews. */
    period: field(period, 'Thời kỳ', 'Thời kỳ bài tổng kết.'),
    /** The conference or event the report covers, if any. */
    event: field(
      nullable(
        z
          .object({
            /** Kind and subject of the event, in the project's words. */
            name: field(text, 'Sự kiện', 'Loại và chủ đề của sự kiện, bằng lời của cổng.'),
            /** Who organised it, as named in the source. */
            organiser: field(
              nullable(text),
              'Đơn vị tổ chức',
              'Đơn vị tổ chức như nêu trong bài; để trống khi không rõ.',
            ),
            /** Where it was held, as printed, or null. */
            place: field(nullable(text), 'Nơi tổ chức', 'Nơi tổ chức như in; để trống khi không rõ.'),
          })
          .strict(),
      ),
      'Sự kiện',
      'Hội nghị, sự kiện bài đưa tin; để trống khi bài không nói về sự kiện nào.',
    ),
    /** What the report covers, in the project's own words (2–4 sentences). */
    summary: field(text, 'Tóm tắt', 'Hai đến bốn câu bằng lời của cổng: bài nói gì.'),
    /** What the report leaves out (year, province, publisher…), each in a plain sentence. */
    unknowns: field(
      list(text),
      'Điều bài không nói',
      'Những điều bài bỏ ngỏ (năm, tỉnh, cơ quan đăng…), mỗi điều một câu đơn giản.',
    ),
    /** The original file name of the report in the project's source archive, for traceability. */
    sourceFile: field(text, 'Tệp nguồn', 'Tên tệp gốc của bài trong kho nguồn, để truy lại.'),
    /** Every figure the report prints. */
    figures: field(z.array(figureSchema), 'Số liệu', 'Mọi số liệu bài in.'),
    /** Corrections the portal made after publishing this report's page, oldest first. */
    corrections: field(
      z.array(correctionSchema).default([]),
      'Đính chính',
      'Mỗi lần cổng sửa báo cáo hay một số liệu sau khi đã đăng: ngày, điều đã thay đổi, lý do. Sửa con số đã đăng mà không ghi đính chính thì bị báo lỗi.',
    ),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;
