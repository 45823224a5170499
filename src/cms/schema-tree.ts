/**
 * The content schemas as a plain tree of fields: name, Vietnamese label and hint, whether the
 * field may be left out or null, and its shape. One walk over zod's definitions serves the
 * web editor's generated configuration, the canonical file writer and the field tables of
 * the editors' guide, so none of them repeats what the schemas say.
 */
import { z } from 'astro/zod';

export type Shape =
  | { kind: 'object'; fields: FieldNode[] }
  | { kind: 'variants'; discriminator: string; options: Variant[] }
  | { kind: 'array'; element: Shape; min: number | undefined; max: number | undefined }
  | { kind: 'string'; pattern: RegExp | undefined; maxLength: number | undefined }
  | { kind: 'number'; integer: boolean; min: number | undefined; max: number | undefined; positive: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; value: string };

/** One shape of a discriminated union: the value of its discriminator, and its fields. */
export interface Variant {
  value: string;
  title: string;
  description: string;
  fields: FieldNode[];
}

/**
 * - required: must be there with a value;
 * - nullable: must be there; null records "the source does not say";
 * - optional: may be left out (or null, which reads the same).
 */
export type Presence = 'required' | 'nullable' | 'optional';

export interface FieldNode {
  name: string;
  title: string;
  description: string;
  presence: Presence;
  /** The schema's default, when it has one (written when a form leaves the field empty). */
  default?: unknown;
  shape: Shape;
}

interface Meta {
  title?: string | undefined;
  description?: string | undefined;
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;
const metaOf = (schema: z.core.$ZodType): Meta => (z.globalRegistry.get(schema as z.ZodType) ?? {}) as Meta;

/** Peels optional/nullable/default/preprocess wrappers, noting what each says, and the outermost metadata. */
function unwrap(schema: z.core.$ZodType): {
  inner: z.core.$ZodType;
  optional: boolean;
  nullable: boolean;
  default?: unknown;
  meta: Meta;
} {
  let current = schema;
  let optional = false;
  let nullable = false;
  let fallback: unknown;
  let hasDefault = false;
  const meta: Meta = {};
  for (;;) {
    const m = metaOf(current);
    meta.title ??= m.title;
    meta.description ??= m.description;
    const def = defOf(current);
    if (def.type === 'optional') {
      optional = true;
      current = def['innerType'] as z.core.$ZodType;
    } else if (def.type === 'nullable') {
      nullable = true;
      current = def['innerType'] as z.core.$ZodType;
    } else if (def.type === 'default') {
      hasDefault = true;
      fallback = def['defaultValue'];
      current = def['innerType'] as z.core.$ZodType;
    } else if (def.type === 'pipe') {
      // z.preprocess(...) is a pipe from a transform into the real schema; z.date().transform
      // is a pipe from the schema into a transform. Either way the schema side is kept.
      const into = def['in'] as z.core.$ZodType;
      current = defOf(into).type === 'transform' ? (def['out'] as z.core.$ZodType) : into;
    } else break;
  }
  return { inner: current, optional, nullable, ...(hasDefault ? { default: fallback } : {}), meta };
}

function checksOf(def: Def): Array<Record<string, unknown>> {
  const checks = (def['checks'] ?? []) as z.core.$ZodCheck[];
  return checks.map((c) => c._zod.def as unknown as Record<string, unknown>);
}

function shapeOf(schema: z.core.$ZodType): Shape {
  const def = defOf(schema);
  const checks = checksOf(def);
  switch (def.type) {
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema) };
    case 'union': {
      const options = def['options'] as z.core.$ZodType[];
      const discriminator = def['discriminator'] as string | undefined;
      // A plain union (a date as text or as a YAML date) is edited as its first form.
      if (!discriminator) return shapeOf(options[0]!);
      return {
        kind: 'variants',
        discriminator,
        options: options.map((option) => {
          const fields = fieldsOf(option);
          const tag = fields.find((f) => f.name === discriminator);
          if (tag?.shape.kind !== 'literal') throw new Error(`union member without a literal "${discriminator}"`);
          return { value: tag.shape.value, title: tag.title, description: tag.description, fields };
        }),
      };
    }
    case 'array': {
      const min = checks.find((c) => c['check'] === 'min_length' || c['check'] === 'length_equals');
      const max = checks.find((c) => c['check'] === 'max_length' || c['check'] === 'length_equals');
      const size = (c: Record<string, unknown> | undefined) =>
        c === undefined ? undefined : ((c['minimum'] ?? c['maximum'] ?? c['length']) as number);
      return {
        kind: 'array',
        element: shapeOf(unwrap(def['element'] as z.core.$ZodType).inner),
        min: size(min),
        max: size(max),
      };
    }
    case 'string': {
      const regex = checks.find((c) => c['check'] === 'string_format' && c['format'] === 'regex');
      const max = checks.find((c) => c['check'] === 'max_length');
      return {
        kind: 'string',
        pattern: regex?.['pattern'] as RegExp | undefined,
        maxLength: max?.['maximum'] as number | undefined,
      };
    }
    case 'number': {
      const lower = checks.find((c) => c['check'] === 'greater_than');
      const upper = checks.find((c) => c['check'] === 'less_than');
      return {
        kind: 'number',
        integer: checks.some((c) => c['check'] === 'number_format' && /int/u.test(String(c['format']))),
        min: lower?.['value'] as number | undefined,
        max: upper?.['value'] as number | undefined,
        positive: lower !== undefined && lower['inclusive'] === false && lower['value'] === 0,
      };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def['entries'] as Record<string, string>) };
    case 'literal':
      return { kind: 'literal', value: String((def['values'] as unknown[])[0]) };
    default:
      throw new Error(`schema-tree: no form for a zod "${def.type}"`);
  }
}

/** The fields of an object schema, in the schema's order (the order files are written in). */
export function fieldsOf(schema: z.core.$ZodType): FieldNode[] {
  const { inner } = unwrap(schema);
  const shape = defOf(inner)['shape'] as Record<string, z.core.$ZodType> | undefined;
  if (!shape) throw new Error('schema-tree: expected an object schema');
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const { inner: core, optional, nullable, meta, ...rest } = unwrap(fieldSchema);
    if (!meta.title || !meta.description)
      throw new Error(`schema-tree: field "${name}" has no Vietnamese label and hint (field() in src/schemas)`);
    return {
      name,
      title: meta.title,
      description: meta.description,
      presence: optional ? 'optional' : nullable ? 'nullable' : 'required',
      ...('default' in rest ? { default: rest.default } : {}),
      shape: shapeOf(core),
    };
  });
}

/** The whole tree of an entry schema: an object, or variants (charts). */
export function treeOf(schema: z.core.$ZodType): Shape {
  return shapeOf(unwrap(schema).inner);
}

/**
 * The fields a shape may hold: an object's, or every variant's, each name once in first-seen
 * order (a chart's types share most fields, and their labels agree where names do).
 */
export function shapeFields(shape: Shape): FieldNode[] {
  if (shape.kind === 'object') return shape.fields;
  if (shape.kind !== 'variants') return [];
  const seen = new Map<string, FieldNode>();
  for (const option of shape.options) for (const f of option.fields) if (!seen.has(f.name)) seen.set(f.name, f);
  return [...seen.values()];
}
