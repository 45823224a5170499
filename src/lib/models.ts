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
