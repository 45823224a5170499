/** Rules on every string of an entry: NFC, no hidden controls, and placeholders left in published entries. */
import { describeValue, problem, showUnseen, type Problem } from './problems.ts';

/**
 * Every string inside `value`, with its path, in document order. An explicit stack, not
 * recursion: no file can drive it past the call stack.
 */
export function* strings(value: unknown, path = ''): Generator<[string, string]> {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') yield [at, v];
    else if (v !== null && typeof v === 'object') {
      const entries = Array.isArray(v) ? [...v.entries()] : Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        stack.push([child, `${at}/${String(k)}`]);
      }
    }
  }
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
 * Characters that have no place in the site's text: control characters (other than tab and
 * line breaks) and the bidi embedding, override and isolate controls, which reorder what a
 * reader sees around them ("Trojan Source").
 */
const HIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function checkControls(file: string, value: unknown, problems: Problem[]): void {
  for (const [path, s] of strings(value)) {
    const found = HIDDEN_CONTROL.exec(s);
    if (found)
      problems.push(
        problem(file, path, {
          en: `text holds the hidden control character ${showUnseen(found[0])}, which changes how text is shown: delete it`,
          vi: `Chữ có ký tự điều khiển ẩn ${showUnseen(found[0])} (thường do dán từ nơi khác), làm sai cách hiển thị: hãy xóa nó (gõ lại đoạn này).`,
        }),
      );
  }
}

/**
 * What scaffolding, the import assistant and editors write where something is still to be
 * done: "[Cần điền]", "[Cần xác nhận] …". Allowed in drafts only, so none can be published.
 * The inner class stops at "[" too, so each search ends at the next bracket: linear however
 * many unclosed "[Cần" a text holds.
 */
export const PLACEHOLDER = /\[Cần [^[\]]+\]/u;

export function checkPlaceholders(file: string, value: unknown, problems: Problem[]): void {
  for (const [path, s] of strings(value)) {
    const found = PLACEHOLDER.exec(s);
    if (found) {
      const shown = describeValue(found[0]);
      problems.push(
        problem(file, path, {
          en: `placeholder ${shown} is still there: fill it in, or keep the entry a draft`,
          vi: `Còn chỗ ${shown} chưa xong: hãy điền hoặc xác nhận, hoặc giữ mục này là bản nháp.`,
        }),
      );
    }
  }
}
