/**
 * Example sentences for the extraction tests, one or more for every number form and every
 * exclusion the importer knows. None comes from the five source reports: the evaluation test
 * (scripts/import-sources.test.ts) checks that no `phrase` below occurs in them, so the rules
 * are shown to work on text they were not written against.
 */
import type { Qualifier } from '../../schemas/common.ts';
import type { ExclusionReason } from './exclusions.ts';

export interface FormExample {
  form: string;
  sentence: string;
  /** The words of the sentence that print the figure. */
  phrase: string;
  expected: {
    value: number;
    outOf?: number;
    qualifier: Qualifier;
    qualifierWord: string | null;
    unit: string;
  };
}

export const FORM_EXAMPLES: readonly FormExample[] = [
  {
    form: 'thousands with dots',
    sentence: 'Toàn huyện vận động được 2.345 hộ gia đình ký cam kết.',
    phrase: '2.345 hộ gia đình',
    expected: { value: 2345, qualifier: 'exact', qualifierWord: null, unit: 'hộ gia đình' },
  },
  {
    form: 'millions with dots',
    sentence: 'Các xã đã huy động 1.250.000 đồng cho quỹ.',
    phrase: '1.250.000 đồng',
    expected: { value: 1_250_000, qualifier: 'exact', qualifierWord: null, unit: 'đồng' },
  },
  {
    form: 'a leading zero',
    sentence: 'Công an xã đã thành lập 07 đội xung kích.',
    phrase: '07 đội',
    expected: { value: 7, qualifier: 'exact', qualifierWord: null, unit: 'đội' },
  },
  {
    form: 'a decimal with a scale word',
    sentence: 'Các buổi tuyên truyền thu hút 3,5 triệu lượt người tham gia.',
    phrase: '3,5 triệu lượt người',
    expected: { value: 3_500_000, qualifier: 'exact', qualifierWord: null, unit: 'lượt người' },
  },
  {
    form: '"hơn" with "nghìn"',
    sentence: 'Nhân dân đã gửi hơn 2 nghìn tin báo về tội phạm.',
    phrase: 'hơn 2 nghìn tin báo',
    expected: { value: 2000, qualifier: 'over', qualifierWord: 'hơn', unit: 'tin báo' },
  },
  {
    form: '"trên"',
    sentence: 'Thị trấn đã lắp trên 150 camera tại các ngã tư.',
    phrase: 'trên 150 camera',
    expected: { value: 150, qualifier: 'over', qualifierWord: 'trên', unit: 'camera' },
  },
  {
    form: 'a percentage with a decimal',
    sentence: 'Tỷ lệ tái phạm còn 12,5%, thấp hơn năm trước.',
    phrase: '12,5%',
    expected: { value: 12.5, qualifier: 'exact', qualifierWord: null, unit: '%' },
  },
  {
    form: '"gần" with a percentage',
    sentence: 'Có gần 60% số hộ lắp khóa chống trộm.',
    phrase: 'gần 60% số hộ',
    expected: { value: 60, qualifier: 'nearly', qualifierWord: 'gần', unit: '%' },
  },
  {
    form: 'a share a/b',
    sentence: 'Đến cuối năm, 45/50 xã, phường đạt chuẩn an toàn.',
    phrase: '45/50 xã, phường',
    expected: { value: 45, outOf: 50, qualifier: 'exact', qualifierWord: null, unit: 'xã, phường' },
  },
  {
    form: '"khoảng"',
    sentence: 'Buổi ra mắt có khoảng 400 người dự.',
    phrase: 'khoảng 400 người',
    expected: { value: 400, qualifier: 'about', qualifierWord: 'khoảng', unit: 'người' },
  },
  {
    form: '"dưới"',
    sentence: 'Số vụ trộm cắp giảm còn dưới 10 vụ mỗi quý.',
    phrase: 'dưới 10 vụ',
    expected: { value: 10, qualifier: 'under', qualifierWord: 'dưới', unit: 'vụ' },
  },
  {
    form: '"chưa đến"',
    sentence: 'Chỉ còn chưa đến 20 trường hợp vi phạm.',
    phrase: 'chưa đến 20 trường hợp',
    expected: { value: 20, qualifier: 'under', qualifierWord: 'chưa đến', unit: 'trường hợp' },
  },
  {
    form: 'a count in words',
    sentence: 'Xã đã ra mắt mười hai tổ tự quản về an ninh.',
    phrase: 'mười hai tổ',
    expected: { value: 12, qualifier: 'exact', qualifierWord: null, unit: 'tổ' },
  },
  {
    form: 'a compound count in words',
    sentence: 'Hội thu hút hai nghìn ba trăm hội viên.',
    phrase: 'hai nghìn ba trăm hội viên',
    expected: { value: 2300, qualifier: 'exact', qualifierWord: null, unit: 'hội viên' },
  },
  {
    form: 'a classifier and its noun',
    sentence: 'Người dân giao nộp 14 quả lựu đạn.',
    phrase: '14 quả lựu đạn',
    expected: { value: 14, qualifier: 'exact', qualifierWord: null, unit: 'quả lựu đạn' },
  },
  {
    form: 'a rate per year',
    sentence: 'Số vụ cháy giảm 3% mỗi năm.',
    phrase: '3% mỗi năm',
    expected: { value: 3, qualifier: 'exact', qualifierWord: null, unit: '% mỗi năm' },
  },
  {
    form: 'a counted quoted name',
    sentence: 'Toàn tỉnh duy trì 36 “Tổ phụ nữ tự quản”.',
    phrase: '36 “Tổ phụ nữ tự quản”',
    expected: { value: 36, qualifier: 'exact', qualifierWord: null, unit: 'tổ' },
  },
  {
    form: 'a unit named before the number',
    sentence: 'Tổng số hộ nghèo được hỗ trợ 126, đạt kế hoạch.',
    phrase: 'hộ nghèo được hỗ trợ 126',
    expected: { value: 126, qualifier: 'exact', qualifierWord: null, unit: 'hộ' },
  },
];

export interface ExclusionExample {
  sentence: string;
  /** The number as printed. */
  printed: string;
  /** The words around it that make it what it is. */
  phrase: string;
  reason: ExclusionReason;
}

export const EXCLUSION_EXAMPLES: readonly ExclusionExample[] = [
  { sentence: 'Ngày 12/3/2021, huyện có 8 tổ.', printed: '12/3/2021', phrase: 'Ngày 12/3/2021', reason: 'date' },
  { sentence: 'Chiều ngày 5/8 xã có 8 tổ.', printed: '5/8', phrase: 'ngày 5/8', reason: 'date' },
  { sentence: 'Tháng 6/2023 xã có 8 tổ.', printed: '6/2023', phrase: 'Tháng 6/2023', reason: 'date' },
  { sentence: 'Lúc 08:30 xã có 8 tổ.', printed: '08', phrase: '08:30', reason: 'time' },
  { sentence: 'Được thành lập năm 2018, xã có 8 tổ.', printed: '2018', phrase: 'năm 2018', reason: 'year' },
  { sentence: 'Thôn Đồng Tâm 2017 có 8 tổ.', printed: '2017', phrase: 'Đồng Tâm 2017', reason: 'year' },
  { sentence: 'Giai đoạn 2021–2025 xã có 8 tổ.', printed: '2021', phrase: '2021–2025', reason: 'period' },
  { sentence: 'Từ 2016 đến 2020 xã có 8 tổ.', printed: '2020', phrase: 'Từ 2016 đến 2020', reason: 'period' },
  { sentence: 'Theo Đề án 06, xã có 8 tổ.', printed: '06', phrase: 'Đề án 06', reason: 'document' },
  {
    sentence: 'Theo Kế hoạch số 123/KH-UBND, xã có 8 tổ.',
    printed: '123',
    phrase: '123/KH-UBND',
    reason: 'document',
  },
  {
    sentence: 'Theo Quyết định số 1234/QĐ-UBND, xã có 8 tổ.',
    printed: '1234',
    phrase: '1234/QĐ-UBND',
    reason: 'document',
  },
  { sentence: 'Theo Chỉ thị số 15, xã có 8 tổ.', printed: '15', phrase: 'Chỉ thị số 15', reason: 'document' },
  { sentence: 'Trẻ em dưới 16 tuổi được giúp, xã có 8 tổ.', printed: '16', phrase: 'dưới 16 tuổi', reason: 'age' },
  { sentence: 'Trưởng BCĐ 127 huyện nói xã có 8 tổ.', printed: '127', phrase: 'BCĐ 127', reason: 'name' },
  { sentence: 'Ban chỉ đạo 127 huyện nói xã có 8 tổ.', printed: '127', phrase: 'Ban chỉ đạo 127', reason: 'name' },
  {
    sentence: 'Mô hình “Zalo an ninh 2.0” giúp xã có 8 tổ.',
    printed: '2.0',
    phrase: 'Zalo an ninh 2.0',
    reason: 'name',
  },
  { sentence: 'Đội 3 Công an huyện lập 8 tổ.', printed: '3', phrase: 'Đội 3', reason: 'name' },
  { sentence: 'Đạt tiêu chí 8.1, xã có 8 tổ.', printed: '8.1', phrase: 'tiêu chí 8.1', reason: 'code' },
  { sentence: 'Đại hội lần thứ 3, xã có 8 tổ.', printed: '3', phrase: 'lần thứ 3', reason: 'ordinal' },
  { sentence: 'Trong 3 năm qua, xã lập 8 tổ.', printed: '3', phrase: 'Trong 3 năm qua', reason: 'duration' },
  { sentence: 'Sau 6 tháng triển khai, xã lập 8 tổ.', printed: '6', phrase: 'Sau 6 tháng', reason: 'duration' },
];
