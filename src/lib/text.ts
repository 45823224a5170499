/**
 * Vietnamese text helpers shared by slugs, search and validation.
 * Pure: no DOM, no fs, no Astro.
 */

/**
 * Old-style tone placement ("hoà", "thuỷ") → the one the project uses ("hòa", "thủy"),
 * so both spellings meet. Only open syllables differ between the styles: "hoàn" and
 * "ngoài" are the same in both, so the rewrite applies only when no letter follows.
 * In "quý" the u belongs to the consonant "qu" and the tone stays on y.
 */
const OLD_STYLE = /(^|[^\p{L}])([^\p{L}]*?)(\p{L}*?)([oOuU])([aAeEyY])(\p{Mn})(?![\p{L}\p{Mn}])/gu;

export function normalizeVietnamese(input: string): string {
  const decomposed = input.normalize('NFD');
  const rewritten = decomposed.replace(
    OLD_STYLE,
    (match, before: string, gap: string, head: string, glide: string, vowel: string, tone: string) => {
      const pairOk = /[oO]/.test(glide) ? /[aAeE]/.test(vowel) : /[yY]/.test(vowel);
      const isQu = /[uU]/.test(glide) && /[qQ]$/.test(head);
      if (!pairOk || isQu || !/[\u0300\u0301\u0303\u0309\u0323]/.test(tone)) return match;
      return before + gap + head + glide + tone + vowel;
    },
  );
  return rewritten.normalize('NFC');
}

/** Removes every diacritic and folds đ/Đ to d/D ("Đà Bắc" → "Da Bac"). */
export function foldDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case, folded, single-spaced text for matching what readers type. */
export function foldForSearch(input: string): string {
  return foldDiacritics(input.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug from Vietnamese text: "Tổ hòa giải" → "to-hoa-giai". */
export function slugify(input: string): string {
  return foldForSearch(input).replace(/ /g, '-');
}

/** True when the text is already in Unicode normal form C. */
export function isNfc(input: string): boolean {
  return input === input.normalize('NFC');
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
