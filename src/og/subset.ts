/**
 * Fontsource splits Be Vietnam Pro by unicode range. The latin file lacks letters such as ắ, ộ, ư and Đ, which the
 * vietnamese file holds (and it holds little else), so each character is drawn from the first file that has it.
 */
export const SUBSETS = ['latin', 'vietnamese'] as const;
export type Subset = (typeof SUBSETS)[number];

/** The subset to draw a code point from; latin (whose .notdef box shows the gap) when neither has it. */
export function subsetOf(codePoint: number, has: (subset: Subset, codePoint: number) => boolean): Subset {
  return SUBSETS.find((s) => has(s, codePoint)) ?? 'latin';
}
