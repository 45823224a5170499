/**
 * The one way content files are written: keys in the schema's order, 2-space JSON with a
 * final newline, frontmatter as single-quoted YAML, text in NFC with one tone placement.
 * Every content file is kept in this form (a test checks it), so a file the web editor or a
 * script writes differs from the last version only where its content does.
 */
import { stringify as stringifyYaml } from 'yaml';
import { normalizeVietnamese } from '../lib/text.ts';
import type { FieldNode, Shape } from './schema-tree.ts';

type Data = Record<string, unknown>;

export const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields of an object or of the variant its discriminator names (unknown variant: none). */
export function fieldsFor(shape: Shape, value: Data): FieldNode[] | undefined {
  if (shape.kind === 'object') return shape.fields;
  if (shape.kind === 'variants') return shape.options.find((o) => o.value === value[shape.discriminator])?.fields;
  return undefined;
}

/**
 * The value as the schema orders it. Keys the schema does not know are kept, after the known
 * ones, so that validation still reports them rather than the writer hiding them.
 */
export function canonicalValue(shape: Shape, value: unknown): unknown {
  if (typeof value === 'string') return normalizeVietnamese(value);
  if (Array.isArray(value)) return value.map((v) => canonicalValue(shape.kind === 'array' ? shape.element : shape, v));
  if (!isRecord(value)) return value;
  const fields = fieldsFor(shape, value);
  if (!fields) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalValue(shape, v)]));
  const out: Data = {};
  for (const field of fields) {
    // "Unknown" is written as null, whether the editor left the field out or wrote null.
    if (value[field.name] === undefined) {
      if (field.presence === 'nullable') out[field.name] = null;
      continue;
    }
    out[field.name] = canonicalValue(field.shape, value[field.name]);
  }
  for (const [key, v] of Object.entries(value)) if (!(key in out) && v !== undefined) out[key] = v;
  return out;
}

export function serializeJson(shape: Shape, data: unknown): string {
  return JSON.stringify(canonicalValue(shape, data), null, 2) + '\n';
}

/** "---\nfrontmatter\n---\n\nbody": the body keeps its own text, with one blank line after the block. */
export function serializeFrontmatter(shape: Shape, data: unknown, body: string): string {
  const yaml = stringifyYaml(canonicalValue(shape, data), {
    lineWidth: 0,
    defaultStringType: 'QUOTE_SINGLE',
    defaultKeyType: 'PLAIN',
  });
  const text = normalizeVietnamese(body).replace(/^\n+/u, '').replace(/\s*$/u, '\n');
  return `---\n${yaml}---\n\n${text}`;
}
