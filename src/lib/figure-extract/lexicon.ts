/**
 * The words figure extraction reads by: general Vietnamese, not the wording of any one report.
 * Entries are NFC with the project's tone placement ("hòa"); matching ignores case.
 */

/** People and groups of people: listed together they count as one unit ("tập thể, cá nhân"). */
const PERSON_NOUNS = [
  'tập thể',
  'cá nhân',
  'hộ',
  'hộ gia đình',
  'gia đình',
  'người',
  'thành viên',
  'hội viên',
  'đoàn viên',
  'đảng viên',
  'cán bộ',
  'chiến sĩ',
  'học sinh',
  'sinh viên',
  'giáo viên',
];

/** Places: listed together they count as one unit ("thôn, bản, khu dân cư"). */
const PLACE_NOUNS = [
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'bản',
  'xóm',
  'ấp',
  'buôn',
  'làng',
  'sóc',
  'khu phố',
  'tổ dân phố',
  'khu dân cư',
  'cụm dân cư',
  'tiểu khu',
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'tỉnh',
];

/** Institutions: listed together they count as one unit ("cơ quan, doanh nghiệp"). */
const INSTITUTION_NOUNS = ['cơ quan', 'doanh nghiệp', 'trường học', 'nhà trường', 'cơ sở giáo dục', 'bệnh viện'];

/**
 * Nouns a count stands in front of ("845 tổ", "6.091 tin"): the unit of a figure. Written as
 * the unit is stored: lower case, abbreviations in capitals.
 */
export const COUNT_NOUNS: readonly string[] = [
  ...PERSON_NOUNS,
  'người dân',
  'người nghiện',
  'CBCS',
  'chức sắc',
  'đối tượng',
  'phạm nhân',
  'trẻ em',
  'lao động',
  // organised units
  'tổ',
  'tổ chức',
  'đội',
  'nhóm',
  'ban',
  'ban chỉ đạo',
  'câu lạc bộ',
  'CLB',
  'hội',
  'chi hội',
  'cụm',
  'tuyến',
  'điểm',
  'chốt',
  'trạm',
  'mô hình',
  'điển hình',
  'dạng',
  'loại',
  'kiểu',
  ...PLACE_NOUNS,
  'địa phương',
  'địa bàn',
  ...INSTITUTION_NOUNS,
  'trường',
  'cơ sở',
  'đơn vị',
  'chợ',
  'nhà trọ',
  // information and cases
  'tin',
  'tin báo',
  'nguồn tin',
  'thông tin',
  'vụ',
  'vụ việc',
  'vụ án',
  'trường hợp',
  'việc',
  'điểm nóng',
  'kiến nghị',
  'đơn',
  'đơn thư',
  // documents and events
  'văn bản',
  'nghị quyết',
  'chỉ thị',
  'kế hoạch',
  'quyết định',
  'công văn',
  'hương ước',
  'quy ước',
  'nội quy',
  'tài liệu',
  'tờ rơi',
  'băng rôn',
  'khẩu hiệu',
  'bài',
  'tin bài',
  'buổi',
  'cuộc',
  'hội nghị',
  'lớp',
  'đợt',
  'lần',
  'ngày hội',
  'chương trình',
  'hoạt động',
  'công trình',
  'mục tiêu',
  'nhiệm vụ',
  'tiêu chí',
  'chỉ tiêu',
  'giải pháp',
  'nội dung',
  'tôn giáo',
  'dân tộc',
  'bằng khen',
  'giấy khen',
  'huân chương',
  // objects
  'camera',
  'súng',
  'đạn',
  'mìn',
  'lựu đạn',
  'kích điện',
  'vũ khí',
  'vật liệu nổ',
  'dao',
  'xe',
  'xe máy',
  'ô tô',
  'phương tiện',
  'điện thoại',
  'máy tính',
  // time, money, measures
  'năm',
  'tháng',
  'tuần',
  'ngày',
  'giờ',
  'phút',
  'đồng',
  'km',
  'ha',
  'kg',
  'tấn',
  'lít',
];

/**
 * Classifiers: counted words that take the noun after them into the unit
 * ("lượt người", "khẩu súng", "loại mô hình"). Alone they are a unit too ("790 lượt").
 */
export const CLASSIFIERS: readonly string[] = [
  'lượt',
  'loại',
  'đơn vị',
  'khẩu',
  'viên',
  'quả',
  'chiếc',
  'cái',
  'con',
  'kíp',
  'nhóm',
  'cuốn',
  'tờ',
  'bộ',
  'tấm',
];

/**
 * Nouns that join into one unit when listed together ("thôn, bản, khu dân cư", "tập thể, cá nhân"):
 * a count before such a list counts all of them together.
 */
export const NOUN_FAMILIES: readonly (readonly string[])[] = [PLACE_NOUNS, PERSON_NOUNS, INSTITUTION_NOUNS];

/** Units that measure time: a count of them is a duration, and after "trong", "qua" a period. */
export const TIME_UNITS: readonly string[] = ['năm', 'tháng', 'tuần', 'ngày'];

/**
 * A stretch of time, read the same way where it makes a period hint ("trong 5 năm qua") and
 * where it makes a number not a figure ("trong 5 năm", not five of anything): the words before
 * the number, the hedges between them and the number, and the words after the unit.
 */
export const DURATION_BEFORE_WORDS: readonly string[] = ['trong suốt', 'trong vòng', 'trong', 'suốt', 'qua', 'sau'];
export const DURATION_HEDGES: readonly string[] = ['hơn', 'gần', 'trên', 'khoảng'];
export const RECENT_WORDS: readonly string[] = ['qua', 'gần đây', 'trở lại đây', 'vừa qua'];

/** Words that multiply the number before them ("1,2 triệu", "hơn 3 nghìn"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  trăm: 100,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Source words for a hedged number, longest first where one contains another. */
export const QUALIFIER_WORDS: ReadonlyArray<readonly [string, 'over' | 'about' | 'nearly' | 'under']> = [
  ['trên dưới', 'about'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['không đến', 'under'],
  ['không tới', 'under'],
  ['xấp xỉ', 'about'],
  ['ước tính', 'about'],
  ['khoảng', 'about'],
  ['chừng', 'about'],
  ['gần', 'nearly'],
  ['ngót', 'nearly'],
  ['trên', 'over'],
  ['hơn', 'over'],
  ['dưới', 'under'],
];

/**
 * Document kinds whose number is an identifier, not a count ("Đề án 375", "Chỉ thị số 10",
 * "Chương trình phối hợp số 09").
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'đề án',
  'chỉ thị',
  'nghị quyết',
  'quyết định',
  'kế hoạch',
  'chương trình',
  'thông tư',
  'nghị định',
  'công văn',
  'hướng dẫn',
  'thông báo',
  'công điện',
  'điều',
  'khoản',
  'tờ trình',
  'báo cáo',
  'kết luận',
  'quy định',
  'văn bản',
];

/**
 * Nouns a number follows as part of a name ("Ban chỉ đạo 138", "Đội 5", "thôn 3",
 * "Quốc lộ 3"): the number names one thing, it does not count.
 */
export const NAMED_BY_NUMBER: readonly string[] = [
  'ban chỉ đạo',
  'đội',
  'đại đội',
  'tiểu đoàn',
  'trung đoàn',
  'sư đoàn',
  'quân khu',
  'khu phố',
  'tổ dân phố',
  'tiểu khu',
  'khu',
  'thôn',
  'xóm',
  'ấp',
  'tổ',
  'phòng',
  'phường',
  'quận',
  'quốc lộ',
  'tỉnh lộ',
  'đường',
  'km',
  'số nhà',
  'kỳ họp',
  'khóa',
];

/**
 * Words that end a label: they start the next part of the sentence
 * ("845 tổ | với 3.000 thành viên", "7.826 thôn | thu hút …").
 */
export const LABEL_STOP_WORDS: readonly string[] = [
  'và',
  'với',
  'gồm',
  'bao gồm',
  'trong đó',
  'thu hút',
  'chiếm',
  'giúp',
  'nhằm',
  'để',
  'góp phần',
  'so với',
  'tại',
  'ở',
  'trên địa bàn',
  'đến nay',
  'hiện nay',
  'từ năm',
  'năm',
  'thuộc',
  'đến',
  'là',
];

/** Words that introduce the breakdown of a total ("22 cụm gồm 01 …, 07 …"). */
export const BREAKDOWN_WORDS: readonly string[] = [
  'bao gồm',
  'gồm có',
  'gồm',
  'trong đó có',
  'trong đó',
  'chia ra',
  'cụ thể',
];
