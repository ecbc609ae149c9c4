/**
 * Number formats shared by the debrief screen and its CSV export, so that the numbers in both are
 * the same strings: plain digits without grouping, a point as decimal separator.
 */

/** A whole count as plain digits: 12345 → "12345". */
export function plainCount(n: number): string {
  return String(Math.round(n));
}

/** A 0–1 score as points out of 100 with one decimal: 0.8345 → "83.5". */
export function scorePoints(share: number): string {
  return (Math.round(share * 1000) / 10).toFixed(1);
}

/** A 0–1 share as a percentage with one decimal, no sign: 0.8345 → "83.5". */
export function percentOne(share: number): string {
  return (Math.round(share * 1000) / 10).toFixed(1);
}

/** Whole cents as euros with two decimals, exact: -1205 → "-12.05". */
export function eurosTwo(cents: number): string {
  const whole = Math.round(cents);
  const abs = Math.abs(whole);
  const euros = Math.floor(abs / 100);
  const rest = abs - euros * 100;
  return `${whole < 0 ? '-' : ''}${euros}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Lost points for a sentence: one decimal under 10, whole points above ("4.2", "18"). */
export function formatPoints(points: number): string {
  if (points >= 9.95) return String(Math.round(points));
  return (Math.round(points * 10) / 10).toFixed(1);
}

/** Whole euros with grouping for sentences: 123456 cents → "€1,235". */
export function moneyWords(cents: number): string {
  const euros = Math.round(Math.abs(cents) / 100);
  return `${cents < 0 ? '−' : ''}€${euros.toLocaleString('en-US')}`;
}

/** A count with grouping and its unit noun for sentences: (1240, "kettles") → "1,240 kettles". */
export function unitsWords(n: number, unitName: string): string {
  return `${Math.round(n).toLocaleString('en-US')} ${unitName}`;
}

/** Months as words: [4] → "month 4"; [4, 5, 7] → "months 4, 5 and 7". */
export function monthsWords(months: readonly number[]): string {
  if (months.length === 0) return 'no month';
  if (months.length === 1) return `month ${months[0]}`;
  return `months ${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
}
