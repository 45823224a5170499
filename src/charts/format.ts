/**
 * Vietnamese number formatting for chart labels: "1.224", "0,5", "93,9%".
 *
 * Hand-written rather than Intl so that snapshots do not depend on the ICU data the
 * Node build happens to ship, and so the charts stay free of the site's content schemas.
 */

/** "1.224", "20.203", "0,5"; trailing zeros of the fraction are dropped. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const [int = '0', fraction = ''] = Math.abs(value).toFixed(maxFractionDigits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped},${trimmed}` : grouped;
  // Avoid "−0" after rounding a tiny negative number.
  return value < 0 && text !== '0' ? `−${text}` : text;
}

/** A percentage from a 0–100 number: "93,9%", "50%" (no space, as Vietnamese prints it). */
export function formatPercent(percent: number, maxFractionDigits = 1): string {
  return `${formatNumber(percent, maxFractionDigits)}%`;
}
