/**
 * Bounds on what one content file may hold. Content is written by people, not generated:
 * the largest real report is about 25 kB, five levels deep, with texts under 1,000
 * characters. The limits leave ample room above that and stop a pasted or hostile file
 * long before it could exhaust memory, the stack or the build's time.
 */
import { problem, type Problem } from './problems.ts';

export const LIMITS = {
  /** Bytes in one file, read before it is decoded. */
  fileBytes: 1024 * 1024,
  /** Levels of nested lists and objects in a JSON file or a frontmatter block (the real ones use 5). */
  depth: 24,
  /** Characters in one text field (a report's summary is the longest, under 1,000). */
  stringChars: 20_000,
  /** Characters in an article's or overview's body (the longest is under 8,000). */
  bodyChars: 200_000,
  /** Characters in a frontmatter block. */
  frontmatterChars: 20_000,
} as const;

const kB = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;

export function fileTooBig(file: string, bytes: number): Problem {
  return problem(file, '', {
    en: `file is ${kB(bytes)}, more than the limit of ${kB(LIMITS.fileBytes)}: split it, or check that nothing was pasted by mistake`,
    vi: `Tệp nặng ${kB(bytes)}, quá giới hạn ${kB(LIMITS.fileBytes)}: hãy tách thành nhiều tệp, hoặc xem có dán nhầm gì vào không.`,
  });
}

export function tooDeep(file: string, field: string): Problem {
  return problem(file, field, {
    en: `nested more than ${LIMITS.depth} levels deep (lists inside lists, groups inside groups): no field of the site goes that deep`,
    vi: `Lồng nhau quá ${LIMITS.depth} tầng (danh sách trong danh sách, nhóm trong nhóm): không trường nào của cổng sâu như vậy, có thể tệp bị hỏng.`,
  });
}

export function stringTooLong(file: string, field: string, length: number): Problem {
  return problem(file, field, {
    en: `text of ${length.toLocaleString('en')} characters, more than the limit of ${LIMITS.stringChars.toLocaleString('en')}`,
    vi: `Đoạn chữ dài ${length.toLocaleString('vi')} ký tự, quá giới hạn ${LIMITS.stringChars.toLocaleString('vi')} ký tự: hãy rút gọn.`,
  });
}

export function bodyTooLong(file: string, length: number): Problem {
  return problem(file, 'body', {
    en: `body of ${length.toLocaleString('en')} characters, more than the limit of ${LIMITS.bodyChars.toLocaleString('en')}: split the article`,
    vi: `Nội dung dài ${length.toLocaleString('vi')} ký tự, quá giới hạn ${LIMITS.bodyChars.toLocaleString('vi')} ký tự: hãy tách thành nhiều bài.`,
  });
}

export function frontmatterTooLong(file: string, length: number): Problem {
  return problem(file, '', {
    en: `frontmatter of ${length.toLocaleString('en')} characters, more than the limit of ${LIMITS.frontmatterChars.toLocaleString('en')}`,
    vi: `Phần đầu (frontmatter) dài ${length.toLocaleString('vi')} ký tự, quá giới hạn ${LIMITS.frontmatterChars.toLocaleString('vi')} ký tự.`,
  });
}

/**
 * The limits on parsed data, walked with an explicit stack (never recursion, which a deep
 * file could drive past the call stack). Returns false when the data is too deep to check
 * further: every other rule walks it too.
 */
export function checkDataLimits(file: string, data: unknown, problems: Problem[]): boolean {
  const stack: Array<[unknown, string, number]> = [[data, '', 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringChars) problems.push(stringTooLong(file, path, value.length));
    } else if (value !== null && typeof value === 'object') {
      if (depth >= LIMITS.depth) {
        problems.push(tooDeep(file, path));
        return false;
      }
      const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
      for (const [k, v] of entries) stack.push([v, `${path}/${String(k)}`, depth + 1]);
    }
  }
  return true;
}
