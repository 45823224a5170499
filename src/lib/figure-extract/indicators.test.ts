import { describe, expect, it } from 'vitest';
import { countedNouns, indexIndicators } from './indicators.ts';

const indicators = [
  { id: 'teams', name: 'Tổ tự quản', definition: 'Số tổ, đội hoặc nhóm tự quản đang hoạt động.' },
  { id: 'festivals', name: 'Ngày hội bảo vệ Tổ quốc', definition: 'Số lượt tổ chức ngày hội ở một cấp.' },
  { id: 'tips', name: 'Tin báo của nhân dân', definition: 'Số tin, nguồn tin người dân cung cấp.' },
  { id: 'tips-checked', name: 'Tin được xác minh', definition: 'Số tin được xác minh, giải quyết.' },
  { id: 'share', name: 'Tỷ lệ hộ đạt chuẩn', definition: 'Phần trăm hộ đạt chuẩn an toàn.' },
];

describe('countedNouns', () => {
  it('reads the nouns after the opening "Số", or "%" for a share', () => {
    expect([...countedNouns(indicators[0]!.definition)]).toEqual(['tổ', 'đội', 'nhóm']);
    expect([...countedNouns(indicators[1]!.definition)]).toEqual(['lượt', 'lượt tổ chức']);
    expect([...countedNouns(indicators[4]!.definition)]).toEqual(['%']);
    expect([...countedNouns('Thời gian diễn ra hội nghị.')]).toEqual([]);
  });
});

describe('indexIndicators', () => {
  const index = indexIndicators(indicators);

  it('prefers an indicator that counts the unit, without mistaking "tổ" for "Tổ quốc"', () => {
    expect(index.suggest({ unit: 'tổ', label: 'tổ an ninh', clause: 'duy trì 40 tổ an ninh' })?.id).toBe('teams');
  });

  it('lets the words decide between indicators of the same unit', () => {
    expect(index.suggest({ unit: 'tin', label: 'tin', clause: 'trực tiếp xác minh, giải quyết 80 tin' })?.id).toBe(
      'tips-checked',
    );
    expect(index.suggest({ unit: 'tin', label: 'tin', clause: 'nhân dân cung cấp 80 tin' })?.id).toBe('tips');
  });

  it('maps a percentage to a share', () => {
    expect(index.suggest({ unit: '%', label: 'hộ', clause: '85% hộ đạt chuẩn' })?.id).toBe('share');
  });

  it('says how sure it is: the only indicator counting the unit is a surer guess than two that both do', () => {
    expect(index.suggest({ unit: 'tổ', label: 'tổ an ninh', clause: 'duy trì 40 tổ an ninh' })?.confidence).toBe(
      'high',
    );
    // Both "tin" indicators count the unit and no word tells them apart: only medium.
    expect(index.suggest({ unit: 'tin', label: 'tin', clause: 'có 80 tin' })?.confidence).toBe('medium');
    // No unit and a single shared word: a low guess.
    expect(index.suggest({ unit: null, label: '', clause: 'an ninh' })?.confidence).toBe('low');
  });

  it('suggests nothing when nothing is shared', () => {
    expect(index.suggest({ unit: null, label: '', clause: 'xyz' })).toBeNull();
  });
});
