import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../schemas/report.ts';
import { validReport } from '../validation/fixtures.ts';
import {
  ACCESS_DATE_PLACEHOLDER,
  accessDateText,
  figureAsPrinted,
  figureCitation,
  reportReference,
  withAccessDate,
} from './figure-citation.ts';
import { SITE_NAME } from './site.ts';

const report: Report = reportSchema.parse(validReport());
const figure = { ...report.figures[0]!, qualifier: 'over' as const, qualifierWord: 'hơn' as const, value: 1224 };
const url = 'https://antq.example.vn/so-lieu/f/mau-cum/';

describe('figure citation', () => {
  it('names the figure as printed: label, qualifier word, value, unit, period and scope', () => {
    expect(figureAsPrinted(figure)).toBe(
      'Cụm an ninh liên hoàn: hơn 1.224 cụm (tính đến 16/10/2024; phạm vi: toàn tỉnh)',
    );
  });

  it('says a target is a target, so a plan is never quoted as an achievement', () => {
    expect(figureAsPrinted({ ...figure, kind: 'target' })).toBe(
      'Cụm an ninh liên hoàn: mục tiêu hơn 1.224 cụm (tính đến 16/10/2024; phạm vi: toàn tỉnh)',
    );
  });

  it('names the source by publisher, printed title and date, or says what is missing', () => {
    expect(reportReference(report)).toBe('Báo Mẫu, “Báo cáo mẫu”, 16/10/2024');
    const bare = { ...report, title: null, publisher: { name: null, asPrinted: null, inferred: null } };
    expect(reportReference(bare)).toBe(
      'không rõ cơ quan đăng, Báo cáo mẫu để kiểm thử (bài không in tiêu đề), 16/10/2024',
    );
  });

  it('ends with the portal, the figure URL and the access date, a placeholder until the reader’s date is known', () => {
    const text = figureCitation({ figure, report, province: 'Bắc Kạn (nay thuộc tỉnh Thái Nguyên)', url });
    expect(text).toBe(
      'Bắc Kạn (nay thuộc tỉnh Thái Nguyên): Cụm an ninh liên hoàn: hơn 1.224 cụm (tính đến 16/10/2024; phạm vi: toàn tỉnh). ' +
        'Nguồn: Báo Mẫu, “Báo cáo mẫu”, 16/10/2024. ' +
        `Dẫn theo: ${SITE_NAME}, ${url}, truy cập ngày ${ACCESS_DATE_PLACEHOLDER}.`,
    );
    const dated = withAccessDate(text, new Date(2026, 11, 6));
    expect(dated.endsWith(`${url}, truy cập ngày 06/12/2026.`)).toBe(true);
    expect(dated).not.toContain(ACCESS_DATE_PLACEHOLDER);
  });

  it('writes the access date as day/month/year with two digits', () => {
    expect(accessDateText(new Date(2025, 0, 5))).toBe('05/01/2025');
  });
});
