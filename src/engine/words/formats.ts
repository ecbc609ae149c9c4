/** Number words for people: counts, quantities, money, percents, hours, points and months, the same strings on
 * every screen, the stage and the engine's sentences. Deterministic (no locale lookups); a true minus sign (−). */

const MINUS = '\u2212';
/** A percent sign that stays on the line of its number (a no-break space before it, as in "25 %"). */
const PERCENT = '\u00a0%';

function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A whole count with grouping: 12345 → "12,345", −40 → "−40" (rounded to whole). */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  return `${rounded < 0 ? MINUS : ''}${grouped(Math.abs(rounded))}`;
}

/** A signed change: 40 → "+40", −1200 → "−1,200", 0 → "±0". */
export function formatChange(n: number): string {
  const rounded = Math.round(n);
  if (rounded === 0) return '\u00b10';
  return rounded > 0 ? `+${formatCount(rounded)}` : formatCount(rounded);
}

/** A quantity with its unit noun: (1240, "kettles") → "1,240 kettles"; one takes the singular where it is obvious. */
export function formatQuantity(n: number, unitName: string): string {
  return `${formatCount(n)} ${Math.abs(Math.round(n)) === 1 ? singular(unitName) : unitName}`;
}

/** Drops a plain trailing "s" ("e-bikes" → "e-bike"); leaves nouns it cannot safely singularise alone. */
function singular(unitName: string): string {
  if (/(ss|us|xes|ches|shes|ses)$/.test(unitName) || !unitName.endsWith('s')) return unitName;
  return unitName.slice(0, -1);
}

/** Cents as whole euros with grouping: 123456 → "€1,235", −4000 → "−€40"; under half a euro is "€0". */
export function formatMoney(cents: number): string {
  const euros = Math.round(Math.abs(cents) / 100);
  if (euros === 0) return '€0';
  return `${cents < 0 ? MINUS : ''}€${grouped(euros)}`;
}

/** A 0–1 share as a whole percent with a space: 0.304 → "30 %". */
export function formatPercent(share: number): string {
  return `${formatCount(share * 100)}${PERCENT}`;
}

/** A share as a signed percent: (0.3, −1) → "−30 %"; (0.25, +1) → "+25 %". */
export function formatSignedPercent(share: number, sign: 1 | -1): string {
  return `${sign < 0 ? MINUS : '+'}${Math.round(Math.abs(share) * 100)}${PERCENT}`;
}

/** Hours with at most one decimal: 1234.56 → "1,234.6 h", 12 → "12 h". */
export function formatHours(hours: number): string {
  const tenths = Math.round(hours * 10);
  const rest = Math.abs(tenths % 10);
  return `${formatCount(Math.trunc(tenths / 10))}${rest === 0 ? '' : `.${rest}`} h`;
}

/** Lost points for a sentence: one decimal under 10, whole points above ("4.2", "18"). */
export function formatPoints(points: number): string {
  if (points >= 9.95) return String(Math.round(points));
  return (Math.round(points * 10) / 10).toFixed(1);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar name of game month `month` (1-based) when round 1 falls in calendar month `startMonth` (1–12). */
export function calendarMonth(month: number, startMonth: number): string {
  return MONTH_NAMES[(((startMonth - 1 + month - 1) % 12) + 12) % 12];
}

/** Months as words: [4] → "month 4"; [4, 5, 7] → "months 4, 5 and 7". */
export function monthsWords(months: readonly number[]): string {
  if (months.length === 0) return 'no month';
  if (months.length === 1) return `month ${months[0]}`;
  return `months ${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
}
