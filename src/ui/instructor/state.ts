/** The instructor page's state: the current session, the collected results, the editor's scenario sent to
 * the session form, the leaderboard's sort and the team whose debrief is open. One zustand vanilla store. */
import { createStore } from 'zustand/vanilla';
import {
  type LeaderboardColumn,
  type RankedEntry,
  rankEntries,
  type SortDirection,
  sortRows,
  type VerifiedEntry,
} from '../../engine/classroom';
import type { SessionConfig } from '../../engine/codes';
import type { Scenario } from '../../engine/types';
import { type CollectedResult, duplicatesOf } from './collection';

/** The session results are collected for, with its code and id. */
export interface CurrentSession {
  config: SessionConfig;
  code: string;
  id: string;
}

/** Everything the panels draw from. */
export interface InstructorState {
  session: CurrentSession | null;
  results: CollectedResult[];
  /** Verification under way: done of total. */
  progress: { done: number; total: number } | null;
  /** The scenario the editor sent to the session form. */
  customScenario: Scenario | null;
  sort: { column: LeaderboardColumn; direction: SortDirection };
  /** Key of the entry whose debrief is open. */
  selected: string | null;
  /** The tab shown. */
  tab: TabId;
}

/** The page's tabs. */
export type TabId = 'session' | 'results' | 'compare' | 'editor';

/** Creates the page's store. */
export function createInstructorStore() {
  return createStore<InstructorState>(() => ({
    session: null,
    results: [],
    progress: null,
    customScenario: null,
    sort: { column: 'rank', direction: 'ascending' },
    selected: null,
    tab: 'session',
  }));
}

export type InstructorStore = ReturnType<typeof createInstructorStore>;

/** The unique valid entries, first copy of each. */
export function uniqueEntries(results: readonly CollectedResult[]): VerifiedEntry[] {
  const duplicates = duplicatesOf(results);
  return results.flatMap((r, i) =>
    r.verification.ok && duplicates[i] === null ? [r.verification.entry] : [],
  );
}

/** The leaderboard as shown: ranked, then sorted by the chosen column. */
export function leaderboardRows(state: Pick<InstructorState, 'results' | 'sort'>): RankedEntry[] {
  return sortRows(rankEntries(uniqueEntries(state.results)), state.sort.column, state.sort.direction);
}
