/**
 * A draft report built from an extraction: valid against the report schema so validation can
 * check it at once, marked as a draft so the build leaves it out. Each figure is "proposed":
 * its guesses are plain values the editor accepts with the figure or corrects, and publishing
 * needs every figure accepted. Report-level facts only the editor can know carry "[Cần điền]";
 * those the text prints (its date and period, its title line, a closing source line) are
 * filled in as printed, for the editor to check. The source's sentences stay out: the draft
 * keeps numbers, units, short labels, a title and short time phrases only.
 */
import type { Figure } from '../../schemas/figure.ts';
import type { Report } from '../../schemas/report.ts';
import { slugify } from '../text.ts';
import type { Extraction, FigureCandidate } from './extract.ts';
import type { IndicatorLike } from './indicators.ts';
import { reportPeriod } from './periods.ts';
import { TO_FILL } from './placeholders.ts';
import { publisherLine, titleLine } from './report-guesses.ts';

/** A report whose `draft` flag keeps it out of the site until an editor confirms it. */
// A new report has no corrections yet: the list is left out (the schema reads it as empty).
export type DraftReport = Omit<Report, 'corrections'> & { draft: true };

export interface DraftOptions {
  /** The report's id (and file name). */
  id: string;
  /** The former province the report is about, as the editor chose it. */
  province: { code: string; name: string };
  /** The source file's name, for traceability. */
  sourceFile: string;
  /** The catalogue the suggestions come from; the first one stands in when none is suggested. */
  indicators: readonly IndicatorLike[];
}

/** An id from the province and the report's date: "nam-dinh-2022-10-25", "bac-kan-ngay-16-10". */
export function draftReportId(provinceSlug: string, extraction: Pick<Extraction, 'time'>): string {
  const date = extraction.time.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date?.year != null)
    return date.month !== null && date.day !== null
      ? `${provinceSlug}-${date.year}-${pad(date.month)}-${pad(date.day)}`
      : `${provinceSlug}-${date.year}`;
  if (date?.day != null && date.month !== null) return `${provinceSlug}-ngay-${pad(date.day)}-${pad(date.month)}`;
  return `${provinceSlug}-ban-nhap`;
}

const MAX_ID_WORDS = 6;

function figureIds(reportId: string, figures: readonly FigureCandidate[]): string[] {
  const taken = new Set<string>();
  return figures.map((figure) => {
    const words = slugify(figure.label || figure.unit || 'so lieu')
      .split('-')
      .slice(0, MAX_ID_WORDS)
      .join('-');
    const base = `${reportId}-${words || 'so-lieu'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * Where a figure applies. A provincial report's figures are province-wide unless their sentence
 * names a district, town or commune ("huyện Cao Phong", "xã Tân Lạc"): then the editor says.
 */
const NAMED_PLACE = /\b(?:huyện|thị xã|thành phố|thị trấn|xã|phường|thôn|bản|xóm)\s+\p{Lu}/u;
function proposedScope(sentence: string | undefined): string {
  return sentence !== undefined && NAMED_PLACE.test(sentence)
    ? `${TO_FILL} phạm vi: câu nêu một địa danh`
    : 'toàn tỉnh';
}

function draftFigure(
  figure: FigureCandidate,
  id: string,
  ids: readonly string[],
  indicators: readonly IndicatorLike[],
  sentence: string | undefined,
): Figure {
  const indicator = indicators.find((i) => i.id === figure.indicator?.id) ?? indicators[0]!;
  const word = figure.qualifierWord;
  const qualifierWord: Pick<Figure, 'qualifierWord'> =
    figure.qualifier === 'over' && (word === 'trên' || word === 'hơn') ? { qualifierWord: word } : {};
  // Every guess is plain data: the figure as a whole is "proposed" until the editor accepts it
  // (review state, not marks in each field to delete). No note: notes are for readers.
  const { note: _reason, ...period } = figure.period.period;
  return {
    id,
    proposed: true,
    indicator: indicator.id,
    label: figure.label || figure.unit || 'số liệu',
    value: figure.value,
    ...(figure.outOf !== undefined ? { outOf: figure.outOf } : {}),
    unit: figure.unit ?? `${TO_FILL} đơn vị`,
    qualifier: figure.qualifier,
    ...qualifierWord,
    ...(figure.target ? { kind: 'target' as const } : {}),
    period,
    scope: proposedScope(sentence),
    ...(figure.parts.length >= 2 ? { parts: figure.parts.map((p) => ids[p]!) } : {}),
  };
}

export function draftReport(extraction: Extraction, options: DraftOptions): DraftReport {
  const { time, text } = extraction;
  const ids = figureIds(options.id, extraction.figures);
  const own = reportPeriod(time);
  const namesProvince = text.toLocaleLowerCase('vi').includes(options.province.name.toLocaleLowerCase('vi'));
  // What the assistant saw missing, as plain statements; the editor adds what else is left open.
  const unknowns: string[] = [];
  if (!time.date) unknowns.push('Bài không in ngày đăng.');
  else if (time.date.year === null) unknowns.push('Bài không in năm đăng.');
  if (!namesProvince) unknowns.push(`Bài không nêu tên tỉnh ${options.province.name}.`);
  const title = titleLine(text);
  const publisher = publisherLine(text);

  return {
    id: options.id,
    draft: true,
    title: title ?? `${TO_FILL} tiêu đề đúng như bài in; null nếu bài không có tiêu đề`,
    name: `${TO_FILL} tên ngắn bằng lời của cổng`,
    publisher: publisher
      ? { name: publisher, asPrinted: publisher, inferred: null }
      : {
          name: `${TO_FILL} tên đầy đủ của cơ quan đăng; null nếu không rõ`,
          asPrinted: `${TO_FILL} tên cơ quan đăng đúng như bài in; null nếu bài không in`,
          inferred: `${TO_FILL} lý do khi tên được suy ra; null khi bài in đủ tên`,
        },
    author: `${TO_FILL} tác giả như bài in; null nếu không có`,
    section: `${TO_FILL} chuyên mục như bài in; null nếu không có`,
    published: time.date
      ? time.date
      : { text: `${TO_FILL} ngày đúng như bài in`, year: null, month: null, day: null, yearInferred: null },
    province: options.province.code,
    provinceInferred: namesProvince ? null : `${TO_FILL} bài không nêu tên tỉnh: ghi căn cứ để xác định tỉnh`,
    // No note: the reason the assistant read this period is for the editor (the review shows
    // it), not for readers.
    period: own.period,
    event: /hội nghị/iu.test(text)
      ? {
          name: `${TO_FILL} loại và chủ đề của hội nghị, bằng lời của cổng; hoặc đặt cả event là null`,
          organiser: `${TO_FILL} đơn vị tổ chức như bài nêu; null nếu không rõ`,
          place: `${TO_FILL} địa điểm như bài in; null nếu không rõ`,
        }
      : null,
    summary: `${TO_FILL} hai đến bốn câu bằng lời của cổng: bài nói về việc gì, ở đâu, giai đoạn nào.`,
    unknowns,
    sourceFile: options.sourceFile,
    figures: extraction.figures.map((figure, i) =>
      draftFigure(figure, ids[i]!, ids, options.indicators, extraction.sentences[figure.sentence]?.text),
    ),
  };
}
