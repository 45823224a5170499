/**
 * A number as a Vietnamese editor types it into a form: "1224", "1.224" (a dot groups
 * thousands), "7,39" (a comma before decimals), "1,2 triệu". A typed "7.39" is refused rather
 * than read as 7.39 or 739: the two readings differ a hundredfold, and only the editor knows
 * which was meant. Reads digits the way the import assistant reads a report. Pure.
 */
import { SCALE_WORDS } from './figure-extract/lexicon.ts';
import { readDigits } from './figure-extract/numbers.ts';

export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

const TYPED = new RegExp(`^(\\d+(?:[.,]\\d+)*)(?:\\s+(${Object.keys(SCALE_WORDS).join('|')}))?$`, 'u');
const HINT = 'Gõ chữ số: hàng nghìn cách bằng dấu chấm (1.224), phần thập phân sau dấu phẩy (7,39).';

export function readTypedNumber(input: string): TypedNumber {
  const typed = input.normalize('NFC').trim();
  const match = TYPED.exec(typed.toLocaleLowerCase('vi'));
  if (!match) return { ok: false, message: `“${typed}” không phải một con số. ${HINT}` };
  const { value, codeLike } = readDigits(match[1] ?? '');
  if (codeLike)
    return {
      ok: false,
      message: `“${typed}”: dấu chấm chỉ dùng để tách hàng nghìn (1.224). Số thập phân viết bằng dấu phẩy (7,39).`,
    };
  const scaled = value * (SCALE_WORDS[match[2] ?? ''] ?? 1);
  return { ok: true, value: Math.round(scaled * 1e9) / 1e9 };
}

/**
 * How the form shows a stored number: the same notation, so reading it back gives the same value.
 * `plain` leaves a whole number ungrouped: a year is "2013", never "2.013".
 */
export function showTypedNumber(value: number, plain = false): string {
  if (plain && Number.isInteger(value)) return String(value);
  const [whole = '', decimals] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}
