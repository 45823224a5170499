/**
 * Realistic chart inputs taken from the project's reports, shared by the golden tests (and
 * handy when previewing the renderers). Figures as printed by the sources.
 */
import provinces from '../../../content/reference/provinces.json' with { type: 'json' };
import type { Datum, SlopeSeries, TileUnit, TileValue, TimelineItem } from '../types.ts';

const datum = (id: string, label: string, value: number, display: string, extra: Partial<Datum> = {}): Datum => ({
  id,
  label,
  value,
  display,
  qualifier: 'exact',
  ...extra,
});

/**
 * Bắc Kạn, sơ kết 2019–2024: mass organisations keeping order. The units differ (tổ, cụm),
 * so each display carries its own and the chart has no common unit.
 */
export const bacKanUnits: Datum[] = [
  datum('bk-to-an-ninh-nhan-dan', 'Tổ an ninh nhân dân', 845, '845 tổ'),
  datum('bk-to-hoa-giai', 'Tổ hòa giải', 1127, '1.127 tổ'),
  datum('bk-to-tu-quan-antt', 'Tổ tự quản về ANTT', 98, '98 tổ'),
  datum('bk-cum-an-ninh-lien-hoan', 'Cụm an ninh liên hoàn', 22, '22 cụm'),
];

/** Tips from the public in three provinces; Nam Định's figure is a lower bound ("trên"). */
export const tipsFromPublic: Datum[] = [
  datum('nd-nguon-tin', 'Nam Định, 2007–2022: nguồn tin có giá trị do quần chúng cung cấp', 20203, 'trên 20.203', {
    qualifier: 'over',
  }),
  datum('bk-tin-nhan-dan', 'Bắc Kạn, 2019–2024: tin do quần chúng nhân dân cung cấp', 6091, '6.091'),
  datum(
    'th-tin-nhan-dan',
    'Thanh Hóa: tin liên quan đến ANTT do nhân dân cung cấp cho lực lượng Công an',
    2967,
    '2.967',
  ),
];

/** Nam Định 2022: commendations by level, for collectives and individuals. */
export const namDinhCommendations: Datum[] = [
  datum('nd-bk-bo-truong-tap-the', 'Bằng khen của Bộ trưởng Bộ Công an', 5, '5', { group: 'tập thể' }),
  datum('nd-bk-bo-truong-ca-nhan', 'Bằng khen của Bộ trưởng Bộ Công an', 3, '3', { group: 'cá nhân' }),
  datum('nd-bk-ubnd-tap-the', 'Bằng khen của UBND tỉnh', 7, '7', { group: 'tập thể' }),
  datum('nd-bk-ubnd-ca-nhan', 'Bằng khen của UBND tỉnh', 7, '7', { group: 'cá nhân' }),
  datum('nd-gk-giam-doc-tap-the', 'Giấy khen của Giám đốc Công an tỉnh', 8, '8', { group: 'tập thể' }),
  datum('nd-gk-giam-doc-ca-nhan', 'Giấy khen của Giám đốc Công an tỉnh', 30, '30', { group: 'cá nhân' }),
];

/** Nam Định: complaint hotspots, 2007 → 2021. */
export const namDinhHotspots: SlopeSeries[] = [
  {
    id: 'nd-diem-khieu-to',
    label: 'Điểm khiếu tố ở Nam Định',
    start: { value: 89, display: '89', qualifier: 'exact' },
    end: { value: 24, display: '24', qualifier: 'exact' },
  },
];

/** Models by the year they started or were recognised nationally. */
export const modelYears: TimelineItem[] = [
  { id: 'to-lien-gia-tu-quan', label: 'Tổ liên gia tự quản (Hòa Bình) ra đời', year: 2006 },
  { id: 'tu-quan-tu-phong', label: 'Mô hình “Tự quản, tự phòng, tự bảo vệ” (Nam Định) ra đời', year: 2007 },
  {
    id: 'ho-an-toan',
    label: '“Hộ an toàn - Thôn, bản, tổ dân phố bình yên” (Bắc Kạn) được Bộ Công an nhân rộng',
    year: 2020,
    href: '/mo-hinh/ho-an-toan-thon-ban-to-dan-pho-binh-yen/',
  },
  {
    id: 'quan-ly-nguoi-chap-hanh-xong-an',
    label: 'Quản lý, giáo dục người chấp hành xong án phạt tù (Bắc Kạn) được nhân rộng',
    year: 2022,
  },
  { id: 'tu-quan-bang-khen', label: '“Tự quản, tự phòng, tự bảo vệ” được Bộ trưởng tặng Bằng khen', year: 2022 },
  {
    id: 'lien-ket-benh-vien',
    label: 'Liên kết bảo đảm ANTT tại Bệnh viện Đa khoa tỉnh Bắc Kạn được nhân rộng',
    year: 2023,
    href: '/mo-hinh/lien-ket-an-ninh-trat-tu-benh-vien-da-khoa-bac-kan/',
  },
];

/** The 34 current provincial units with their tile positions, from provinces.json. */
export const tileUnits: TileUnit[] = provinces.current.map((p) => ({
  code: p.code,
  name: p.name,
  col: p.tile.col,
  row: p.tile.row,
  archipelagos: p.archipelagos,
}));

/** Tips from the public, attributed to the current unit that now contains each province. */
export const tipsByUnit = new Map<string, TileValue>([
  ['37', { value: 20203, display: 'trên 20.203', href: '/tinh/ninh-binh/' }],
  ['19', { value: 6091, display: '6.091', href: '/tinh/thai-nguyen/' }],
  ['38', { value: 2967, display: '2.967', highlight: true, href: '/tinh/thanh-hoa/' }],
]);

/** Former provinces whose reports the values above come from. */
export const tipsFormerMarks = new Map<string, string[]>([
  ['37', ['Nam Định']],
  ['19', ['Bắc Kạn']],
]);
