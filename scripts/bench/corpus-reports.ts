/**
 * Synthetic source reports and their figures: 8–15 figures each, realistic indicators and
 * units, mixed qualifiers, valid periods, and some totals broken into parts that add up.
 */
import type { Figure } from '../../src/schemas/figure.ts';
import type { PartialDate, Period, Qualifier } from '../../src/schemas/common.ts';
import type { FormerProvince } from '../../src/schemas/reference.ts';
import type { Report } from '../../src/schemas/report.ts';
import type { Random } from './prng.ts';
import { INDICATOR_SPECS, PART_GROUPS, SYNTHETIC, SYNTHETIC_NOTE, type IndicatorSpec } from './vocabulary.ts';

/** Figures whose `model` field the model generator may still fill in. */
export type MutableFigure = Figure & { model?: string };
export type MutableReport = Omit<Report, 'figures'> & { figures: MutableFigure[] };

export const pad = (n: number, width = 4): string => String(n).padStart(width, '0');

const SCOPES = ['toàn tỉnh', 'cấp xã', 'cấp huyện', 'khu vực nông thôn', 'các trường học', 'các khu công nghiệp'];
const QUALIFIERS: Record<Qualifier, number> = { exact: 55, over: 20, about: 10, nearly: 10, under: 5 };
const REPORT_KINDS = [
  'sơ kết phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  'tổng kết công tác xây dựng, nhân rộng mô hình, điển hình tiên tiến',
  'tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  'sơ kết công tác phòng ngừa, đấu tranh với tội phạm ở cơ sở',
];

/** A round number, the way a hedged figure ("trên 1.200") is printed. */
function roundish(value: number): number {
  if (value < 100) return value;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** Integers drawn log-uniformly: small counts are more common than large ones. */
function drawValue(rng: Random, spec: IndicatorSpec): number {
  if (spec.percent) return Math.round((spec.min + rng.next() * (spec.max - spec.min)) * 10) / 10;
  const log = Math.log(spec.min) + rng.next() * (Math.log(spec.max) - Math.log(spec.min));
  return Math.max(spec.min, Math.round(Math.exp(log)));
}

function partialDate(year: number, month: number, day: number | null): PartialDate {
  const mm = pad(month, 2);
  return {
    text: day === null ? `Tháng ${mm}/${year}` : `Ngày ${pad(day, 2)}/${mm}/${year}`,
    year,
    month,
    day,
    yearInferred: null,
  };
}

interface ReportContext {
  rng: Random;
  serial: number;
  province: FormerProvince;
  /** Indicator ids that exist in content/reference/indicators.json. */
  indicators: ReadonlySet<string>;
}

export function makeReport({ rng, serial, province, indicators }: ReportContext): MutableReport {
  const from = rng.int(2012, 2022);
  const to = Math.min(2025, from + rng.int(1, 6));
  const published = partialDate(to, rng.int(1, 12), rng.chance(0.85) ? rng.int(1, 28) : null);
  const range: Period = { kind: 'range', from, to };
  const asOf: Period = { kind: 'asOf', date: published };
  const prefix = `th${pad(serial)}`;
  const figures: MutableFigure[] = [];
  const nextId = () => `${prefix}-${pad(figures.length + 1, 2)}`;
  const target = rng.int(8, 15);
  const period = (): Period => (rng.chance(0.7) ? range : asOf);

  const addFigure = (indicator: string, overrides: Partial<MutableFigure> = {}): MutableFigure => {
    const spec = INDICATOR_SPECS[indicator] as IndicatorSpec;
    let value = drawValue(rng, spec);
    let qualifier: Qualifier = spec.outOf ? 'exact' : rng.weighted(QUALIFIERS);
    if (qualifier !== 'exact' && !spec.percent) value = roundish(value);
    if (spec.percent && value >= 100) qualifier = 'exact';
    const figure: MutableFigure = {
      id: nextId(),
      indicator,
      label: spec.label,
      value,
      unit: spec.unit,
      qualifier,
      period: period(),
      scope: rng.pick(SCOPES),
      ...(spec.outOf ? { outOf: value + rng.int(0, Math.ceil(value / 5)) } : {}),
      ...(qualifier === 'over' && rng.chance(0.5) ? { qualifierWord: rng.pick(['trên', 'hơn'] as const) } : {}),
      ...(rng.chance(0.15) ? { note: 'Báo cáo tổng hợp thử không tách số liệu này theo từng năm.' } : {}),
      ...overrides,
    };
    figures.push(figure);
    return figure;
  };

  // Every report counts the units of one or two models, so models can point at a figure.
  for (let i = rng.int(1, 2); i > 0; i -= 1) addFigure('model-units', { qualifier: 'exact' });

  // About a third of reports break a total into parts; the parts are exact and add up.
  const groups = PART_GROUPS.filter((g) => indicators.has(g.indicator));
  if (groups.length > 0 && rng.chance(0.35)) {
    const group = rng.pick(groups);
    const total = addFigure(group.indicator, { qualifier: 'exact' });
    delete total.qualifierWord;
    const parts = group.parts.map((label) => addFigure(group.indicator, { label, qualifier: 'exact' }));
    for (const part of parts) {
      part.value = Math.max(1, Math.round(part.value / 3));
      part.period = total.period;
      delete part.qualifierWord;
    }
    total.value = parts.reduce((sum, p) => sum + p.value, 0);
    total.parts = parts.map((p) => p.id);
  }

  const pool = Object.keys(INDICATOR_SPECS).filter((id) => indicators.has(id) && id !== 'model-units');
  for (const indicator of rng.sample(pool, target - figures.length)) addFigure(indicator);

  const kind = rng.pick(REPORT_KINDS);
  const years = `${from}–${to}`;
  return {
    id: `tong-hop-bao-cao-${pad(serial)}-${province.slug}`,
    title: rng.chance(0.7) ? `${SYNTHETIC} ${province.name} ${kind} giai đoạn ${years}` : null,
    name: `${SYNTHETIC} ${province.name}: ${kind} (${years})`,
    publisher: { name: `${SYNTHETIC} Báo ${province.name}`, asPrinted: null, inferred: null },
    author: rng.chance(0.5) ? `${SYNTHETIC} Phóng viên ${pad(serial)}` : null,
    section: rng.chance(0.5) ? 'An ninh, trật tự' : null,
    published,
    province: province.code,
    provinceInferred: null,
    period: range,
    event: rng.chance(0.6) ? { name: `Hội nghị ${kind}`, organiser: `Công an ${province.name}`, place: null } : null,
    summary:
      `${SYNTHETIC_NOTE} Báo cáo giả định việc Công an ${province.name} ${kind} giai đoạn ${years}, ` +
      'điểm lại số tổ quần chúng, tin báo của nhân dân, kết quả hòa giải và tuần tra ở cơ sở.',
    unknowns: ['Báo cáo là dữ liệu tổng hợp thử: không có bài gốc, tác giả hay địa điểm thật.'],
    sourceFile: `tong-hop-thu/${pad(serial)}.txt`,
    figures,
    corrections: [],
  };
}
