import { z } from 'astro/zod';
import { field, id, list, slug, text } from './common.ts';

const gsoCode = z.string().regex(/^\d{2}$/, 'expected a two-digit statistics office code');

/** A provincial unit that existed until 30/06/2025. */
export const formerProvinceSchema = z
  .object({
    /** Two-digit statistics office code before the merger. */
    code: gsoCode,
    /** Name, with the tone placement "Hòa". */
    name: text,
    /** ISO 3166-2 code before the merger. */
    iso: z.string().regex(/^VN-[0-9A-Z]{2}$/),
    /** URL slug. */
    slug: slug,
    /** Code of the current unit it was merged into on 01/07/2025. */
    mergedInto: gsoCode,
  })
  .strict();

/** A provincial unit from 01/07/2025. */
export const currentProvinceSchema = z
  .object({
    /** Two-digit statistics office code. */
    code: gsoCode,
    /** Name, with the tone placement "Hòa". */
    name: text,
    /** tỉnh (province) or thành phố (centrally-run city). */
    kind: z.enum(['tỉnh', 'thành phố']),
    /** URL slug. */
    slug: slug,
    /** Code of the former province whose seat became the seat; null when not merged. */
    seatFormer: gsoCode.nullable(),
    /** Position on the tile-grid map (one equal tile a unit, placed by geography). */
    tile: z.object({ col: z.number().int().min(0), row: z.number().int().min(0) }).strict(),
    /** Archipelagos that belong to the unit (Hoàng Sa, Trường Sa). */
    archipelagos: list(text),
  })
  .strict();

/** content/reference/provinces.json */
export const provincesSchema = z
  .object({
    /** The legal basis and date of the merger, for citation. */
    basis: text,
    /** The 63 units until 30/06/2025. */
    former: z.array(formerProvinceSchema).length(63),
    /** The 34 units from 01/07/2025. */
    current: z.array(currentProvinceSchema).length(34),
  })
  .strict();

/** One entry of the controlled vocabulary of what a figure measures. */
export const indicatorSchema = z
  .object({
    /** Id referenced by figures. */
    id: field(id, 'Mã chỉ tiêu', 'Chữ thường không dấu, số và dấu gạch nối (“patrol-members”); số liệu dùng mã này.'),
    /** Short Vietnamese name. */
    name: field(text, 'Tên chỉ tiêu', 'Tên ngắn bằng tiếng Việt (“Lượt người tham gia tuần tra”).'),
    /** English name, for /en/ and the data package. */
    nameEn: field(text, 'Tên tiếng Anh', 'Tên ngắn bằng tiếng Anh, cho trang tiếng Anh và bộ dữ liệu mở.'),
    /** What counts, in one or two plain sentences. */
    definition: field(
      text,
      'Định nghĩa',
      'Một hai câu: đếm cái gì. Mở đầu bằng “Số …” (hoặc “Tỷ lệ …” cho phần trăm) để trợ lý nhập biết chỉ tiêu đếm đơn vị nào.',
    ),
    /** Whether values from different provinces may be compared on one chart. */
    comparable: field(
      z.boolean(),
      'So sánh được giữa các tỉnh',
      'Đánh dấu khi các tỉnh đếm cùng một cách, để số của các tỉnh được đặt cạnh nhau trên một biểu đồ.',
    ),
  })
  .strict();

/** One kind of model. */
export const categorySchema = z
  .object({
    /** Id referenced by models. */
    id: id,
    /** Vietnamese name. */
    name: text,
    /** English name. */
    nameEn: text,
    /** What belongs here. */
    definition: text,
  })
  .strict();

/** One abbreviation used in the sources and the project's texts. */
export const glossarySchema = z
  .object({
    /** The abbreviation as written ("ANTT", "BCĐ 138"). */
    abbr: text,
    /** Its expansion in Vietnamese ("an ninh, trật tự"). */
    expansion: text,
    /** English expansion. */
    en: text,
    /** Other spellings of the expansion that should match in search. */
    variants: list(text),
  })
  .strict();

/**
 * A unit as figures write it, with its English name for the English page. A figure shown among
 * the headline figures (home page and /en/) needs its unit here; others may wait.
 */
export const unitSchema = z
  .object({
    /** The unit exactly as a figure's `unit` writes it ("lượt người", "%"). */
    vi: text,
    /** English, plural, as it follows a number ("attendances", "%"). */
    en: text,
  })
  .strict();

export const indicatorsSchema = z.array(indicatorSchema).min(1);
export const unitsSchema = z.array(unitSchema).min(1);
export const categoriesSchema = z.array(categorySchema).min(1);
export const glossaryListSchema = z.array(glossarySchema).min(1);

export type FormerProvince = z.infer<typeof formerProvinceSchema>;
export type CurrentProvince = z.infer<typeof currentProvinceSchema>;
export type Provinces = z.infer<typeof provincesSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Category = z.infer<typeof categorySchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type Unit = z.infer<typeof unitSchema>;
