/** Rules on every string of an entry: NFC, and placeholders left in published entries. */
import { describeValue, problem, type Problem } from './problems.ts';

/** Every string inside `value`, with its path. */
export function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}/${i}`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}/${k}`);
}

export function checkNfc(file: string, value: unknown, problems: Problem[]): void {
  for (const [path, s] of strings(value)) {
    if (s !== s.normalize('NFC'))
      problems.push(
        problem(file, path, {
          en: `text is not in Unicode NFC form: ${describeValue(s)}`,
          vi:
            'Chữ có dấu ở dạng tổ hợp (Unicode NFD), thường do dán từ PDF hay Word: nhìn giống hệt nhưng máy đọc khác. ' +
            'Hãy gõ lại bằng bộ gõ tiếng Việt (Unicode dựng sẵn), hoặc chuẩn hóa NFC.',
        }),
      );
  }
}

/**
 * What scaffolding, the import assistant and editors write where something is still to be
 * done: "[Cần điền]", "[Cần xác nhận] …". Allowed in drafts only, so none can be published.
 */
export const PLACEHOLDER = /\[Cần [^\]]+\]/u;

export function checkPlaceholders(file: string, value: unknown, problems: Problem[]): void {
  for (const [path, s] of strings(value)) {
    const found = PLACEHOLDER.exec(s);
    if (found)
      problems.push(
        problem(file, path, {
          en: `placeholder "${found[0]}" is still there: fill it in, or keep the entry a draft`,
          vi: `Còn chỗ “${found[0]}” chưa xong: hãy điền hoặc xác nhận, hoặc giữ mục này là bản nháp.`,
        }),
      );
  }
}
