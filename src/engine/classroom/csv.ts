/** CSV export of the leaderboard for grading: RFC 4180 quoting and a guard against spreadsheet formulas. */
import { modeText } from './conditions';
import type { RankedEntry } from './leaderboard';

/** A cell: numbers are written as they are; text is guarded and quoted as needed. */
export type CsvValue = string | number;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** One cell's text. Text starting with = + - @ (or a tab or carriage return) gets a leading ' so that a
 * spreadsheet shows it instead of running it as a formula; cells with a comma, quote or line break are quoted. */
export function csvCell(value: CsvValue): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // Control characters from a team's text have no place in a grade sheet (nor in a terminal printing it).
  text = text.replace(CONTROL_CHARS, '\uFFFD');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text: a UTF-8 byte-order mark (so that Excel reads "–" and "€" right), a header line, then one
 * line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Headings of the leaderboard CSV, each with its unit. */
export const LEADERBOARD_CSV_HEADERS = [
  'Rank',
  'Team',
  'Players',
  'Score (0–100)',
  'Alignment (0–100)',
  'Balance (0–100)',
  'Execution (0–100)',
  'Profit (€)',
  'Fill rate (%)',
  'Forecast accuracy (%)',
  'Months played',
  'Session',
  'Scenario',
  'Rounds',
  'Mode and bot',
  'Suggest allowed',
  'Suggest used (times)',
  'Not ranked because',
] as const;

/** A 0–1 share as a percentage with one decimal. */
function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** The leaderboard as CSV, in the rows' order; profit in euros, fill rate and accuracy in percent; a result
 * played under other rules has an empty rank and says why. */
export function leaderboardCsv(rows: readonly RankedEntry[]): string {
  return toCsv(
    LEADERBOARD_CSV_HEADERS,
    rows.map(({ rank, entry, marks }) => [
      rank ?? '',
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
      entry.scenarioName,
      entry.rules.rounds,
      modeText(entry.play),
      entry.play ? (entry.play.suggestAllowed ? 'yes' : 'no') : '',
      entry.play ? entry.play.suggestUsed : '',
      marks.join('; '),
    ]),
  );
}
