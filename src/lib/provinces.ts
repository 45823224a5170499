/**
 * Province lookups across the 01/07/2025 merger: former → current, current → formers,
 * and which page (URL) shows each unit. Pure; built once from provinces.json.
 */
import type { CurrentProvince, FormerProvince, Provinces } from '../schemas/reference.ts';
import { normalizeVietnamese } from './text.ts';

export interface ProvinceIndex {
  former: readonly FormerProvince[];
  current: readonly CurrentProvince[];
  formerByCode(code: string): FormerProvince;
  currentByCode(code: string): CurrentProvince;
  /** The current unit a former province belongs to. */
  currentOf(formerCode: string): CurrentProvince;
  /** The former provinces a current unit was formed from, by code. */
  formersOf(currentCode: string): FormerProvince[];
  /** Former or current unit by name, either tone placement ("Hoà Bình" = "Hòa Bình"). */
  byName(name: string): FormerProvince | CurrentProvince | undefined;
  /** True when a former province has the same name and slug as the unit it became. */
  sharesPage(formerCode: string): boolean;
}

export function indexProvinces(data: Provinces): ProvinceIndex {
  const formerMap = new Map(data.former.map((p) => [p.code, p]));
  const currentMap = new Map(data.current.map((p) => [p.code, p]));
  const get = <T>(map: Map<string, T>, code: string, what: string): T => {
    const found = map.get(code);
    if (!found) throw new Error(`no ${what} province with code "${code}"`);
    return found;
  };
  const names = new Map<string, FormerProvince | CurrentProvince>();
  for (const p of [...data.former, ...data.current]) names.set(normalizeVietnamese(p.name), p);
  return {
    former: data.former,
    current: data.current,
    formerByCode: (code) => get(formerMap, code, 'former'),
    currentByCode: (code) => get(currentMap, code, 'current'),
    currentOf: (code) => get(currentMap, get(formerMap, code, 'former').mergedInto, 'current'),
    formersOf: (code) => data.former.filter((p) => p.mergedInto === code),
    byName: (name) => names.get(normalizeVietnamese(name.trim())),
    sharesPage(code) {
      const former = get(formerMap, code, 'former');
      return get(currentMap, former.mergedInto, 'current').slug === former.slug;
    },
  };
}

/** "tỉnh Thái Nguyên", "thành phố Hà Nội". */
export function currentUnitName(unit: CurrentProvince): string {
  return `${unit.kind} ${unit.name}`;
}

/**
 * How a former province is named on every page: "Bắc Kạn (nay thuộc tỉnh Thái Nguyên)".
 * An unmerged province ("Thanh Hóa") or one that gave its name to the new unit says
 * so instead of repeating itself.
 */
export function formerWithCurrent(index: ProvinceIndex, formerCode: string): string {
  const former = index.formerByCode(formerCode);
  const current = index.currentOf(formerCode);
  const others = index.formersOf(current.code).length > 1;
  if (!others) return former.name;
  if (current.name === former.name) return `${former.name} (nay là ${currentUnitName(current)} mở rộng)`;
  return `${former.name} (nay thuộc ${currentUnitName(current)})`;
}

/**
 * What the 2025 merger did to a former province, for the English page, which writes the names
 * itself (marked as Vietnamese): "not merged", "merged into an enlarged Ninh Bình province",
 * "now part of Thái Nguyên province". Never "Thanh Hóa, now part of Thanh Hóa".
 */
export function mergerOutcome(
  index: ProvinceIndex,
  formerCode: string,
): { relation: 'not-merged' | 'enlarged' | 'part-of'; current: string; kindEn: string } {
  const former = index.formerByCode(formerCode);
  const current = index.currentOf(formerCode);
  const kindEn = current.kind === 'tỉnh' ? 'province' : 'centrally-run city';
  const relation =
    index.formersOf(current.code).length === 1 ? 'not-merged' : current.name === former.name ? 'enlarged' : 'part-of';
  return { relation, current: current.name, kindEn };
}

/** The URL path of a province page. */
export function provincePath(slug: string): string {
  return `/tinh-thanh/${slug}/`;
}
