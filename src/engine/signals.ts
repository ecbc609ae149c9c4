/** Private intelligence: who sees which signal, and which were shared. */
import type { GameState, Role, Signal } from './types';

/** Every signal that has become visible by the current month (to either role). */
export function signalsSoFar(state: GameState): Signal[] {
  const out: Signal[] = [];
  for (let m = 0; m < state.month && m < state.world.months.length; m++) {
    for (const signal of state.world.months[m].signals) out.push(signal);
  }
  return out;
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
