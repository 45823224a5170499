/** Model helpers: related models, recognition wording, directory filters. Pure. */
import type { Model, Recognition } from '../schemas/model.ts';

/**
 * Related models: same province first, then same kind elsewhere; stable order so the
 * page does not change between builds.
 */
export function relatedModels(models: readonly Model[], model: Model, limit: number): Model[] {
  const score = (m: Model) => (m.province === model.province ? 2 : 0) + (m.category === model.category ? 1 : 0);
  return models
    .filter((m) => m.slug !== model.slug && score(m) > 0)
    .sort((a, b) => score(b) - score(a) || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

/**
 * relatedModels for every model page of a build, with the models grouped once: scanning and
 * sorting all models on each model page grew with the square of the content (5,000 pages ×
 * 5,000 models at national scale). Each group is sorted by slug with the same comparison, so a
 * page gets exactly what relatedModels gives; a page then reads its own province's group and
 * as much of its kind's group as it needs.
 */
export function indexRelatedModels(models: readonly Model[]): (model: Model, limit: number) => Model[] {
  const bySlug = [...models].sort((a, b) => a.slug.localeCompare(b.slug));
  const group = (key: (m: Model) => string): Map<string, Model[]> => {
    const groups = new Map<string, Model[]>();
    for (const m of bySlug) {
      const list = groups.get(key(m));
      if (list) list.push(m);
      else groups.set(key(m), [m]);
    }
    return groups;
  };
  const byProvince = group((m) => m.province);
  const byCategory = group((m) => m.category);
  return (model, limit) => {
    const related: Model[] = [];
    const take = (list: readonly Model[], keep: (m: Model) => boolean) => {
      for (const m of list) {
        if (related.length >= limit) return;
        if (m.slug !== model.slug && keep(m)) related.push(m);
      }
    };
    const province = byProvince.get(model.province) ?? [];
    // Scores as in relatedModels: same province and kind 3, same province 2, same kind 1.
    take(province, (m) => m.category === model.category);
    take(province, (m) => m.category !== model.category);
    take(byCategory.get(model.category) ?? [], (m) => m.province !== model.province);
    return related;
  };
}

const LEVEL_NAMES: Record<Recognition['level'], string> = {
  national: 'cấp bộ, toàn quốc',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
};

export function recognitionLevelName(level: Recognition['level']): string {
  return LEVEL_NAMES[level];
}

/** The highest recognition a model has, for the directory's filter. */
export function recognitionClass(model: Model): 'nationwide' | 'national' | 'province' | 'none' {
  if (model.recognitions.some((r) => r.nationwide)) return 'nationwide';
  if (model.recognitions.some((r) => r.level === 'national')) return 'national';
  if (model.recognitions.length > 0) return 'province';
  return 'none';
}

/** The year a model is known by in filters: started, else recognised, else a printed year. */
export function modelYear(model: Model): number | null {
  return model.started ?? model.recognitions.find((r) => r.year !== null)?.year ?? model.yearUnclear?.year ?? null;
}
