/** The class leaderboard: verified entries ranked by score then profit, duplicates folded, any column sortable. */
import type { VerifiedEntry } from './verify';

/** A team's place: equal score and profit share a rank (1, 1, 3). */
export interface RankedEntry {
  rank: number;
  entry: VerifiedEntry;
}

/** The leaderboard's columns, in display order. */
export const LEADERBOARD_COLUMNS = [
  'rank',
  'team',
  'players',
  'total',
  'alignment',
  'balance',
  'execution',
  'profitCents',
  'fillRate',
  'forecastAccuracy',
] as const;
export type LeaderboardColumn = (typeof LEADERBOARD_COLUMNS)[number];

/** Column headings as people read them. */
export const COLUMN_LABELS: Record<LeaderboardColumn, string> = {
  rank: 'Rank',
  team: 'Team',
  players: 'Players',
  total: 'Score',
  alignment: 'Alignment',
  balance: 'Balance',
  execution: 'Execution',
  profitCents: 'Profit',
  fillRate: 'Fill rate',
  forecastAccuracy: 'Forecast accuracy',
};

export type SortDirection = 'ascending' | 'descending';

/** Orders best first: higher score, then higher profit; then by team name so the order is stable. */
export function compareEntries(a: VerifiedEntry, b: VerifiedEntry): number {
  return b.total - a.total || b.profitCents - a.profitCents || compareText(a.team, b.team);
}

/** Ranks entries best first; entries equal on score and profit share a rank. */
export function rankEntries(entries: readonly VerifiedEntry[]): RankedEntry[] {
  const sorted = [...entries].sort(compareEntries);
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous !== undefined &&
      previous.entry.total === entry.total &&
      previous.entry.profitCents === entry.profitCents;
    ranked.push({ rank: tied ? previous.rank : index + 1, entry });
  });
  return ranked;
}

/** The value a column sorts by. */
export function columnValue(row: RankedEntry, column: LeaderboardColumn): number | string {
  if (column === 'rank') return row.rank;
  if (column === 'team') return row.entry.team;
  if (column === 'players') return row.entry.players.join(', ');
  return row.entry[column];
}

/** The rows sorted by one column (ties keep the ranking's order). Rank ascending is the ranking itself. */
export function sortRows(
  rows: readonly RankedEntry[],
  column: LeaderboardColumn,
  direction: SortDirection,
): RankedEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = columnValue(a.row, column);
      const y = columnValue(b.row, column);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The direction a column sorts in when first chosen: names A–Z and rank 1 first, figures highest first. */
export function defaultDirection(column: LeaderboardColumn): SortDirection {
  return column === 'rank' || column === 'team' || column === 'players' ? 'ascending' : 'descending';
}

/** One collected input after verification, in the order it was collected. */
export interface CollectedItem<T> {
  key: string | null;
  item: T;
}

/** Marks every repeat of an entry already collected (same record content): the index of its first copy. */
export function findDuplicates<T>(items: readonly CollectedItem<T>[]): (number | null)[] {
  const first = new Map<string, number>();
  return items.map(({ key }, index) => {
    if (key === null) return null;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, index);
    return null;
  });
}

/** Text order that ignores case (then breaks ties by code units), the same in Node and every browser. */
function compareText(a: string, b: string): number {
  const x = a.normalize('NFKD').toLowerCase();
  const y = b.normalize('NFKD').toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
