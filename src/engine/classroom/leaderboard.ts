/** The class leaderboard: verified entries ranked by score then profit, duplicates folded, any column sortable;
 * results played under other rules than the class's are marked and listed after the ranked ones. */
import type { SessionConfig } from '../codes';
import { aidsText, modeText, type Reference, referenceRules, rulesMarks } from './conditions';
import type { VerifiedEntry } from './verify';

/** A team's place: equal score and profit share a rank (1, 1, 3); null for a result played under other rules. */
export interface RankedEntry {
  rank: number | null;
  entry: VerifiedEntry;
  /** How the result's rules differ from the class's (empty for a ranked result). */
  marks: string[];
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
  'scenario',
  'rounds',
  'mode',
  'aids',
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
  profitCents: 'Profit (€)',
  fillRate: 'Fill rate',
  forecastAccuracy: 'Forecast accuracy',
  scenario: 'Scenario',
  rounds: 'Rounds',
  mode: 'Mode and bot',
  aids: 'Aids',
};

export type SortDirection = 'ascending' | 'descending';

/** Orders best first: higher score, then higher profit; then by team name so the order is stable. */
export function compareEntries(a: VerifiedEntry, b: VerifiedEntry): number {
  return b.total - a.total || b.profitCents - a.profitCents || compareText(a.team, b.team);
}

/** Ranks entries best first; entries equal on score and profit share a rank. With a reference, a result
 * whose rules differ is not ranked: it follows the ranked ones, best first, with its marks. */
export function rankEntries(
  entries: readonly VerifiedEntry[],
  reference: Reference | null = null,
): RankedEntry[] {
  const sorted = [...entries].sort(compareEntries);
  const marked = sorted.map((entry) => ({
    entry,
    marks: reference ? rulesMarks(reference.rules, entry.rules) : [],
  }));
  const ranked: RankedEntry[] = [];
  for (const { entry, marks } of marked) {
    if (marks.length > 0) continue;
    const previous = ranked[ranked.length - 1];
    const tied =
      previous !== undefined &&
      previous.entry.total === entry.total &&
      previous.entry.profitCents === entry.profitCents;
    ranked.push({ rank: tied ? (previous.rank ?? 0) : ranked.length + 1, entry, marks });
  }
  const unranked = marked.filter(({ marks }) => marks.length > 0).map((row) => ({ ...row, rank: null }));
  return [...ranked, ...unranked];
}

/** A class's leaderboard: the reference rules (the session given, else inferred from the results) and the rows. */
export function buildLeaderboard(
  entries: readonly VerifiedEntry[],
  session?: SessionConfig | null,
): { reference: Reference | null; rows: RankedEntry[] } {
  const reference = referenceRules(
    entries.map((entry) => entry.rules),
    session,
  );
  return { reference, rows: rankEntries(entries, reference) };
}

/** The value a column sorts by (an unranked result's rank sorts after every rank). */
export function columnValue(row: RankedEntry, column: LeaderboardColumn): number | string {
  switch (column) {
    case 'rank':
      return row.rank ?? Number.MAX_SAFE_INTEGER;
    case 'team':
      return row.entry.team;
    case 'players':
      return row.entry.players.join(', ');
    case 'scenario':
      return row.entry.scenarioName;
    case 'rounds':
      return row.entry.rules.rounds;
    case 'mode':
      return modeText(row.entry.play);
    case 'aids':
      return aidsText(row.entry.play);
    default:
      return row.entry[column];
  }
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

const ASCENDING_FIRST = new Set<LeaderboardColumn>(['rank', 'team', 'players', 'scenario', 'mode', 'aids']);

/** The direction a column sorts in when first chosen: names A–Z and rank 1 first, figures highest first. */
export function defaultDirection(column: LeaderboardColumn): SortDirection {
  return ASCENDING_FIRST.has(column) ? 'ascending' : 'descending';
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
