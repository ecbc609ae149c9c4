/** CSV export of the leaderboard for grading: RFC 4180 quoting and a guard against spreadsheet formulas. */
import type { RankedEntry } from './leaderboard';

/** A cell: numbers are written as they are; text is guarded and quoted as needed. */
export type CsvValue = string | number;

/** One cell's text. Text starting with = + - @ (or a tab or carriage return) gets a leading ' so that a
 * spreadsheet shows it instead of running it as a formula; cells with a comma, quote or line break are quoted. */
export function csvCell(value: CsvValue): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text: a header line then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Headings of the leaderboard CSV. */
export const LEADERBOARD_CSV_HEADERS = [
  'rank',
  'team',
  'players',
  'score',
  'alignment',
  'balance',
  'execution',
  'profit',
  'fill rate %',
  'forecast accuracy %',
  'months',
  'session',
] as const;

/** A 0–1 share as a percentage with one decimal. */
function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** The leaderboard as CSV, in the rows' order; profit in currency units, fill rate and accuracy in percent. */
export function leaderboardCsv(rows: readonly RankedEntry[]): string {
  return toCsv(
    LEADERBOARD_CSV_HEADERS,
    rows.map(({ rank, entry }) => [
      rank,
      entry.team,
      entry.players.join('; '),
      entry.total,
      entry.alignment,
      entry.balance,
      entry.execution,
      // Exact: a whole number of cents divided by 100 prints as its two-decimal amount.
      entry.profitCents / 100,
      percent(entry.fillRate),
      percent(entry.forecastAccuracy),
      entry.months,
      entry.sessionName ?? '',
    ]),
  );
}
