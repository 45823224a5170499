/**
 * Report-level facts the text itself may print, guessed for the editor to check: the title (a
 * report pasted from a web page or a document starts with it) and the publisher (a closing
 * "Nguồn: …" or "Theo …" line). Each guess is printed text, never composed: where the text has
 * no such line, the guess is null and the editor fills the field. Pure.
 */

/** A title is one short line: longer is a paragraph. */
const TITLE_MAX = 200;
const TITLE_MIN_WORDS = 3;
/** A line that opens the body, not a title: a dateline ("Ngày 12/05/2023, …"). */
const DATELINE = /^(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d/iu;

/** The opening line of the text when it reads as a title: short, a few words, no closing full stop. */
export function titleLine(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = lines[0];
  if (first === undefined || lines.length < 2) return null;
  if (first.length > TITLE_MAX || first.split(/\s+/u).length < TITLE_MIN_WORDS) return null;
  if (/[.:;,]$/u.test(first) || DATELINE.test(first)) return null;
  return first;
}

/** "Nguồn: Báo Lạng Sơn", "Theo Công an tỉnh Hòa Bình": a source line, at the end of the text. */
const SOURCE_LINE = /^(?:nguồn\s*:|theo\s*:?)\s*(.+?)\.?$/iu;
const SOURCE_MAX = 120;

/** The publisher named by a closing source line, as printed, or null. */
export function publisherLine(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // Only the last two lines: "theo" opens many sentences inside a report.
  for (const line of lines.slice(-2).reverse()) {
    const match = SOURCE_LINE.exec(line);
    const name = match?.[1]?.trim();
    if (name && name.length <= SOURCE_MAX && !/[.!?]\s/u.test(name)) return name;
  }
  return null;
}
