/**
 * One indicator across provinces and reports: its figures in time order, the charts that
 * fit them (a before/after or time series for a province that reported it more than once,
 * a comparison across provinces otherwise), and notes on what keeps two figures from being
 * comparable, computed from the figures themselves. Pure: figures in, series out.
 */
import type { Chart } from '../schemas/chart.ts';
import type { Indicator } from '../schemas/reference.ts';
import type { SourcedFigure } from './content-index.ts';
import { formatPeriod, periodEndYear, qualifierWord } from './format.ts';

/** "2020", or the period in words when it has no year. */
const when = (f: SourcedFigure): string => String(periodEndYear(f.period) ?? formatPeriod(f.period));

/** A sortable moment for a figure: the end of its span, or its day (unknown parts sort last within their year). */
function timeKey(figure: SourcedFigure): [number, number, number] {
  const p = figure.period;
  if (p.kind === 'range') return [p.to, 13, 32];
  return [p.date.year ?? Number.MAX_SAFE_INTEGER, p.date.month ?? 13, p.date.day ?? 32];
}

/** Figures oldest first; ties by province code, then figure id, so the order is stable. */
export function inTimeOrder(figures: readonly SourcedFigure[]): SourcedFigure[] {
  return [...figures].sort((a, b) => {
    const [ka, kb] = [timeKey(a), timeKey(b)];
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return a.report.province.localeCompare(b.report.province) || a.id.localeCompare(b.id);
  });
}

/** Figures grouped by former province, each group in time order; groups in order of first appearance. */
export function byProvince(figures: readonly SourcedFigure[]): Map<string, SourcedFigure[]> {
  const groups = new Map<string, SourcedFigure[]>();
  for (const figure of inTimeOrder(figures)) {
    const group = groups.get(figure.report.province);
    if (group) group.push(figure);
    else groups.set(figure.report.province, [figure]);
  }
  return groups;
}

/** The unit most figures share (ties: the first in time order), which a chart can draw on one axis. */
function commonUnit(figures: readonly SourcedFigure[]): string {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [unit, count] of counts)
    if (count > most) {
      best = unit;
      most = count;
    }
  return best;
}

/** How a point is named on a chart: "Hòa Bình (tính đến 17/11/2020)". */
export type ProvinceName = (formerCode: string) => string;

/**
 * The charts of an indicator page. For each province with two or more figures in one unit, a
 * before/after chart (two) or bars in time order (more); when two or more provinces reported
 * it, bars of each province's latest figure, largest first. Only figures of one unit share a
 * chart, and a chart's note says what it leaves out.
 */
export function indicatorCharts(
  indicator: Pick<Indicator, 'id' | 'name' | 'definition'>,
  figures: readonly SourcedFigure[],
  provinceName: ProvinceName,
): Chart[] {
  const charts: Chart[] = [];
  const groups = byProvince(figures);
  for (const [code, group] of groups) {
    const unit = commonUnit(group);
    const drawn = group.filter((f) => f.unit === unit);
    if (drawn.length < 2) continue;
    const left = group.length - drawn.length;
    const name = provinceName(code);
    const base = {
      id: `chi-tieu-${indicator.id}-${code}`,
      title: `${indicator.name}: ${name} qua các báo cáo`,
      subtitle: `${name}, ${drawn.length} báo cáo, ${when(drawn[0]!)} đến ${when(drawn[drawn.length - 1]!)} (đơn vị: ${unit})`,
      ...(left > 0 ? { note: `${left} số liệu khác đơn vị không được vẽ; xem bảng.` } : {}),
    };
    charts.push(
      drawn.length === 2
        ? // A slope chart names its one line after the first item: the province.
          {
            ...base,
            type: 'slope',
            items: [
              { figure: drawn[0]!.id, label: name },
              { figure: drawn[1]!.id, label: name },
            ],
          }
        : { ...base, type: 'bar', items: drawn.map((f) => ({ figure: f.id, label: formatPeriod(f.period) })) },
    );
  }
  if (groups.size >= 2) {
    const latest = [...groups.values()].map((group) => group[group.length - 1]!);
    const unit = commonUnit(latest);
    const drawn = latest.filter((f) => f.unit === unit).sort((a, b) => b.value - a.value);
    const left = latest.length - drawn.length;
    if (drawn.length >= 2)
      charts.push({
        id: `chi-tieu-${indicator.id}-cac-tinh`,
        type: 'bar',
        title: `${indicator.name}: so sánh giữa các tỉnh`,
        subtitle: `Số liệu mới nhất của mỗi tỉnh (${unit})`,
        note:
          'Mỗi tỉnh tự đếm, ở thời kỳ của báo cáo mình: đọc cùng các lưu ý so sánh bên dưới.' +
          (left > 0 ? ` ${left} tỉnh có số liệu khác đơn vị, không được vẽ.` : ''),
        items: drawn.map((f) => ({
          figure: f.id,
          label: `${provinceName(f.report.province)} (${formatPeriod(f.period)})`,
        })),
      });
  }
  return charts;
}

/** What keeps two figures of the indicator from being compared directly. */
export type NoteKind =
  'period-kind' | 'period-length' | 'scope' | 'qualifier' | 'unit' | 'label' | 'provinces' | 'figure-note';

export interface ComparabilityNote {
  kind: NoteKind;
  text: string;
}

const quoted = (values: Iterable<string>) => [...values].map((v) => `“${v}”`).join(', ');

/**
 * Notes computed from the figures: different kinds of period (a moment vs a span), spans of
 * different length, different scopes, hedged values, different units, different names for
 * what is counted, several provinces counting their own way (when the vocabulary says the
 * indicator is not comparable across provinces), and the figures' own notes. Empty when
 * there is nothing to compare (one figure) or nothing differs.
 */
export function comparabilityNotes(
  indicator: Pick<Indicator, 'comparable'>,
  figures: readonly SourcedFigure[],
  provinceName: ProvinceName,
): ComparabilityNote[] {
  if (figures.length < 2) return [];
  const ordered = inTimeOrder(figures);
  const where = (f: SourcedFigure) => `${provinceName(f.report.province)}, ${formatPeriod(f.period)}`;
  const notes: ComparabilityNote[] = [];
  const moments = ordered.filter((f) => f.period.kind === 'asOf');
  const spans = ordered.filter((f) => f.period.kind === 'range');
  if (moments.length > 0 && spans.length > 0)
    notes.push({
      kind: 'period-kind',
      text:
        `Có số liệu tính tại một thời điểm (${moments.map(where).join('; ')}) và số liệu cộng dồn cả một giai đoạn ` +
        `(${spans.map(where).join('; ')}): một con số “hiện có” và một con số “trong cả giai đoạn” không so được với nhau.`,
    });
  const lengths = new Map<number, SourcedFigure[]>();
  for (const f of spans)
    if (f.period.kind === 'range') {
      const years = f.period.to - f.period.from + 1;
      lengths.set(years, [...(lengths.get(years) ?? []), f]);
    }
  if (lengths.size > 1)
    notes.push({
      kind: 'period-length',
      text:
        'Các giai đoạn dài ngắn khác nhau (' +
        [...lengths]
          .sort((a, b) => a[0] - b[0])
          .map(([years, fs]) => `${years} năm: ${fs.map(where).join('; ')}`)
          .join('; ') +
        '): số cộng dồn trong giai đoạn dài hơn tự nhiên lớn hơn.',
    });
  const scopes = new Set(ordered.map((f) => f.scope));
  if (scopes.size > 1)
    notes.push({
      kind: 'scope',
      text: `Phạm vi khác nhau (${quoted(scopes)}): các con số không đếm trên cùng một địa bàn hay cấp.`,
    });
  const hedged = ordered.filter((f) => f.qualifier !== 'exact');
  if (hedged.length > 0)
    notes.push({
      kind: 'qualifier',
      text:
        `Báo cáo không in số chính xác cho ${hedged
          .map((f) => `${where(f)} (“${qualifierWord(f.qualifier, f.qualifierWord)}”)`)
          .join('; ')}: ` + 'chênh lệch tính từ những số này chỉ là ước lượng.',
    });
  const units = new Set(ordered.map((f) => f.unit));
  if (units.size > 1)
    notes.push({
      kind: 'unit',
      text: `Đơn vị đếm khác nhau (${quoted(units)}): chỉ những số cùng đơn vị mới đặt cạnh nhau trên biểu đồ.`,
    });
  const labels = new Set(ordered.map((f) => f.label));
  if (labels.size > 1)
    notes.push({
      kind: 'label',
      text: `Các báo cáo gọi thứ được đếm bằng những tên khác nhau (${quoted(labels)}): có thể không đếm đúng cùng một thứ.`,
    });
  const provinces = new Set(ordered.map((f) => f.report.province));
  if (provinces.size > 1 && !indicator.comparable)
    notes.push({
      kind: 'provinces',
      text:
        'Mỗi tỉnh tự đếm theo cách của mình, và danh mục chỉ tiêu của cổng ghi chỉ tiêu này là không so sánh được ' +
        'giữa các tỉnh: đọc số của từng tỉnh như một quy mô, không xếp hạng.',
    });
  for (const f of ordered)
    if (f.note) notes.push({ kind: 'figure-note', text: `Riêng số liệu ${where(f)}: ${f.note}` });
  return notes;
}
