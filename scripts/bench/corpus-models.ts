/**
 * Synthetic models: one former province each, sourced from reports of that province, a few
 * highlighted for nationwide replication, some counted by a figure of their report.
 */
import type { Model, Recognition } from '../../src/schemas/model.ts';
import type { FormerProvince } from '../../src/schemas/reference.ts';
import type { Random } from './prng.ts';
import { pad, type MutableReport } from './corpus-reports.ts';
import { MODEL_ACTIONS, MODEL_KINDS, SYNTHETIC, SYNTHETIC_NOTE } from './vocabulary.ts';

/** Share of models the Ministry recognises for nationwide replication (the home page lists them). */
const HIGHLIGHT_SHARE = 0.03;

interface ModelContext {
  rng: Random;
  serial: number;
  province: FormerProvince;
  /** Reports of the same province; at least one. */
  reports: readonly MutableReport[];
  /** Category ids that exist in content/reference/categories.json. */
  categories: readonly string[];
}

function recognitions(rng: Random, province: FormerProvince, highlight: boolean): Recognition[] {
  const list: Recognition[] = [];
  if (highlight)
    list.push({
      by: 'Bộ Công an',
      level: 'national',
      what: 'thông báo nhân rộng trên toàn quốc',
      year: rng.int(2016, 2025),
      nationwide: true,
    });
  if (rng.chance(0.4))
    list.push({
      by: `UBND ${province.name}`,
      level: 'province',
      what: 'tặng bằng khen vì thành tích trong phong trào',
      year: rng.chance(0.8) ? rng.int(2014, 2025) : null,
      nationwide: false,
    });
  if (rng.chance(0.2))
    list.push({
      by: `${SYNTHETIC} UBND huyện Thử Nghiệm ${rng.int(1, 9)}`,
      level: 'district',
      what: 'tặng giấy khen',
      year: rng.int(2012, 2025),
      nationwide: false,
    });
  return list;
}

export function makeModel({ rng, serial, province, reports, categories }: ModelContext): Model {
  const kinds = MODEL_KINDS.filter((k) => categories.includes(k.category));
  const kind = kinds.length > 0 ? rng.pick(kinds) : { name: 'Mô hình tự quản', category: categories[0] ?? '' };
  const slug = `tong-hop-mo-hinh-${pad(serial)}-${province.slug}`;
  const sources = rng.sample(reports, rng.int(1, Math.min(3, reports.length)));
  const highlight = rng.chance(HIGHLIGHT_SHARE);

  // A figure of a source report may count this model's units; each figure serves one model.
  let units: string | null = null;
  if (rng.chance(0.5)) {
    const free = sources.flatMap((r) => r.figures).find((f) => f.indicator === 'model-units' && !f.model && !f.parts);
    if (free) {
      free.model = slug;
      units = free.id;
    }
  }
  if (rng.chance(0.3)) {
    const free = sources.flatMap((r) => r.figures).find((f) => f.indicator === 'model-members' && !f.model);
    if (free) free.model = slug;
  }

  const commune = `xã Tổng Hợp ${rng.int(1, 40)}`;
  return {
    slug,
    name: `${SYNTHETIC} ${kind.name} ${commune} số ${serial}`,
    province: province.code,
    place: rng.chance(0.7) ? `${commune}, huyện Thử Nghiệm ${rng.int(1, 12)}` : null,
    category: kind.category,
    started: rng.chance(0.7) ? rng.int(2005, 2024) : null,
    recognitions: recognitions(rng, province, highlight),
    units,
    highlight,
    summary:
      `${kind.name} ở ${commune} (${province.name}) ${rng.pick(MODEL_ACTIONS)}; ` +
      `người dân cùng lực lượng Công an ${rng.pick(MODEL_ACTIONS)}. ${SYNTHETIC_NOTE}`,
    reports: sources.map((r) => r.id),
  };
}
