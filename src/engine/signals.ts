/** Private intelligence: who sees which signal, and which were shared. */

import { RecentByWorld } from './recent-worlds';
import type { GameState, Role, Signal, World } from './types';
import { otherRole } from './words/roles';

/** A world's signals by month, worked out once per world (worlds never change). */
interface SignalLists {
  /** [month]: every signal visible by that month, in order of visibility. */
  soFar: Signal[][];
  /** [month]: the signals each role holds that month that still matter. */
  held: { sales: Signal[]; ops: Signal[] }[];
  /** [month]: the signals visible by that month that are about it, in order of visibility. */
  aboutNow: Signal[][];
}

/** One pass over every signal per month, each list in the order the world lists them. */
function drawUpLists(world: World): SignalLists {
  const all: Signal[] = [];
  for (const m of world.months) for (const s of m.signals) all.push(s);
  const lists: SignalLists = { soFar: [], held: [], aboutNow: [] };
  for (let month = 0; month <= world.months.length + 1; month++) {
    const soFar: Signal[] = [];
    const held: { sales: Signal[]; ops: Signal[] } = { sales: [], ops: [] };
    const aboutNow: Signal[] = [];
    for (const s of all) {
      if (s.visibleFrom > month) continue;
      soFar.push(s);
      if (s.aboutMonth >= month) held[s.role].push(s);
      if (s.aboutMonth === month) aboutNow.push(s);
    }
    lists.soFar.push(soFar);
    lists.held.push(held);
    lists.aboutNow.push(aboutNow);
  }
  return lists;
}

const listsByWorld = new RecentByWorld(drawUpLists);

function listsOf(world: World): SignalLists {
  return listsByWorld.get(world);
}

/** Every signal that has become visible by the current month (to either role). Shared list: do not change it. */
export function signalsSoFar(state: Pick<GameState, 'world' | 'month'>): Signal[] {
  const lists = listsOf(state.world);
  return lists.soFar[Math.min(state.month, lists.soFar.length - 1)];
}

/** The signals a role holds this month that still matter (about this month or later). Shared list: do not change it. */
export function heldSignals(state: Pick<GameState, 'world' | 'month'>, role: Role): Signal[] {
  const lists = listsOf(state.world);
  return lists.held[Math.min(state.month, lists.held.length - 1)][role];
}

/** Whether a signal has been shared by its holder. */
export function isShared(state: Pick<GameState, 'sharedSignals'>, signalId: string): boolean {
  for (const s of state.sharedSignals) if (s.signalId === signalId) return true;
  return false;
}

/** Signals the other role shared with `role` that still matter, in a new list or written over `into`. */
export function sharedWith(state: GameState, role: Role, into: Signal[] = []): Signal[] {
  let n = 0;
  if (state.sharedSignals.length > 0)
    for (const s of heldSignals(state, otherRole(role))) if (isShared(state, s.id)) into[n++] = s;
  // Setting a length is a runtime call even when it does not change.
  if (into.length !== n) into.length = n;
  return into;
}

/** Signals about this month that their holder saw and never shared. */
export function unsharedSignalIds(state: GameState): string[] {
  const lists = listsOf(state.world);
  const about =
    state.month < lists.aboutNow.length
      ? lists.aboutNow[state.month]
      : signalsSoFar(state).filter((s) => s.aboutMonth === state.month);
  let count = 0;
  for (const s of about) if (!isShared(state, s.id)) count++;
  // The report keeps this list: at its exact size (`[]` grows to 17 slots at its first push).
  const ids: string[] = new Array(count);
  let n = 0;
  for (const s of about) if (!isShared(state, s.id)) ids[n++] = s.id;
  return ids;
}
