import { z } from 'astro/zod';
import { id, slug, text, year } from './common.ts';

/** Who recognised a model, at what level, and when. */
export const recognitionSchema = z
  .object({
    /** The body that recognised it, as named ("Bộ Công an", "Cục V05 - Bộ Công an"). */
    by: text,
    /** national = a ministry or its departments; province; district. */
    level: z.enum(['national', 'province', 'district']),
    /** What the recognition was, in the project's words ("thông báo nhân rộng trên toàn quốc"). */
    what: text,
    /** Year of the recognition, or null when the source does not give it. */
    year: year.nullable(),
    /** Whether the recognition asks for replication across the country. */
    nationwide: z.boolean(),
    /** Why the year or scope is uncertain, if it is. */
    note: text.optional(),
  })
  .strict();

/** One exemplary model (mô hình, điển hình tiên tiến) in one province. */
export const modelSchema = z
  .object({
    /** URL slug (/mo-hinh/<slug>/); unique; the file name. */
    slug: slug,
    /** The model's name exactly as printed, without quotation marks. */
    name: text,
    /** Code of the former province it belongs to. */
    province: id,
    /** Commune/district/institution as printed; these units are historical after 01/07/2025. */
    place: text.nullable(),
    /** Kind of model: an id from content/reference/categories.json. */
    category: id,
    /** Year the model started, when stated, else null. */
    started: year.nullable(),
    /** A year printed beside the model whose meaning the source does not make clear. */
    yearUnclear: z
      .object({
        /** The year as printed. */
        year: year,
        /** Why its meaning is unclear. */
        note: text,
      })
      .strict()
      .optional(),
    /** Recognitions stated in the sources. */
    recognitions: z.array(recognitionSchema),
    /** Id of the figure that counts how many units replicate it, if stated. */
    units: id.nullable(),
    /** True when recognised by the Ministry of Public Security for nationwide replication. */
    highlight: z.boolean(),
    /** What the model is and does, in the project's own words. */
    summary: text,
    /** Ids of the reports that name it. */
    reports: z.array(id).min(1),
  })
  .strict();

export type Model = z.infer<typeof modelSchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
