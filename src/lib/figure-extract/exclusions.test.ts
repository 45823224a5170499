import { describe, expect, it } from 'vitest';
import { exclusionReason, findNames } from './exclusions.ts';
import { scanNumbers } from './numbers.ts';
import { findQuotes } from './prepare.ts';

/** Why the number printed as `printed` in `text` is not a figure (null: it may be one). */
function reason(text: string, printed: string, names: string[] = []) {
  const token = scanNumbers(text).find((t) => t.printed === printed);
  if (!token) throw new Error(`no number “${printed}” in “${text}”`);
  return exclusionReason(token, { text, quotes: findQuotes(text), names: findNames(text, names) });
}

describe('exclusionReason', () => {
  it.each([
    ['Sáng 08:30, hội nghị khai mạc', '08', 'time'],
    ['Sáng 08:30, hội nghị khai mạc', '30', 'time'],
    ['lúc 14h30 ngày hôm đó', '14', 'time'],
    ['Ngày 12/3/2021, Công an huyện', '12/3/2021', 'date'],
    ['chiều ngày 5/8 tại hội trường', '5/8', 'date'],
    ['từ 3/9 đến nay', '3/9', 'date'],
    ['tháng 6/2023 đã sơ kết', '6/2023', 'date'],
    ['vào ngày 21 tháng 11', '21', 'date'],
    ['vào ngày 21 tháng 11', '11', 'date'],
    ['được thành lập năm 2018', '2018', 'year'],
    ['mô hình ra đời từ năm 2009 ở xã', '2009', 'year'],
    ['thôn Đồng Tâm 2017 được khen', '2017', 'year'],
    ['giai đoạn 2021–2025', '2021', 'period'],
    ['giai đoạn 2021–2025', '2025', 'period'],
    ['chương trình (2016 - 2020) đã', '2016', 'period'],
    ['từ 2016 đến 2020 đã', '2016', 'period'],
    ['từ 2016 đến 2020 đã', '2020', 'period'],
    ['theo Kế hoạch số 123/KH-UBND của tỉnh', '123', 'document'],
    ['Quyết định số 1234/QĐ-UBND ngày', '1234', 'document'],
    ['thực hiện Nghị định 144/2021/NĐ-CP', '144/2021', 'document'],
    ['triển khai Đề án 06 của Chính phủ', '06', 'document'],
    ['theo Chỉ thị số 15 của Tỉnh ủy', '15', 'document'],
    ['Chương trình liên tịch số 7 giữa hai ngành', '7', 'document'],
    ['Điều 5 của quy chế', '5', 'document'],
    ['thực hiện Kết luận 35-KL/TW', '35', 'document'],
    ['theo Chỉ thị 09-CT/TW', '09', 'document'],
    ['Đại hội lần thứ 3 của Hội', '3', 'ordinal'],
    ['trong quý 2 năm nay', '2', 'date'],
    ['trẻ em dưới 16 tuổi vi phạm', '16', 'age'],
    ['thanh niên từ 16 đến 30 tuổi', '16', 'age'],
    ['thanh niên từ 16 đến 30 tuổi', '30', 'age'],
    ['người trong độ tuổi 18 trở lên', '18', 'age'],
    ['đạt tiêu chí 8.1 về an ninh', '8.1', 'code'],
    ['ứng dụng phiên bản 2.0 mới', '2.0', 'code'],
    ['Trưởng BCĐ 127 huyện phát biểu', '127', 'name'],
    ['Ban chỉ đạo (BCĐ) 127 huyện', '127', 'name'],
    ['Phòng PC06 Công an tỉnh', '06', 'name'],
    ['Đội 3 Công an huyện', '3', 'name'],
    ['tổ dân phố số 4 phường Bắc Sơn', '4', 'name'],
    ['dọc Quốc lộ 1A có 5 chốt', '1', 'name'],
    ['mô hình “Năm không ba có” và “Zalo an ninh 24 giờ”', '24', 'name'],
    ['trong 3 năm qua, huyện đã', '3', 'duration'],
    ['Sau 6 tháng triển khai, xã đã', '6', 'duration'],
    ['qua hơn 2 năm thực hiện', '2', 'duration'],
    ['2 năm gần đây, tỉnh đã', '2', 'duration'],
  ])('“%s”: %s is a %s', (text, printed, expected) => {
    expect(reason(text, printed)).toBe(expected);
  });

  it('leaves out digits inside names it is given', () => {
    expect(reason('Ban chỉ đạo 127 huyện họp', '127', ['BCĐ 127', 'Ban chỉ đạo 127'])).toBe('name');
  });

  it.each([
    ['có 315 tổ tự quản', '315'],
    ['45/50 xã, phường đạt chuẩn', '45/50'],
    ['5/10 xã có camera', '5/10'],
    ['hơn 2.000 người dự', '2.000'],
    ['Kế hoạch 5 năm có 12 nhiệm vụ', '12'],
    ['thu hồi 2000 viên đạn', '2000'],
    ['mỗi tổ 12 thành viên', '12'],
    ['huy động 70 lượt CBCS', '70'],
    ['sau hội nghị, 36 tổ được lập', '36'],
    ['đạt 90% kế hoạch', '90'],
  ])('“%s”: %s may be a figure', (text, printed) => {
    expect(reason(text, printed)).toBeNull();
  });

  it('reads the digits of a long quotation (reported speech) as figures', () => {
    const text =
      'Đồng chí nhấn mạnh: “Trong năm tới toàn huyện cần duy trì ổn định hoạt động của 315 tổ tự quản ở tất cả các thôn, tổ dân phố trên địa bàn”.';
    expect(reason(text, '315')).toBeNull();
  });
});
