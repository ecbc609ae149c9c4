/** The instructor page's store: the current session, the collected results (and the pasted lines that held no
 * code), the session form, the leaderboard's sort, the open debrief and the tab — one zustand vanilla store
 * whose actions are the only way the panels change anything. Verification and storage come in as deps. */
import { createStore } from 'zustand/vanilla';
import {
  buildLeaderboard,
  defaultDirection,
  type LeaderboardColumn,
  type RankedEntry,
  type Reference,
  type SortDirection,
  sortRows,
  type VerifiedEntry,
} from '../../engine/classroom';
import type { SessionConfig } from '../../engine/codes';
import type { Scenario } from '../../engine/types';
import { type CollectedResult, duplicatesOf } from './collection';
import type { SessionFormErrors, SessionFormValues } from './session-form';

/** The session results are collected for, with its code and id. */
export interface CurrentSession {
  config: SessionConfig;
  code: string;
  id: string;
}

/** A pasted or dropped line that held no code, listed so nothing is dropped silently. */
export interface IgnoredLine {
  source: string;
  text: string;
}

/** The page's tabs. */
export type TabId = 'session' | 'results' | 'compare' | 'editor';

/** Everything the panels draw from. */
export interface InstructorData {
  session: CurrentSession | null;
  results: CollectedResult[];
  /** Lines of the pastes and files of this session that held no code. */
  ignored: IgnoredLine[];
  /** Verification under way: done of total. */
  progress: { done: number; total: number } | null;
  /** The last thing that happened, for the status line (read out by screen readers). */
  notice: string;
  /** Why results are not being stored, or null. */
  storageProblem: string | null;
  /** The session form as typed, and its problems once Create was pressed. */
  sessionForm: SessionFormValues;
  sessionErrors: SessionFormErrors;
  /** The scenario the editor sent to the session form. */
  customScenario: Scenario | null;
  sort: { column: LeaderboardColumn; direction: SortDirection };
  /** Key of the entry whose debrief is open. */
  selected: string | null;
  tab: TabId;
}

/** The unique valid entries, first copy of each. */
export function uniqueEntries(results: readonly CollectedResult[]): VerifiedEntry[] {
  const duplicates = duplicatesOf(results);
  return results.flatMap((r, i) =>
    r.verification.ok && duplicates[i] === null ? [r.verification.entry] : [],
  );
}

/** The leaderboard as shown: the reference rules, and the rows ranked (other rules last) then sorted. */
export function leaderboardOf(state: Pick<InstructorData, 'results' | 'sort' | 'session'>): {
  reference: Reference | null;
  rows: RankedEntry[];
} {
  const { reference, rows } = buildLeaderboard(uniqueEntries(state.results), state.session?.config);
  return { reference, rows: sortRows(rows, state.sort.column, state.sort.direction) };
}

/** The leaderboard's rows as shown (see leaderboardOf). */
export function leaderboardRows(state: Pick<InstructorData, 'results' | 'sort' | 'session'>): RankedEntry[] {
  return leaderboardOf(state).rows;
}

/** The sort after choosing a column: the same column flips its direction, another starts at its default. */
export function nextSort(current: InstructorData['sort'], column: LeaderboardColumn): InstructorData['sort'] {
  if (current.column !== column) return { column, direction: defaultDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Creates a bare store of the page's data (the actions are added by createInstructorStore). */
export function createDataStore<A extends object>(
  initial: InstructorData,
  actions: (set: (patch: Partial<InstructorData>) => void, get: () => InstructorData & A) => A,
) {
  return createStore<InstructorData & A>()((set, get) => ({
    ...initial,
    ...actions((patch) => set(patch as Partial<InstructorData & A>), get),
  }));
}
