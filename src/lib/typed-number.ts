/**
 * A number as a Vietnamese editor types it into a form: "1224", "1.224" (a dot groups
 * thousands), "7,39" (a comma before decimals), "1,2 triệu". A typed "7.39" is refused rather
 * than read as 7.39 or 739: the two readings differ a hundredfold, and only the editor knows
 * which was meant. Pure.
 */
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

export function readTypedNumber(input: string): TypedNumber {
  const text = input.normalize('NFC').trim().toLocaleLowerCase('vi');
  const match = /^(\d+(?:\.\d+)*(?:,\d+)?)(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ))?$/u.exec(text);
  const refuse = (message: string): TypedNumber => ({ ok: false, message });
  const hint = 'Gõ chữ số: hàng nghìn cách bằng dấu chấm (1.224), phần thập phân sau dấu phẩy (7,39).';
  if (!match) return refuse(`“${input.trim()}” không phải một con số. ${hint}`);
  const [whole = '', decimals] = (match[1] ?? '').split(',');
  const groups = whole.split('.');
  if (groups.length > 1 && !(groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)))
    return refuse(
      `“${input.trim()}”: dấu chấm chỉ dùng để tách hàng nghìn (1.224). Số thập phân viết bằng dấu phẩy (7,39).`,
    );
  const value =
    Number(`${groups.join('')}${decimals !== undefined ? `.${decimals}` : ''}`) * (SCALES[match[2] ?? ''] ?? 1);
  return { ok: true, value: Math.round(value * 1e9) / 1e9 };
}

/** How the form shows a stored number: the same notation, so reading it back gives the same value. */
export function showTypedNumber(value: number): string {
  const [whole = '', decimals] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}
