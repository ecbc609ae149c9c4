/** Private intelligence: who sees which signal, and which were shared. */

import { RecentByWorld } from './recent-worlds';
import type { GameState, Role, Signal, World } from './types';
import { otherRole } from './words/roles';

/** A world's signals in one month, worked out once per month of a world (worlds never change). */
interface MonthLists {
  /** Every signal visible by the month, in order of visibility. */
  soFar: Signal[];
  /** The signals each role holds that month that still matter. */
  held: { sales: Signal[]; ops: Signal[] };
  /** The signals visible by the month that are about it, in order of visibility. */
  aboutNow: Signal[];
}

/**
 * A world's signal lists, each month's made when first asked for: a bot game asks for every month,
 * but a verifier replays each world once, often only part of it, and built every month's lists up
 * front (a few kilobytes per record).
 */
class WorldSignals {
  /** Every signal of the world, in order of visibility. */
  private readonly all: Signal[] = [];
  /** [month], 0 to the last month + 1; a later month asks for the last one's lists. */
  private readonly months: (MonthLists | undefined)[];

  constructor(world: World) {
    for (const m of world.months) for (const s of m.signals) this.all.push(s);
    this.months = new Array(world.months.length + 2);
  }

  /** The lists of `month` (months past the end: those of the month after the last). */
  of(month: number): MonthLists {
    const m = Math.min(month, this.months.length - 1);
    return this.months[m] ?? this.draw(m);
  }

  /** The signals visible by `month` that are about it, in order of visibility. */
  aboutNow(month: number): Signal[] {
    if (month < this.months.length) return this.of(month).aboutNow;
    return this.of(month).soFar.filter((s) => s.aboutMonth === month);
  }

  /** One pass over every signal, each list in the order the world lists them. */
  private draw(month: number): MonthLists {
    const lists: MonthLists = { soFar: [], held: { sales: [], ops: [] }, aboutNow: [] };
    for (const s of this.all) {
      if (s.visibleFrom > month) continue;
      lists.soFar.push(s);
      if (s.aboutMonth >= month) lists.held[s.role].push(s);
      if (s.aboutMonth === month) lists.aboutNow.push(s);
    }
    this.months[month] = lists;
    return lists;
  }
}

const listsByWorld = new RecentByWorld((world) => new WorldSignals(world));

/** The signal lists of the state's world in its current month. */
function listsOf(state: Pick<GameState, 'world' | 'month'>): MonthLists {
  return listsByWorld.get(state.world).of(state.month);
}

/** Every signal that has become visible by the current month (to either role). Shared list: do not change it. */
export function signalsSoFar(state: Pick<GameState, 'world' | 'month'>): Signal[] {
  return listsOf(state).soFar;
}

/** The signals a role holds this month that still matter (about this month or later). Shared list: do not change it. */
export function heldSignals(state: Pick<GameState, 'world' | 'month'>, role: Role): Signal[] {
  return listsOf(state).held[role];
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
  const about = listsByWorld.get(state.world).aboutNow(state.month);
  let count = 0;
  for (const s of about) if (!isShared(state, s.id)) count++;
  // The report keeps this list: at its exact size (`[]` grows to 17 slots at its first push).
  const ids: string[] = new Array(count);
  let n = 0;
  for (const s of about) if (!isShared(state, s.id)) ids[n++] = s.id;
  return ids;
}
