/** Plain-words formatting of money, units and months for the forms (no DOM, unit-tested). */

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Whole number with en-US grouping: 12345 → "12,345". */
export function formatCount(n: number): string {
  return grouping.format(n);
}

/** Cents as whole euros, en-US grouping: 123456 → "€1,235"; negatives get a minus sign ("−€40"). */
export function formatMoney(cents: number): string {
  const euros = Math.round(Math.abs(cents) / 100);
  if (euros === 0) return '€0';
  return `${cents < 0 ? '−' : ''}€${grouping.format(euros)}`;
}

/** A quantity with its unit noun: (1240, "kettles") → "1,240 kettles"; 1 takes the singular where it is obvious. */
export function formatUnits(n: number, unitName: string): string {
  return `${formatCount(n)} ${Math.abs(n) === 1 ? singular(unitName) : unitName}`;
}

/** Drops a plain trailing "s" ("e-bikes" → "e-bike"); leaves nouns it cannot safely singularise alone. */
function singular(unitName: string): string {
  if (/(ss|us|xes|ches|shes|ses)$/.test(unitName) || !unitName.endsWith('s')) return unitName;
  return unitName.slice(0, -1);
}

/** A share as a whole percentage: 0.304 → "30 %". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Hours with at most one decimal: 1234.56 → "1,234.6 h". */
export function formatHours(hours: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(hours)} h`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar name of game month `month` (1-based) when round 1 falls in calendar month `startMonth` (1–12). */
export function calendarMonth(month: number, startMonth: number): string {
  return MONTH_NAMES[(((startMonth - 1 + month - 1) % 12) + 12) % 12];
}
