/**
 * From what a form holds to what a content file holds: a form keeps "" for an empty box, []
 * for an empty list, false for an unticked box, and the fields of a variant the editor
 * switched away from. The schema says what each of those means: a nullable field becomes
 * null, an optional one is left out, a required one stays missing (so validation names it).
 * Pure; run before validation and before writing.
 */
import { fieldsFor, isRecord } from './canonical.ts';
import type { FieldNode, Shape } from './schema-tree.ts';

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Every field name any variant of the shape has: a form may hold those of another variant. */
function variantNames(shape: Shape): Set<string> {
  return new Set(shape.kind === 'variants' ? shape.options.flatMap((o) => o.fields.map((f) => f.name)) : []);
}

function cleanValue(shape: Shape, value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((v) => cleanValue(shape.kind === 'array' ? shape.element : shape, v));
  if (!isRecord(value)) return value;
  const fields = fieldsFor(shape, value);
  if (!fields) return value;
  const other = variantNames(shape);
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const cleaned = cleanField(field, value[field.name]);
    if (cleaned !== undefined) out[field.name] = cleaned;
  }
  for (const [key, v] of Object.entries(value))
    if (!fields.some((f) => f.name === key) && !other.has(key) && !FORM_INTERNAL.test(key) && v !== undefined)
      out[key] = v;
  return out;
}

/** Keys a form keeps for itself on list items ("__sc_item_id"): never content. */
const FORM_INTERNAL = /^__sc_/u;

function cleanField(field: FieldNode, value: unknown): unknown {
  // A required group of fields is there even when all of them are empty (each then says so).
  if (field.presence === 'required' && field.shape.kind === 'object' && !isRecord(value))
    return cleanValue(field.shape, {});
  const cleaned = cleanValue(field.shape, value);
  // An untouched box is an unticked one.
  if (field.shape.kind === 'boolean' && field.presence === 'required' && isEmpty(cleaned))
    return field.default ?? false;
  // An unticked optional box says nothing beyond its absence ("draft", "headline").
  const unsaid = field.shape.kind === 'boolean' ? cleaned === false || isEmpty(cleaned) : isEmpty(cleaned);
  if (field.presence === 'optional' && unsaid) return undefined;
  if (field.presence === 'nullable' && isEmpty(cleaned)) return null;
  if (field.presence === 'required' && isEmpty(cleaned) && !(field.shape.kind === 'object' && isRecord(cleaned))) {
    if (field.default !== undefined) return field.default;
    // A form leaves an empty list out; a required list with no minimum is simply empty.
    if (field.shape.kind === 'array' && !field.shape.min) return [];
    return Array.isArray(cleaned) ? cleaned : undefined;
  }
  return cleaned;
}

/** Form data → file data, by the entry's schema tree. */
export function fromForm(tree: Shape, data: unknown): unknown {
  return cleanValue(tree, data);
}
