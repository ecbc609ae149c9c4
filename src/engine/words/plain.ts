/** Plain number text with ASCII signs: for the terminal and the instructor's tables (grouped), and for CSV files
 * (ungrouped, a point as decimal separator), so a grade sheet, a CLI run and the debrief agree to the character. */

function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A whole number with comma grouping: 12345 → "12,345", −1234.4 → "-1,234". */
export function plainCount(value: number): string {
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${grouped(Math.abs(rounded))}`;
}

/** Whole cents as money with two decimals and grouping: −100050 → "-1,000.50". */
export function plainMoney(cents: number): string {
  const rounded = Math.round(cents);
  const abs = Math.abs(rounded);
  return `${rounded < 0 ? '-' : ''}${grouped(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** A 0–1 share as a whole percent, no space: 0.876 → "88%". */
export function plainPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A 0–100 score with one decimal: 83.45 → "83.5" (rounding as toFixed). */
export function plainScore(value: number): string {
  return value.toFixed(1);
}

/** CSV: a whole count as plain digits, no grouping: 12345 → "12345". */
export function csvCount(n: number): string {
  return String(Math.round(n));
}

/** CSV: a 0–1 share as points out of 100 with one decimal: 0.8345 → "83.5". */
export function csvShare(share: number): string {
  return (Math.round(share * 1000) / 10).toFixed(1);
}

/** CSV: whole cents as euros with two decimals, exact, no grouping: −1205 → "-12.05". */
export function csvEuros(cents: number): string {
  const whole = Math.round(cents);
  const abs = Math.abs(whole);
  return `${whole < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
