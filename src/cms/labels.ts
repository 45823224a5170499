/** Where a problem is, in the words of the form: "/figures/2/value" → "Số liệu 3 › Con số". */
import { shapeFields, type FieldNode, type Shape } from './schema-tree.ts';

export function labelPath(tree: Shape, pointer: string): string {
  const parts: string[] = [];
  let shape: Shape | undefined = tree;
  for (const segment of pointer.split('/').slice(1)) {
    if (!shape) {
      parts.push(segment);
      continue;
    }
    if (shape.kind === 'array' && /^\d+$/u.test(segment)) {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${Number(segment) + 1}`.trim());
      shape = shape.element;
      continue;
    }
    const field: FieldNode | undefined = shapeFields(shape).find((f) => f.name === segment);
    parts.push(field?.title ?? segment);
    shape = field?.shape;
  }
  return parts.join(' › ');
}
