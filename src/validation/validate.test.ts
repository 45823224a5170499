import { describe, expect, it } from 'vitest';
import { fixtureFiles, json, validModel, validReport } from './fixtures.ts';
import { formatProblem } from './problems.ts';
import { validateContent } from './validate.ts';
import { validateEntry } from './entry.ts';
import { buildReferences } from './references.ts';

function problemsOf(overrides: Record<string, string | null>): string[] {
  return validateContent(fixtureFiles(overrides)).problems.map(formatProblem);
}

const report = (change: (r: Record<string, unknown>) => void) => {
  const r = validReport();
  change(r);
  return { 'content/reports/bao-cao-mau.json': json(r) };
};
const model = (change: (m: Record<string, unknown>) => void) => {
  const m = validModel();
  change(m);
  return { 'content/models/mo-hinh-mau.json': json(m) };
};
const figures = (r: Record<string, unknown>) => r['figures'] as Array<Record<string, unknown>>;

describe('validateContent', () => {
  it('accepts the valid fixture and returns every record', () => {
    const { problems, content } = validateContent(fixtureFiles());
    expect(problems).toEqual([]);
    expect(content?.reports).toHaveLength(1);
    expect(content?.reports[0]?.figures).toHaveLength(3);
    expect(content?.models).toHaveLength(1);
    expect(content?.articles[0]?.slug).toBe('bai-mau');
    expect(content?.provinces.current).toHaveLength(34);
  });

  it('refuses to publish a figure the import proposed until an editor accepts it; a draft may hold it', () => {
    expect(problemsOf(report((r) => void (figures(r)[0]!['proposed'] = true)))).toEqual([
      'content/reports/bao-cao-mau.json: /figures/0/proposed: the import proposed this figure and no editor has accepted it: check it against the source, then untick it (or delete the figure)',
    ]);
    const asDraft = problemsOf(
      report((r) => {
        r['draft'] = true;
        figures(r)[0]!['proposed'] = true;
      }),
    );
    // (The other entries then point at a draft, which is reported on its own.)
    expect(asDraft.filter((p) => p.includes('/proposed'))).toEqual([]);
  });

  it('asks for the English name of a headline figure’s unit, and only for headline figures', () => {
    const headline = (unit: string) =>
      report((r) => {
        figures(r)[0]!['headline'] = true;
        figures(r)[0]!['unit'] = unit;
      });
    expect(problemsOf(headline('cụm'))).toEqual([]);
    expect(problemsOf(headline('chiếc'))).toEqual([
      'content/reports/bao-cao-mau.json: /figures/0/unit: a headline figure\'s unit "chiếc" has no English name: add {"vi": "chiếc", "en": "…"} to content/reference/units.json',
    ]);
    expect(problemsOf(report((r) => void (figures(r)[0]!['unit'] = 'chiếc')))).toEqual([]);
  });

  it.each<[string, Record<string, string | null>, string]>([
    [
      'malformed JSON',
      { 'content/models/mo-hinh-mau.json': '{ "slug": ' },
      'content/models/mo-hinh-mau.json: is not valid JSON',
    ],
    [
      'a missing required field',
      model((m) => delete m['summary']),
      'content/models/mo-hinh-mau.json: /summary: required field is missing',
    ],
    [
      'a wrong type',
      model((m) => ((m['recognitions'] as Array<Record<string, unknown>>)[0]!['year'] = '2020a')),
      'content/models/mo-hinh-mau.json: /recognitions/0/year: expected a number, got "2020a"',
    ],
    [
      'an unknown province',
      model((m) => (m['province'] = '99')),
      'content/models/mo-hinh-mau.json: /province: unknown province code "99"',
    ],
    [
      'a duplicate figure id',
      report((r) => (figures(r)[2]!['id'] = 'mau-cum-a')),
      'content/reports/bao-cao-mau.json: /figures/2/id: duplicate figure id "mau-cum-a"',
    ],
    [
      'NFD text',
      model((m) => (m['name'] = 'Tổ hòa giải'.normalize('NFD'))),
      'content/models/mo-hinh-mau.json: /name: text is not in Unicode NFC form',
    ],
    [
      'parts that do not add up',
      report((r) => (figures(r)[1]!['value'] = 9)),
      'content/reports/bao-cao-mau.json: /figures/0/parts: parts add up to 21, not 22',
    ],
    [
      'a part that is not in the report',
      report((r) => (figures(r)[0]!['parts'] = ['mau-cum-a', 'khong-co'])),
      'content/reports/bao-cao-mau.json: /figures/0/parts/1: no figure "khong-co" in this report',
    ],
    [
      'an unknown indicator',
      report((r) => (figures(r)[0]!['indicator'] = 'khong-co')),
      'content/reports/bao-cao-mau.json: /figures/0/indicator: unknown indicator "khong-co"',
    ],
    [
      'a negative value',
      report((r) => (figures(r)[0]!['value'] = -1)),
      'content/reports/bao-cao-mau.json: /figures/0/value:',
    ],
    [
      'a period that ends before it starts',
      report((r) => (r['period'] = { kind: 'range', from: 2024, to: 2019 })),
      'content/reports/bao-cao-mau.json: /period/from: period starts (2024) after it ends (2019)',
    ],
    [
      'a day that does not exist',
      report((r) => (r['published'] = { text: '31/2', year: 2024, month: 2, day: 31, yearInferred: null })),
      'content/reports/bao-cao-mau.json: /published/day: day 31 does not exist in month 2',
    ],
    [
      'a model citing a report that does not exist',
      model((m) => (m['reports'] = ['khong-co'])),
      'content/models/mo-hinh-mau.json: /reports/0: no report with id "khong-co"',
    ],
    [
      'a highlight without a nationwide recognition',
      model((m) => (m['recognitions'] = [])),
      'content/models/mo-hinh-mau.json: /highlight: highlight is true but no recognition is national and nationwide',
    ],
    ['an unknown field', model((m) => (m['colour'] = 'đỏ')), 'content/models/mo-hinh-mau.json: unknown field "colour"'],
    [
      'a file name that does not match the slug',
      { 'content/models/mo-hinh-mau.json': null, 'content/models/ten-khac.json': json(validModel()) },
      'content/models/ten-khac.json: /slug: slug "mo-hinh-mau" must match the file name "ten-khac"',
    ],
    [
      'an article body that references a missing figure',
      {
        'content/articles/bai-mau.mdx':
          '---\ntitle: A\ndescription: B\npublished: 2026-11-01\nreports: [bao-cao-mau]\n---\n<Figure id="khong-co" />\n',
      },
      'content/articles/bai-mau.mdx: body line 7: <Figure id="khong-co">: no figure with that id',
    ],
    [
      'an article without frontmatter',
      { 'content/articles/bai-mau.mdx': 'Chỉ có nội dung.' },
      'content/articles/bai-mau.mdx: has no frontmatter block',
    ],
    [
      'a missing reference file',
      { 'content/reference/indicators.json': null },
      'content/reference/indicators.json: file is missing',
    ],
    [
      'a correction on a day that does not exist',
      report((r) => (r['corrections'] = [{ date: '2025-02-30', what: 'Sửa số', why: 'Nhập nhầm' }])),
      'content/reports/bao-cao-mau.json: /corrections/0/date: "2025-02-30" is not a day of the calendar',
    ],
    [
      'corrections out of order',
      report(
        (r) =>
          (r['corrections'] = [
            { date: '2025-03-02', what: 'Sửa số', why: 'Nhập nhầm' },
            { date: '2025-03-01', what: 'Sửa tên', why: 'Nhập nhầm' },
          ]),
      ),
      'content/reports/bao-cao-mau.json: /corrections/1/date: corrections are listed oldest first',
    ],
    [
      'a correction of a figure of another report',
      report((r) => (r['corrections'] = [{ date: '2025-03-01', figure: 'khong-co', what: 'Sửa số', why: 'Nhầm' }])),
      'content/reports/bao-cao-mau.json: /corrections/0/figure: no figure "khong-co" in this report',
    ],
    [
      'an earlier value without its figure',
      report((r) => (r['corrections'] = [{ date: '2025-03-01', previousValue: 3, what: 'Sửa số', why: 'Nhầm' }])),
      'content/reports/bao-cao-mau.json: /corrections/0/previousValue: an earlier value needs the figure',
    ],
    [
      'a stray file',
      { 'content/models/ghi-chu.txt': 'x' },
      'content/models/ghi-chu.txt: is not a kind of content file',
    ],
  ])('reports %s with the file and field', (_name, overrides, expected) => {
    const problems = problemsOf(overrides);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('accepts placeholders in a draft, and leaves drafts out of the content it returns', () => {
    const { problems, content } = validateContent(
      fixtureFiles({
        ...model((m) => {
          m['draft'] = true;
          m['summary'] = '[Cần điền] mô hình là gì.';
        }),
        ...report((r) => delete figures(r)[2]!['model']),
        'content/articles/bai-mau.mdx': null,
      }),
    );
    expect(problems).toEqual([]);
    expect(content?.models).toEqual([]);
    expect(content?.drafts).toEqual(['content/models/mo-hinh-mau.json']);
  });

  it.each<[string, Record<string, string | null>, string]>([
    [
      'a placeholder in a published entry',
      model((m) => (m['place'] = '[Cần xác nhận] xã Mẫu')),
      'content/models/mo-hinh-mau.json: /place: placeholder "[Cần xác nhận]" is still there',
    ],
    [
      'a placeholder in a published article body',
      {
        'content/articles/bai-mau.mdx':
          '---\ntitle: A\ndescription: B\npublished: 2026-11-01\nreports: [bao-cao-mau]\n---\n[Cần điền] đoạn mở đầu.\n',
      },
      'content/articles/bai-mau.mdx: /body: placeholder "[Cần điền]" is still there',
    ],
    [
      'a published model citing a draft report',
      report((r) => (r['draft'] = true)),
      'content/models/mo-hinh-mau.json: /reports/0: report "bao-cao-mau" is a draft, which the build leaves out',
    ],
    [
      'a published article showing a figure of a draft report',
      report((r) => (r['draft'] = true)),
      'content/articles/bai-mau.mdx: body line 11: figure "mau-cum" is a draft',
    ],
  ])('reports %s', (_name, overrides, expected) => {
    const problems = problemsOf(overrides);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('says every problem in Vietnamese too', () => {
    const { problems } = validateContent(
      fixtureFiles({
        ...report((r) => {
          figures(r)[1]!['value'] = 9;
          r['published'] = { text: '31/2', year: 2024, month: 2, day: 31, yearInferred: null };
        }),
      }),
    );
    expect(problems.map((p) => p.vi)).toEqual([
      'Tháng 2 không có ngày 31.',
      'Các phần cộng lại được 21, không phải 22: đối chiếu từng số với bài nguồn.',
    ]);
    const schema = validateContent(
      fixtureFiles(model((m) => ((m['recognitions'] as Array<Record<string, unknown>>)[0]!['year'] = '2020a'))),
    );
    expect(schema.problems[0]?.vi).toBe('Cần một số, không phải "2020a".');
  });

  it('reads a field that is not required the same whether it is left out or null', () => {
    const { problems, content } = validateContent(
      fixtureFiles({
        ...model((m) => {
          delete m['place'];
          (m['recognitions'] as Array<Record<string, unknown>>)[0]!['note'] = null;
        }),
        ...report((r) => {
          delete r['author'];
          figures(r)[0]!['note'] = null;
        }),
      }),
    );
    expect(problems).toEqual([]);
    expect(content?.models[0]?.place).toBeNull();
    expect(content?.models[0]?.recognitions[0]?.note).toBeUndefined();
    expect(content?.reports[0]?.author).toBeNull();
  });

  it('sums the parts of a report that is still incomplete, as the web editor checks while an editor types', () => {
    const refs = buildReferences({
      provinces: { former: [], current: [] },
      indicatorIds: new Set(),
      categoryIds: new Set(),
      entries: [],
    });
    const exact = (id: string, value: unknown, parts?: string[]) => ({
      id,
      value,
      qualifier: 'exact',
      ...(parts ? { parts } : {}),
    });
    const problems = validateEntry(
      'report',
      'content/reports/x.json',
      { id: 'x', figures: [exact('t', 10, ['a', 'b']), exact('a', 4), exact('b', 5), exact('c', '12a')] },
      undefined,
      refs,
    ).map((p) => `${p.field}: ${p.vi}`);
    expect(problems).toContain(
      '/figures/0/parts: Các phần cộng lại được 9, không phải 10: đối chiếu từng số với bài nguồn.',
    );
    expect(problems).toContain('/figures/3/value: Cần một số, không phải "12a".');
  });

  it('keeps a <script> string as text: it is valid content, escaped when rendered', () => {
    const { problems, content } = validateContent(
      fixtureFiles(model((m) => (m['summary'] = 'A <script>alert(1)</script> B'))),
    );
    expect(problems).toEqual([]);
    expect(content?.models[0]?.summary).toBe('A <script>alert(1)</script> B');
  });

  it('returns no content at all when any file has a problem, so nothing is dropped silently', () => {
    const result = validateContent(fixtureFiles(model((m) => (m['province'] = '99'))));
    expect(result.content).toBeUndefined();
  });
});
