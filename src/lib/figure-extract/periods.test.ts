import { describe, expect, it } from 'vitest';
import {
  findReportDate,
  findReportPeriod,
  periodHints,
  reportPeriod,
  suggestPeriod,
  type ReportTime,
} from './periods.ts';

describe('periodHints', () => {
  it('finds ranges, "since", recent spans, years and "now" with their words', () => {
    const sentence =
      'Giai đoạn 2016-2021, từ năm 2012 đến nay, trong 3 năm qua và năm 2019, hiện nay toàn huyện có 40 tổ.';
    expect(periodHints(sentence).map((h) => [h.kind, h.text])).toEqual([
      ['range', 'Giai đoạn 2016-2021'],
      ['since', 'từ năm 2012 đến nay'],
      ['recent', 'trong 3 năm qua'],
      ['year', 'năm 2019'],
      ['now', 'hiện nay'],
    ]);
  });

  it('reads a span written in words and a sentence opened by "Hiện"', () => {
    expect(periodHints('Qua mười năm thực hiện, huyện có 9 tổ.')[0]).toMatchObject({ kind: 'recent', years: 10 });
    expect(periodHints('Hiện huyện có 9 tổ.')[0]).toMatchObject({ kind: 'now' });
  });

  it('does not take "thực hiện" or "phát hiện" for "now"', () => {
    expect(periodHints('đã thực hiện 5 đợt, phát hiện 2 vụ')).toEqual([]);
  });
});

describe('findReportDate', () => {
  it.each([
    ['Chiều ngày 03/12/2019, tại hội trường…', { text: 'Chiều ngày 03/12/2019', year: 2019, month: 12, day: 3 }],
    ['Tin tức\n\n21/05/2021 09:15\nHuyện…', { text: '21/05/2021 09:15', year: 2021, month: 5, day: 21 }],
    ['Ngày 7/4, huyện tổ chức…', { text: 'Ngày 7/4', year: null, month: 4, day: 7 }],
  ])('reads “%s”', (text, date) => {
    expect(findReportDate(text)).toEqual({ ...date, yearInferred: null });
  });

  it('finds nothing in a text without a date', () => {
    expect(findReportDate('Huyện có 12 tổ tự quản.')).toBeNull();
  });
});

describe('findReportPeriod', () => {
  it('takes the first range the report names', () => {
    expect(findReportPeriod('Tổng kết giai đoạn 2016 – 2021. Kế hoạch 2022-2025.')).toEqual({
      from: 2016,
      to: 2021,
      text: 'giai đoạn 2016 – 2021',
    });
  });
});

describe('suggestPeriod', () => {
  const dated: ReportTime = {
    date: { text: '03/12/2019', year: 2019, month: 12, day: 3, yearInferred: null },
    period: { from: 2014, to: 2019, text: 'giai đoạn 2014-2019' },
  };
  const undated: ReportTime = { date: null, period: null };
  const suggest = (sentence: string, time: ReportTime) =>
    suggestPeriod(periodHints(sentence), sentence.search(/\d+ tổ/), time).period;

  it('uses the report span for "in the past N years" when the lengths agree', () => {
    expect(suggest('Trong 5 năm qua, huyện lập 40 tổ.', dated)).toEqual({ kind: 'range', from: 2014, to: 2019 });
  });

  it('counts back from the report year otherwise', () => {
    expect(suggest('Trong 2 năm qua, huyện lập 40 tổ.', dated)).toEqual({ kind: 'range', from: 2017, to: 2019 });
  });

  it('reads "since" up to the report year and a printed year as that year', () => {
    expect(suggest('Từ năm 2016 đến nay, huyện lập 40 tổ.', dated)).toEqual({ kind: 'range', from: 2016, to: 2019 });
    expect(suggest('Năm 2015 huyện có 40 tổ.', dated)).toMatchObject({
      kind: 'asOf',
      date: { year: 2015, month: null, text: 'Năm 2015' },
    });
  });

  it('places "now" at the report date, and says when it has to guess', () => {
    expect(suggest('Hiện nay huyện có 40 tổ.', dated)).toEqual({ kind: 'asOf', date: dated.date });
    const none = suggestPeriod([], 0, undated);
    expect(none.period).toMatchObject({ kind: 'asOf', date: { text: '[Cần điền]', year: null } });
    expect(none.reason).toContain('không nêu');
  });

  it('falls back to the report period when the sentence gives no time', () => {
    expect(suggest('Huyện lập 40 tổ.', dated)).toEqual(reportPeriod(dated).period);
  });
});
