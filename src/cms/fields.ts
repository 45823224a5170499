/**
 * What the web editor needs to know about fields beyond the schemas: which ids point to
 * what, and which texts are long enough for a text area. Keyed by field path (list items
 * as "*"); a test checks that every path exists in the schemas and that every reference
 * field of the schemas is listed here.
 */
import type { EntryKind } from '../validation/parse.ts';

/** What a reference field picks from. */
export type ReferenceTarget =
  | 'former-province'
  | 'any-province'
  | 'indicator'
  | 'category'
  | 'report'
  | 'model'
  | 'figure'
  | 'chart'
  | 'sibling-figures';

export const REFERENCES: Record<EntryKind, Record<string, ReferenceTarget>> = {
  report: {
    province: 'former-province',
    'figures.*.indicator': 'indicator',
    'figures.*.model': 'model',
    'figures.*.parts': 'sibling-figures',
    'corrections.*.figure': 'figure',
  },
  model: { province: 'former-province', category: 'category', units: 'figure', reports: 'report' },
  chart: { 'items.*.figure': 'figure' },
  article: { provinces: 'any-province', models: 'model', reports: 'report', hero: 'figure' },
  overview: { province: 'any-province' },
};

/** Fields that are the entry's own id (or a figure's): typed, not picked. */
export const OWN_IDS: Record<EntryKind, readonly string[]> = {
  report: ['id', 'figures.*.id'],
  model: ['slug'],
  chart: ['id'],
  article: [],
  overview: [],
};

/** Texts of a sentence or more: a text area rather than a one-line box. */
export const LONG_TEXTS = new Set([
  'summary',
  'description',
  'note',
  'yearInferred',
  'inferred',
  'provinceInferred',
  'unknowns',
  'what',
  'why',
]);
