/**
 * Reading a content file's bytes and its JSON, bounded. The engine's JSON.parse is fast but
 * keeps the last of two equal keys silently and, on deep enough input, fails with a stack
 * error naming nothing; so before it a scan (a loop with an explicit stack, no recursion)
 * checks the depth and refuses duplicate keys, naming the key's path.
 */
import { LIMITS, fileTooBig, tooDeep } from './limits.ts';
import { ContentError, problem, showUnseen } from './problems.ts';

const BOM = '\uFEFF';

/** The line (1-based) of a position in a text, for messages. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A file's bytes as text. Content files are UTF-8 without a byte-order mark: anything else is
 * named (a BOM, UTF-16, an 8-bit code page) rather than read into replacement characters.
 */
export function decodeContent(input: string | Uint8Array, file: string): string {
  if (typeof input === 'string') {
    if (input.length > LIMITS.fileBytes) throw new ContentError(fileTooBig(file, input.length));
    if (input.startsWith(BOM)) throw new ContentError(bomProblem(file));
    return input;
  }
  if (input.length > LIMITS.fileBytes) throw new ContentError(fileTooBig(file, input.length));
  const [a, b, c] = input;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || input.includes(0))
    throw new ContentError(
      problem(file, '', {
        en: 'is saved as UTF-16 (or is not a text file): save it as UTF-8',
        vi: 'Tệp được lưu dạng UTF-16 (hoặc không phải tệp chữ): hãy lưu lại với bảng mã UTF-8.',
      }),
    );
  if (a === 0xef && b === 0xbb && c === 0xbf) throw new ContentError(bomProblem(file));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
    const line = lineAt(loose, loose.indexOf('\uFFFD'));
    throw new ContentError(
      problem(file, '', {
        en: `is not UTF-8 (line ${line} has bytes of another encoding, such as Windows-1258 or TCVN3): save it as UTF-8`,
        vi: `Tệp không ở bảng mã UTF-8 (dòng ${line} có chữ ở bảng mã khác, như Windows-1258 hay TCVN3/ABC): hãy lưu lại với bảng mã UTF-8 (Unicode).`,
      }),
    );
  }
}

function bomProblem(file: string) {
  return problem(file, '', {
    en: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM',
    vi: 'Tệp bắt đầu bằng dấu BOM (byte-order mark): hãy lưu lại dạng “UTF-8” không có BOM.',
  });
}

interface Frame {
  /** Keys seen so far in an object; undefined for a list. */
  keys: Set<string> | undefined;
  /** The path of this container. */
  path: string;
  /** The key being read (objects) or the next index (lists). */
  at: string | number;
}

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Scans JSON text for nesting deeper than the limit and for duplicate keys. Linear, no
 * recursion. Syntax is not its business: on malformed text it stops, and JSON.parse names
 * the error.
 */
function scan(text: string, file: string): void {
  const stack: Frame[] = [];
  let expectKey = false;
  const childPath = () => {
    const top = stack.at(-1);
    return top ? `${top.path}/${typeof top.at === 'number' ? top.at : escapeKey(top.at)}` : '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (i >= text.length) return;
      const top = stack.at(-1);
      if (expectKey && top?.keys) {
        let key: string;
        try {
          key = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          return;
        }
        if (top.keys.has(key))
          throw new ContentError(
            problem(file, `${top.path}/${escapeKey(key)}`, {
              en: `the key "${showUnseen(key)}" appears twice in the same group: JSON keeps only the last, so delete one`,
              vi: `Trường "${showUnseen(key)}" được ghi hai lần trong cùng một nhóm: chỉ lần cuối được dùng, hãy xóa một lần.`,
            }),
          );
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
    } else if (ch === '{' || ch === '[') {
      if (stack.length >= LIMITS.depth) throw new ContentError(tooDeep(file, childPath()));
      stack.push({ keys: ch === '{' ? new Set() : undefined, path: childPath(), at: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
}

/** JSON text → data, or a ContentError naming the file, the field and what is wrong. */
export function readJson(text: string, file: string): unknown {
  scan(text, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error as Error).message;
    throw new ContentError(
      problem(file, '', {
        en: `is not valid JSON: ${detail}`,
        vi: `Tệp không phải JSON hợp lệ (thường do thiếu hoặc thừa dấu phẩy, dấu nháy, dấu ngoặc): ${detail}`,
      }),
    );
  }
}
