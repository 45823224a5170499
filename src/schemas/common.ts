import { z } from 'astro/zod';

/** A slug: lower-case ASCII letters, digits and single hyphens (Vietnamese folded, đ → d). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of a-z, 0-9 and single hyphens');

/** An id used for cross-references; same alphabet as a slug. */
export const id = slug;

/** Text that must be non-empty after trimming (NFC is checked by the validator, not here). */
export const text = z.string().trim().min(1, 'expected non-empty text');

/** A four-digit year in the range the movement's reports can cover. */
export const year = z.number().int().min(1945).max(2100);

/**
 * A date as the source gives it: any of day, month, year may be unknown (null).
 * `text` keeps how the source printed it; `yearInferred` is the reason when the
 * year is not printed but inferred.
 */
export const partialDate = z
  .object({
    /** The date exactly as printed in the source ("Ngày 16/10", "09/06/2023 16:30"). */
    text: text,
    /** Year, or null when the source does not give it and nothing lets us infer it. */
    year: year.nullable(),
    /** Month 1–12, or null when unknown. */
    month: z.number().int().min(1).max(12).nullable(),
    /** Day of month 1–31, or null when unknown. */
    day: z.number().int().min(1).max(31).nullable(),
    /** Why the year is inferred, when it is not printed; null when printed or unknown. */
    yearInferred: text.nullable().default(null),
  })
  .strict();

/** How a figure relates to the exact number: the source's own hedge. */
export const qualifier = z.enum(['exact', 'over', 'about', 'nearly', 'under']);

/**
 * The period a figure covers: a span of years, a point in time ("as of"),
 * or unknown with a note saying why.
 */
export const period = z.discriminatedUnion('kind', [
  z
    .object({
      /** A span of whole years, inclusive. */
      kind: z.literal('range'),
      /** First year of the span. */
      from: year,
      /** Last year of the span. */
      to: year,
      /** What the source says about the span, in the project's words (e.g. a year left out). */
      note: text.optional(),
    })
    .strict(),
  z
    .object({
      /** A figure that holds at one moment ("đến nay", "hiện nay"). */
      kind: z.literal('asOf'),
      /** The moment; usually the report's date. */
      date: partialDate,
      /** Extra context, in the project's words. */
      note: text.optional(),
    })
    .strict(),
]);

export type PartialDate = z.infer<typeof partialDate>;
export type Qualifier = z.infer<typeof qualifier>;
export type Period = z.infer<typeof period>;
