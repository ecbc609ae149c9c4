/**
 * Plain number text with ASCII signs, for the terminal (src/cli) and the instructor's tables: the same strings in
 * both, so a grade sheet and a CLI run can be compared by eye. No DOM, no locale lookups.
 */

/** A whole number with comma grouping: 12345 → "12,345", −1234.4 → "-1,234". */
export function formatUnitsPlain(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** Whole cents as money with two decimals and grouping: -100050 → "-1,000.50". */
export function formatCents(cents: number): string {
  const rounded = Math.round(cents);
  const abs = Math.abs(rounded);
  const whole = formatUnitsPlain(Math.floor(abs / 100));
  return `${rounded < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A 0–1 share as a whole percentage, no space: 0.876 → "88%". */
export function formatPercentPlain(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A 0–100 score with one decimal: 83.45 → "83.5" (rounding as toFixed). */
export function formatScore(value: number): string {
  return value.toFixed(1);
}
