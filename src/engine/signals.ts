/** Private intelligence: who sees which signal, and which were shared. */
import type { GameState, Role, Signal, World } from './types';

const flatSignals = new WeakMap<World, Signal[]>();

/** All signals of a world in order of visibility (memoised per world object: worlds never change). */
function allSignals(world: World): Signal[] {
  let list = flatSignals.get(world);
  if (!list) {
    list = world.months.flatMap((m) => m.signals);
    flatSignals.set(world, list);
  }
  return list;
}

/** Every signal that has become visible by the current month (to either role). */
export function signalsSoFar(state: Pick<GameState, 'world' | 'month'>): Signal[] {
  return allSignals(state.world).filter((s) => s.visibleFrom <= state.month);
}

/** The signals a role holds this month that still matter (about this month or later). */
export function heldSignals(state: GameState, role: Role): Signal[] {
  return signalsSoFar(state).filter((s) => s.role === role && s.aboutMonth >= state.month);
}

/** Whether a signal has been shared by its holder. */
export function isShared(state: GameState, signalId: string): boolean {
  return state.sharedSignals.some((s) => s.signalId === signalId);
}

/** Signals the other role shared with `role` that still matter. */
export function sharedWith(state: GameState, role: Role): Signal[] {
  return signalsSoFar(state).filter(
    (s) => s.role !== role && s.aboutMonth >= state.month && isShared(state, s.id),
  );
}

/** Signals about this month that their holder saw and never shared. */
export function unsharedSignalIds(state: GameState): string[] {
  return signalsSoFar(state)
    .filter((s) => s.aboutMonth === state.month && !isShared(state, s.id))
    .map((s) => s.id);
}
