/**
 * File names under content/: each becomes part of a URL or an id, so every collection's files
 * are named as slugs (lower-case a-z, 0-9, single hyphens: no capitals, no diacritics, no
 * spaces), and no two differ only in letter case (one of them would vanish on a
 * case-insensitive disk, or be dropped by the build).
 */
import { problem, type Problem } from './problems.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** "Bài Viết Mới" → "bai-viet-moi": what to suggest instead of a refused name. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export function checkFileNames(files: readonly string[], problems: Problem[]): void {
  const folded = new Map<string, string>();
  for (const file of files) {
    // content/<collection>/<name>.<ext>, articles may sit in subfolders.
    const segments = file.split('/').slice(2);
    for (const [i, segment] of segments.entries()) {
      const name = i === segments.length - 1 ? segment.replace(/\.(json|mdx|md)$/u, '') : segment;
      if (SLUG.test(name)) continue;
      const suggestion = suggestSlug(name);
      problems.push(
        problem(file, '', {
          en: `the name "${name}" is not a slug (a-z, 0-9 and single hyphens, no capitals or diacritics)${suggestion ? `: rename it "${suggestion}"` : ''}`,
          vi: `Tên "${name}" không hợp lệ: chỉ dùng chữ thường a-z không dấu, số 0-9 và dấu gạch nối${suggestion ? `; hãy đổi thành "${suggestion}"` : ''}.`,
        }),
      );
      break;
    }
    const key = file.toLowerCase();
    const other = folded.get(key);
    if (other !== undefined)
      problems.push(
        problem(file, '', {
          en: `differs from ${other} only in letter case: rename or remove one`,
          vi: `Trùng tên với ${other} (chỉ khác chữ hoa, chữ thường): hãy đổi tên hoặc xóa một tệp.`,
        }),
      );
    else folded.set(key, file);
  }
}
