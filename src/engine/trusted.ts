/**
 * The trusted fast path: actions already known to be valid (a bot's, or those of a record that
 * was checked) are written into one mutable state per game, without the phase machine's checks.
 * The changes are the checked path's own (`applyRules`), so both give the same state, to the cent.
 */
import { createGame } from './game';
import { replayableScenario } from './record';
import type { Scenario } from './scenario-types';
import { applyRules } from './transitions';
import type { Action, GameRecord, GameSettings, GameState, Result } from './types';
import { sharedWorld } from './world-memo';

/** Applies an action the rules are known to accept, changing `state` in place. */
export function applyTrusted(state: GameState, action: Action): void {
  applyRules(state, action, state);
  state.actionCount++;
}

/** A new game whose world is shared with every other game of the same scenario, seed and length. */
export function createTrustedGame(scenario: Scenario, seed: string, settings: GameSettings): GameState {
  return createGame(scenario, seed, settings, sharedWorld(scenario, seed, settings.rounds));
}

/** Rebuilds the state of a record whose actions were already checked (by `replay` or a verifier). */
export function replayTrusted(record: GameRecord): Result<GameState, string> {
  const scenario = replayableScenario(record);
  if (!scenario.ok) return scenario;
  const state = createTrustedGame(scenario.value, record.seed, record.settings);
  for (const action of record.actions) applyTrusted(state, action);
  return { ok: true, value: state };
}
