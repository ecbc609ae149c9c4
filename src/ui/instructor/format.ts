/** Number formatting for the instructor's page (no DOM). */

/** Whole cents as money with thousands separators: "−1,234.50" style, but with an ASCII minus. */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A 0–1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A 0–100 score with one decimal. */
export function score(value: number): string {
  return value.toFixed(1);
}

/** A whole number of units with thousands separators. */
export function units(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
