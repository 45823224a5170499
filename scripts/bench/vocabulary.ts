/**
 * Word lists for the synthetic corpus: what each indicator counts and in which unit, the
 * kinds of model and their categories, and sentence parts for articles. Values are kept in
 * plausible ranges so pages, charts and the search index see realistic text and numbers.
 */

/** Every name and title in the corpus starts with this, so no one mistakes it for real data. */
export const SYNTHETIC = '[Tổng hợp thử]';

/** Said in every report summary and model summary. */
export const SYNTHETIC_NOTE = 'Đây là dữ liệu tổng hợp thử dùng để đo hiệu năng (benchmark), không phải số liệu thật.';

export interface IndicatorSpec {
  /** The thing counted, as a report would name it. */
  label: string;
  unit: string;
  min: number;
  max: number;
  /** A share in % (value ≤ 100, one decimal). */
  percent?: true;
  /** Printed as "x/y": the figure gets an `outOf`. */
  outOf?: true;
}

/** Indicator id → how a figure of it looks. Ids missing from indicators.json are skipped. */
export const INDICATOR_SPECS: Readonly<Record<string, IndicatorSpec>> = {
  'review-span': { label: 'thời gian sơ kết phong trào', unit: 'năm', min: 3, max: 15 },
  'documents-issued': { label: 'văn bản chỉ đạo, hướng dẫn', unit: 'văn bản', min: 5, max: 600 },
  'model-types': { label: 'loại mô hình tổ chức quần chúng', unit: 'loại mô hình', min: 5, max: 80 },
  'models-maintained': { label: 'mô hình đang duy trì hoạt động', unit: 'mô hình', min: 50, max: 3000 },
  'model-units': { label: 'tổ tự quản về an ninh, trật tự', unit: 'tổ', min: 20, max: 2500 },
  'model-sites': { label: 'điểm mô hình', unit: 'điểm', min: 3, max: 200 },
  'model-members': { label: 'thành viên tham gia mô hình', unit: 'người', min: 100, max: 30000 },
  'security-clusters': { label: 'cụm an ninh liên hoàn', unit: 'cụm', min: 3, max: 60 },
  'linked-provinces': { label: 'tỉnh cùng tham gia liên kết', unit: 'tỉnh', min: 2, max: 8 },
  'models-recognised-nationally': { label: 'mô hình được Bộ Công an nhân rộng', unit: 'mô hình', min: 1, max: 5 },
  'outreach-villages': { label: 'thôn, bản, tổ dân phố được tuyên truyền', unit: 'thôn, tổ', min: 50, max: 3000 },
  'campaign-participants': {
    label: 'lượt người dự tuyên truyền, phát động',
    unit: 'lượt người',
    min: 1000,
    max: 900000,
  },
  'festival-days': { label: 'lượt tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc', unit: 'lượt', min: 50, max: 3000 },
  'festival-participants': { label: 'người dự Ngày hội', unit: 'người', min: 2000, max: 400000 },
  'tips-from-public': { label: 'tin báo, tố giác tội phạm do nhân dân cung cấp', unit: 'tin', min: 100, max: 20000 },
  'tips-verified': { label: 'tin báo được xác minh, giải quyết', unit: 'tin', min: 50, max: 15000 },
  'cases-investigated': { label: 'vụ việc được điều tra, xác minh', unit: 'vụ', min: 20, max: 5000 },
  'cases-resolved-share': {
    label: 'vụ việc được làm rõ nhờ nguồn tin của nhân dân',
    unit: '%',
    min: 30,
    max: 95,
    percent: true,
  },
  'weapons-recovered': { label: 'súng các loại', unit: 'khẩu', min: 5, max: 500 },
  'ammunition-recovered': { label: 'viên đạn các loại', unit: 'viên', min: 50, max: 20000 },
  'detonators-recovered': { label: 'kíp mìn', unit: 'kíp', min: 10, max: 3000 },
  'grenades-recovered': { label: 'lựu đạn', unit: 'quả', min: 1, max: 80 },
  'stun-devices-recovered': { label: 'dụng cụ kích điện', unit: 'chiếc', min: 5, max: 400 },
  'disputes-mediated': { label: 'vụ mâu thuẫn, tranh chấp được hòa giải thành', unit: 'vụ', min: 50, max: 12000 },
  'domestic-violence-cases': { label: 'vụ bạo lực gia đình được giải quyết', unit: 'vụ', min: 5, max: 800 },
  'people-reintegrated': { label: 'người được giúp đỡ tái hòa nhập cộng đồng', unit: 'người', min: 20, max: 4000 },
  'people-managed': { label: 'người được quản lý, giáo dục tại cộng đồng', unit: 'người', min: 20, max: 5000 },
  'people-under-management': { label: 'người đang được quản lý tại địa phương', unit: 'người', min: 20, max: 3000 },
  'people-progressed': { label: 'người được giáo dục đã tiến bộ', unit: 'người', min: 10, max: 3000 },
  reoffenders: { label: 'người tái phạm', unit: 'người', min: 1, max: 200 },
  'reoffending-rate': { label: 'tỷ lệ tái phạm', unit: '%', min: 0.5, max: 10, percent: true },
  patrols: { label: 'lượt tuần tra, kiểm soát', unit: 'lượt', min: 200, max: 90000 },
  'patrol-members': { label: 'lượt người tham gia tuần tra', unit: 'lượt người', min: 1000, max: 400000 },
  fugitives: { label: 'đối tượng truy nã bị bắt, ra đầu thú', unit: 'đối tượng', min: 5, max: 900 },
  commendations: { label: 'tập thể, cá nhân được khen thưởng', unit: 'lượt', min: 20, max: 3000 },
  objectives: { label: 'nhóm nhiệm vụ trọng tâm', unit: 'nhóm', min: 3, max: 8 },
  'communes-meeting-standard': {
    label: 'xã, phường, thị trấn đạt chuẩn an toàn về an ninh, trật tự',
    unit: 'xã',
    min: 40,
    max: 600,
    outOf: true,
  },
  'communes-meeting-standard-rate': {
    label: 'tỷ lệ xã đạt chuẩn an toàn về ANTT',
    unit: '%',
    min: 60,
    max: 100,
    percent: true,
  },
  'villages-meeting-standard-rate': {
    label: 'tỷ lệ thôn, tổ dân phố đạt chuẩn an toàn về ANTT',
    unit: '%',
    min: 60,
    max: 100,
    percent: true,
  },
  'hotspot-communes-transformed': { label: 'xã được đưa ra khỏi diện trọng điểm', unit: 'xã', min: 1, max: 60 },
  'complaint-hotspots': { label: 'điểm khiếu tố phức tạp', unit: 'điểm', min: 1, max: 120 },
  'complaint-decline-rate': { label: 'mức giảm khiếu tố mỗi năm', unit: '%', min: 1, max: 10, percent: true },
  'officers-deployed': { label: 'lượt cán bộ, chiến sĩ xuống cơ sở', unit: 'lượt', min: 100, max: 40000 },
  'steering-boards': { label: 'Ban chỉ đạo ANTT cấp xã được kiện toàn', unit: 'ban', min: 20, max: 600 },
  'village-covenants': { label: 'thôn, xóm đưa mô hình vào hương ước', unit: 'thôn, xóm', min: 10, max: 2000 },
  'institutional-rules': { label: 'nội quy có nội dung về mô hình', unit: 'nội quy', min: 5, max: 900 },
  'event-duration': { label: 'thời gian diễn ra Ngày hội', unit: 'ngày', min: 1, max: 3 },
  'religions-engaged': { label: 'tôn giáo cùng tham gia phong trào', unit: 'tôn giáo', min: 2, max: 6 },
};

/**
 * Totals that reports break down into parts: the indicator, and the part labels. Parts are
 * exact and add up to the exact total, which the validator checks.
 */
export const PART_GROUPS: ReadonlyArray<{ indicator: string; parts: readonly string[] }> = [
  { indicator: 'security-clusters', parts: ['cụm liên xã', 'cụm liên huyện', 'cụm liên tỉnh'] },
  { indicator: 'festival-days', parts: ['Ngày hội cấp tỉnh', 'Ngày hội cấp huyện', 'Ngày hội cấp xã'] },
  { indicator: 'commendations', parts: ['tập thể được khen thưởng', 'cá nhân được khen thưởng'] },
  { indicator: 'weapons-recovered', parts: ['súng quân dụng', 'súng tự chế', 'súng săn, súng hơi'] },
  {
    indicator: 'model-units',
    parts: ['tổ ở khu vực nông thôn', 'tổ ở khu vực đô thị', 'tổ ở trường học, doanh nghiệp'],
  },
];

/** Kinds of model, each with the category id it belongs to. */
export const MODEL_KINDS: ReadonlyArray<{ name: string; category: string }> = [
  { name: 'Tổ an ninh nhân dân', category: 'to-chuc-quan-chung' },
  { name: 'Tổ tự quản về an ninh, trật tự', category: 'to-chuc-quan-chung' },
  { name: 'Tổ hòa giải ở cơ sở', category: 'to-chuc-quan-chung' },
  { name: 'Tổ liên gia tự quản', category: 'to-chuc-quan-chung' },
  { name: 'Trường học an toàn, không ma túy', category: 'truong-hoc' },
  { name: 'Trường học an toàn giao thông', category: 'truong-hoc' },
  { name: 'Doanh nghiệp an toàn về an ninh, trật tự', category: 'doanh-nghiep-co-so' },
  { name: 'Phiên chợ an toàn', category: 'doanh-nghiep-co-so' },
  { name: 'Camera giám sát an ninh, trật tự', category: 'cong-nghe' },
  { name: 'Hòm thư an ninh, trật tự điện tử', category: 'cong-nghe' },
  { name: 'Cụm an ninh liên hoàn', category: 'cum-lien-ket' },
  { name: 'Cụm liên kết an ninh vùng giáp ranh', category: 'cum-lien-ket' },
  { name: 'Phối hợp Công an, Quân sự, Biên phòng', category: 'phoi-hop-luc-luong' },
  { name: 'Cựu chiến binh tham gia giữ gìn an ninh, trật tự', category: 'phoi-hop-luc-luong' },
  { name: 'Giúp đỡ người chấp hành xong án phạt tù tái hòa nhập', category: 'giup-do-tai-hoa-nhap' },
  { name: 'Cảm hóa, giáo dục thanh thiếu niên chậm tiến', category: 'giup-do-tai-hoa-nhap' },
  { name: 'Khu dân cư an toàn về an ninh, trật tự', category: 'khu-dan-cu-an-toan' },
  { name: 'Hộ gia đình an toàn, thôn bản bình yên', category: 'khu-dan-cu-an-toan' },
  { name: 'Điểm chữa cháy công cộng', category: 'phong-chay' },
  { name: 'Tổ phòng cháy, chữa cháy liên gia', category: 'phong-chay' },
  { name: 'Xã bảo đảm bình yên', category: 'phong-trao-tong-the' },
];

/** What a model does, in a clause that follows its name. */
export const MODEL_ACTIONS: readonly string[] = [
  'giúp người dân tự phát hiện, báo tin về hành vi vi phạm pháp luật ở thôn, tổ dân phố',
  'tổ chức tuần tra ban đêm vào dịp lễ, Tết và mùa thu hoạch',
  'hòa giải mâu thuẫn trong gia đình và giữa các hộ trước khi thành vụ việc',
  'kết nối lực lượng Công an xã với các chi hội đoàn thể để nắm tình hình',
  'gắn trách nhiệm giữ gìn an ninh, trật tự vào hương ước, quy ước của thôn',
  'lắp đặt camera ở các trục đường chính và chia sẻ hình ảnh với Công an xã',
  'giúp người lầm lỗi tìm việc làm, vay vốn và ổn định cuộc sống',
  'tuyên truyền phòng, chống ma túy và lừa đảo qua mạng cho học sinh',
  'phối hợp giữa các xã giáp ranh để trao đổi thông tin về đối tượng lưu động',
  'chuẩn bị phương tiện chữa cháy tại chỗ cho các khu dân cư đông đúc',
];

/** Paragraph openers and connectives for articles (no numbers: those come from <Figure>). */
export const ARTICLE_OPENERS: readonly string[] = [
  'Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” ở địa phương được duy trì đều đặn qua nhiều năm.',
  'Bài viết này tóm tắt một báo cáo tổng hợp thử, dùng để kiểm tra cổng thông tin khi có nhiều nội dung.',
  'Ở nhiều thôn, tổ dân phố, người dân đã quen với việc cùng lực lượng Công an giữ gìn ANTT.',
  'Sơ kết phong trào là dịp nhìn lại cách làm và những con số mà các mô hình đạt được.',
];

export const ARTICLE_SENTENCES: readonly string[] = [
  'Các tổ quần chúng họp định kỳ mỗi tháng, phân công người trực và ghi sổ theo dõi.',
  'Công an xã phối hợp với MTTQ và các đoàn thể để nắm tình hình từ từng hộ gia đình.',
  'Nhiều vụ việc nhỏ được hòa giải ngay tại thôn, không phải chuyển lên cấp trên.',
  'UBND xã hỗ trợ kinh phí mua đèn pin, áo phản quang và sổ sách cho các tổ.',
  'Lực lượng CSKV thường xuyên xuống địa bàn, lắng nghe ý kiến của người dân.',
  'Báo cáo không nêu riêng kết quả của từng xã, nên bài chỉ dùng số liệu toàn tỉnh.',
  'Mỗi con số trong bài đều kèm từ định lượng và thời kỳ như báo cáo ghi.',
  'Một số thôn vùng sâu, vùng xa gặp khó khăn vì địa bàn rộng và dân cư thưa.',
  'Các trường học đưa nội dung phòng, chống tội phạm vào hoạt động ngoại khóa.',
  'Nhiều doanh nghiệp cử người tham gia tổ bảo vệ và chia sẻ hình ảnh camera.',
  'Người cao tuổi, cựu chiến binh là lực lượng nòng cốt của nhiều tổ tự quản.',
  'Ban chỉ đạo các cấp kiểm tra, đánh giá và nhân rộng cách làm hiệu quả.',
];

export const ARTICLE_HEADINGS: readonly string[] = [
  'Kết quả nổi bật',
  'Những mô hình được nhắc tới',
  'Từ thôn, tổ dân phố',
  'Phối hợp giữa các lực lượng',
  'Những điều báo cáo chưa nói',
  'Hướng tới giai đoạn mới',
];

/** Phrases that lead into a <Figure />, which renders "value unit label". */
export const FIGURE_LEADS: readonly string[] = [
  'Báo cáo ghi nhận',
  'Trong giai đoạn này, toàn tỉnh có',
  'Số liệu của báo cáo cho thấy',
  'Đáng chú ý là',
  'Theo báo cáo,',
];
