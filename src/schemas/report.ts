import { z } from 'astro/zod';
import { figureSchema } from './figure.ts';
import { id, partialDate, period, text } from './common.ts';

/** One source report: who published it, when, about where, and the figures it prints. */
export const reportSchema = z
  .object({
    /** Unique id; also the file name (content/reports/<id>.json) and the URL anchor. */
    id: id,
    /** The headline exactly as printed, or null when the report prints none. */
    title: text.nullable(),
    /** A short descriptive name in the project's own words, used where no title is printed. */
    name: text,
    /** Publisher as printed and as resolved; `inferred` says why when not printed. */
    publisher: z
      .object({
        /** The publisher's full name, or null when unknown. */
        name: text.nullable(),
        /** Exactly what the source prints for it ("BBK"), or null when nothing is printed. */
        asPrinted: text.nullable(),
        /** Why `name` is inferred from `asPrinted` or the page, or null when printed in full. */
        inferred: text.nullable(),
      })
      .strict(),
    /** The byline as printed, or null when none is printed. */
    author: text.nullable(),
    /** The section of the site the report ran in, as printed, or null. */
    section: text.nullable(),
    /** Publication date with its precision. */
    published: partialDate,
    /** Code of the former province (content/reference/provinces.json) the report is about. */
    province: id,
    /** Why the province is inferred when the report does not name it; null when named. */
    provinceInferred: text.nullable(),
    /** The period the report reviews. */
    period: period,
    /** The conference or event the report covers, if any. */
    event: z
      .object({
        /** Kind and subject of the event, in the project's words. */
        name: text,
        /** Who organised it, as named in the source. */
        organiser: text.nullable(),
        /** Where it was held, as printed, or null. */
        place: text.nullable(),
      })
      .strict()
      .nullable(),
    /** What the report covers, in the project's own words (2–4 sentences). */
    summary: text,
    /** What the report leaves out (year, province, publisher…), each in a plain sentence. */
    unknowns: z.array(text),
    /** The original file name of the report in the project's source archive, for traceability. */
    sourceFile: text,
    /** Every figure the report prints. */
    figures: z.array(figureSchema),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;
