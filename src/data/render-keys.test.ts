import { describe, expect, it } from 'vitest';
import { indexContent, type ContentData } from '../lib/content-index.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { figurePageKey, modelPageKey, reportCsvKey, reportPageKey } from './render-keys.ts';

// The real content, validated as the build does; each test edits a fresh copy.
const { content, problems } = validateContent(readContentFiles('content'));
if (!content) throw new Error(`content does not validate: ${problems.map((p) => p.message).join('; ')}`);
const fresh = (): ContentData => structuredClone(content) as ContentData;

const FIGURE = 'bk-to-hoa-giai';
const figureKey = (data: ContentData) => {
  const site = indexContent(data);
  return figurePageKey(site, site.figure(FIGURE), undefined);
};
const reportKeys = (data: ContentData, id: string) => {
  const site = indexContent(data);
  const report = site.report(id);
  return [reportPageKey(site, report, [], undefined), reportCsvKey(site, report)];
};

describe('render keys', () => {
  it('are the same for the same content, indexed twice', () => {
    expect(figureKey(fresh())).toBe(figureKey(fresh()));
    expect(reportKeys(fresh(), 'bac-kan-2024-so-ket-mo-hinh')).toEqual(
      reportKeys(fresh(), 'bac-kan-2024-so-ket-mo-hinh'),
    );
  });

  it('change a figure page’s key with its report, its indicator’s name or figure count, and its card', () => {
    const before = figureKey(fresh());
    const sibling = fresh();
    const report = sibling.reports.find((r) => r.figures.some((f) => f.id === FIGURE))!;
    report.figures.find((f) => f.id !== FIGURE)!.label += ' (sửa)';
    expect(figureKey(sibling)).not.toBe(before);

    const renamed = fresh();
    const indicatorId = report.figures.find((f) => f.id === FIGURE)!.indicator;
    (renamed.indicators.find((i) => i.id === indicatorId) as { name: string }).name += ' (sửa)';
    expect(figureKey(renamed)).not.toBe(before);

    const counted = fresh();
    const other = counted.reports.find((r) => r.id !== report.id)!;
    other.figures[0]!.indicator = indicatorId;
    expect(figureKey(counted)).not.toBe(before);

    const site = indexContent(fresh());
    const card = { kicker: 'a', title: 'b', footer: 'c' };
    expect(figurePageKey(site, site.figure(FIGURE), card)).not.toBe(
      figurePageKey(site, site.figure(FIGURE), { ...card, title: 'b2' }),
    );
  });

  it('keep a figure page’s key when another report changes', () => {
    const before = figureKey(fresh());
    const data = fresh();
    const other = data.reports.find((r) => !r.figures.some((f) => f.id === FIGURE))!;
    other.summary += ' (sửa)';
    expect(figureKey(data)).toBe(before);
  });

  it('change a report page’s key with a model taken from it, and its CSV’s with an indicator it measures', () => {
    const id = 'thanh-hoa-khu-dan-cu-an-toan';
    const [page, csv] = reportKeys(fresh(), id);
    const site = indexContent(fresh());
    const model = site.modelsOfReport(id)[0]!;
    const renamedModel = fresh();
    renamedModel.models.find((m) => m.slug === model.slug)!.name += ' (sửa)';
    const [pageAfter, csvAfter] = reportKeys(renamedModel, id);
    expect(pageAfter).not.toBe(page);
    // The CSV names no model: its key stays, and the file is copied.
    expect(csvAfter).toBe(csv);

    const renamedIndicator = fresh();
    const indicatorId = site.report(id).figures[0]!.indicator;
    (renamedIndicator.indicators.find((i) => i.id === indicatorId) as { name: string }).name += ' (sửa)';
    expect(reportKeys(renamedIndicator, id)[1]).not.toBe(csv);
  });

  it('give a model page with charts no key, and change the key with a related model', () => {
    const site = indexContent(fresh());
    const model = site.data.models.find((m) => site.relatedModels(m, 6).length > 0)!;
    expect(modelPageKey(site, model, true, undefined)).toBeUndefined();
    const before = modelPageKey(site, model, false, undefined);
    const related = site.relatedModels(model, 6)[0]!;
    const data = fresh();
    data.models.find((m) => m.slug === related.slug)!.summary += ' (sửa)';
    const edited = indexContent(data);
    expect(modelPageKey(edited, edited.model(model.slug), false, undefined)).not.toBe(before);
  });
});
