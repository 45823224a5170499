import type { z } from 'astro/zod';
import { describeValue, pointer, type Problem } from './problems.ts';

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const ARTICLE: Record<string, string> = { array: 'an array', object: 'an object', integer: 'an integer' };

/** Plain messages for zod issues, naming what was expected and what was found. */
function message(issue: z.core.$ZodIssue, data: unknown): string {
  const got = describeValue(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (got === 'nothing')
        return `required field is missing (expected ${ARTICLE[issue.expected] ?? 'a ' + issue.expected})`;
      return `expected ${ARTICLE[issue.expected] ?? 'a ' + issue.expected}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'invalid_union':
      return `does not match any allowed shape (got ${got})`;
    default:
      return `${issue.message} (got ${got})`;
  }
}

/** Validates `data` against `schema`; returns the parsed value or the problems. */
export function checkSchema<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { ok: true; value: z.infer<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      field: pointer(issue.code === 'unrecognized_keys' ? issue.path : issue.path),
      message: message(issue, data),
    })),
  };
}
