import { describe, expect, it } from 'vitest';
import { EXCLUSION_EXAMPLES, FORM_EXAMPLES } from './examples.fixture.ts';
import { extractFigures } from './extract.ts';
import { scanNumbers } from './numbers.ts';

const indicators = [
  { id: 'teams', name: 'Tổ tự quản', definition: 'Số tổ, đội tự quản đang hoạt động.' },
  { id: 'people', name: 'Người tham gia', definition: 'Số người, lượt người tham gia.' },
];
const extract = (text: string) => extractFigures(text, { indicators });

describe('extractFigures: number forms', () => {
  it.each(FORM_EXAMPLES.map((e) => [e.form, e] as const))('%s', (_form, example) => {
    const { figures } = extract(example.sentence);
    expect(figures).toHaveLength(1);
    const [figure] = figures;
    expect({
      value: figure!.value,
      ...(figure!.outOf !== undefined ? { outOf: figure!.outOf } : {}),
      qualifier: figure!.qualifier,
      qualifierWord: figure!.qualifierWord,
      unit: figure!.unit,
    }).toEqual(example.expected);
  });
});

describe('extractFigures: numbers that are not figures', () => {
  it.each(EXCLUSION_EXAMPLES.map((e) => [e.phrase, e] as const))('“%s”', (_phrase, example) => {
    const { figures, excluded } = extract(example.sentence);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[8, 'tổ']]);
    expect(excluded).toContainEqual(expect.objectContaining({ printed: example.printed, reason: example.reason }));
  });

  it('lists every number it does not propose, so none is dropped unseen', () => {
    const text = EXCLUSION_EXAMPLES.map((e) => e.sentence).join(' ');
    const { figures, excluded } = extract(text);
    const digits = scanNumbers(text).filter((t) => t.form === 'digits');
    // The "8 tổ" of every sentence is one figure printed in each of them.
    const printed = figures.reduce((n, f) => n + f.sentences.length, 0);
    expect(printed + excluded.length).toBe(digits.length);
  });

  it('reads a number word only where it counts something', () => {
    const { figures } = extract(
      'Đây là một mô hình hiệu quả. Mỗi năm tổ chức 2 đợt. Năm nay có ba đội. Trong năm 2020 có tám tổ. Sơ kết 4 năm mô hình.',
    );
    expect(figures.map((f) => [f.printed, f.value, f.unit])).toEqual([
      ['2', 2, 'đợt'],
      ['ba', 3, 'đội'],
      ['tám', 8, 'tổ'],
      ['4', 4, 'năm'],
    ]);
  });
});

describe('extractFigures: figures together', () => {
  it('adds the whole of a share that restates the count just printed', () => {
    const { figures } = extract('Số người tái phạm là 12, chiếm tỷ lệ 12/340 = 3,5%.');
    expect(figures.map((f) => [f.value, f.outOf, f.unit])).toEqual([
      [12, 340, 'người'],
      [3.5, undefined, '%'],
    ]);
  });

  it('proposes a figure printed twice (a headline and its body) once, with both sentences', () => {
    const { figures } = extract(
      'Huyện có 315 tổ tự quản\n\nSau hội nghị, huyện có 315 tổ tự quản. Khác: 316 tổ tự quản.',
    );
    expect(figures.map((f) => [f.value, f.sentences])).toEqual([
      [315, [0, 1]],
      [316, [2]],
    ]);
  });

  it('gives the first number of a range the unit of the second', () => {
    const { figures } = extract('Mỗi tổ có 5-7 thành viên, từ 20 đến 30 hộ.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [5, 'thành viên'],
      [7, 'thành viên'],
      [20, 'hộ'],
      [30, 'hộ'],
    ]);
  });

  it('keeps two different things with the same number apart', () => {
    const { figures } = extract('Hòa giải 214 vụ; giúp đỡ 214 người.');
    expect(figures.map((f) => f.unit)).toEqual(['vụ', 'người']);
  });

  it('gives each figure its sentence, period hints, a suggested period and indicator', () => {
    const { figures, sentences, time } = extract(
      'Ngày 03/12/2019, huyện tổng kết giai đoạn 2014-2019. Trong 5 năm qua, huyện lập 40 tổ tự quản.',
    );
    expect(time).toEqual({
      date: { text: 'Ngày 03/12/2019', year: 2019, month: 12, day: 3, yearInferred: null },
      period: { from: 2014, to: 2019, text: 'giai đoạn 2014-2019' },
    });
    const [figure] = figures;
    expect(sentences[figure!.sentence]!.text).toBe('Trong 5 năm qua, huyện lập 40 tổ tự quản.');
    expect(figure!.periodHints.map((h) => h.text)).toEqual(['Trong 5 năm qua']);
    expect(figure!.period.period).toEqual({ kind: 'range', from: 2014, to: 2019 });
    expect(figure!.indicator?.id).toBe('teams');
    expect(figure!.label).toBe('tổ tự quản');
  });

  it('finds the quoted model names', () => {
    const { models } = extract('Huyện có 36 “Tổ phụ nữ tự quản” và mô hình “Bến đò an toàn”.');
    expect(models.map((m) => m.name)).toEqual(['Tổ phụ nữ tự quản', 'Bến đò an toàn']);
  });
});
