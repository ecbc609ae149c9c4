/** CSV export of the leaderboard for grading: RFC 4180 quoting and a guard against spreadsheet formulas. */

import { toCsv } from '../words/csv';
import { modeText } from './conditions';
import type { RankedEntry } from './leaderboard';

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
