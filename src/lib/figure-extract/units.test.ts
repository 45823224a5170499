import { describe, expect, it } from 'vitest';
import { findQuotes } from './prepare.ts';
import { countNounAfter, nounAt, unitAfter, unitBefore } from './units.ts';

/** The unit and label of the number `number` printed in `text`. */
function after(text: string, number: string) {
  const end = text.indexOf(number) + number.length;
  return unitAfter(text, end, text.length, findQuotes(text));
}

describe('nounAt', () => {
  it('takes the longest noun and keeps abbreviations in capitals', () => {
    expect(nounAt('tổ dân phố số 4', 0)?.noun).toBe('tổ dân phố');
    expect(nounAt('Tổ chức đoàn thể', 0)?.noun).toBe('tổ chức');
    expect(nounAt('cbcs tham gia', 0)?.noun).toBe('CBCS');
  });

  it('matches whole words only', () => {
    expect(nounAt('tổng cộng', 0)).toBeNull();
    expect(countNounAfter('12 xã', 2)?.noun).toBe('xã');
  });
});

describe('unitAfter', () => {
  it.each([
    ['vận động 2.345 hộ gia đình ký cam kết', '2.345', 'hộ gia đình', 'hộ gia đình ký cam kết'],
    ['thành lập 07 đội xung kích', '07', 'đội', 'đội xung kích'],
    ['thu hút 3,5 triệu lượt người tham gia', '3,5 triệu', 'lượt người', 'lượt người tham gia'],
    ['thu giữ 14 quả lựu đạn, 9 khẩu súng', '14', 'quả lựu đạn', 'quả lựu đạn'],
    ['có 8 loại câu lạc bộ', '8', 'loại câu lạc bộ', 'loại câu lạc bộ'],
    ['tổ chức 60 lượt tuần tra', '60', 'lượt', 'lượt tuần tra'],
    ['giải quyết 316 vụ việc phức tạp', '316', 'vụ việc', 'vụ việc phức tạp'],
    ['huy động 1.500 lượt cán bộ, chiến sĩ', '1.500', 'lượt cán bộ, chiến sĩ', 'lượt cán bộ, chiến sĩ'],
    ['đến 412 thôn, ấp, khu phố trong tỉnh', '412', 'thôn, ấp, khu phố', 'thôn, ấp, khu phố trong tỉnh'],
    ['khen 12 tập thể và cá nhân', '12', 'tập thể và cá nhân', 'tập thể và cá nhân'],
    ['có 27 xã với 90 thôn', '27', 'xã', 'xã'],
  ])('“%s”: %s is counted in “%s”', (text, number, unit, label) => {
    expect(after(text, number)).toMatchObject({ unit, label });
  });

  it('reads a percentage, and a rate per year', () => {
    expect(after('đạt 12,5% số hộ', '12,5')).toMatchObject({ unit: '%', label: 'số hộ' });
    expect(after('tăng 3% mỗi năm', '3')).toMatchObject({ unit: '% mỗi năm' });
    expect(after('giảm 2% theo từng năm', '2')).toMatchObject({ unit: '% mỗi năm' });
    expect(after('có 60% xã, thị trấn đạt chuẩn', '60')).toMatchObject({ unit: '%', label: 'xã, thị trấn đạt chuẩn' });
  });

  it('takes a quoted name after the number as the label, its first noun as the unit', () => {
    const text = 'duy trì 36 “Tổ phụ nữ tự quản” và 5 lượt “Ngày hội đoàn kết”';
    expect(after(text, '36')).toMatchObject({ unit: 'tổ', label: 'Tổ phụ nữ tự quản' });
    expect(after(text, '5')).toMatchObject({ unit: 'lượt', label: 'lượt “Ngày hội đoàn kết”' });
  });

  it('stops the label at a stop word', () => {
    expect(after('lập 40 tổ tuần tra với 300 thành viên', '40')).toMatchObject({ label: 'tổ tuần tra' });
  });

  it('finds no unit where no count noun follows', () => {
    expect(after('chỉ số đạt 87, cao nhất', '87')).toMatchObject({ unit: null });
  });
});

describe('unitBefore', () => {
  it('reads a unit named before the number', () => {
    const text = 'tổng số hộ nghèo được hỗ trợ 126, đạt kế hoạch';
    expect(unitBefore(text, text.indexOf('126'), 0)).toMatchObject({ unit: 'hộ', label: 'hộ nghèo được hỗ trợ' });
  });

  it('does not reach past another number or read "một số" as a count', () => {
    const past = 'số hộ 12 và 30';
    expect(unitBefore(past, past.indexOf('30'), 0)).toBeNull();
    const some = 'một số mô hình đạt 40';
    expect(unitBefore(some, some.indexOf('40'), 0)).toBeNull();
  });
});
