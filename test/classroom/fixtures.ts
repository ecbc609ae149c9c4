/** Finished and unfinished games of the built-in scenarios, as records and result codes, for the classroom tests. */

import {
  BUILTIN_SCENARIOS,
  botDecisions,
  createGame,
  getScenario,
  newRecord,
  type OpsBotId,
  type PlayConditions,
  playGame,
  playRound,
  recordOf,
  type SalesBotId,
} from '../../src/engine';
import { encodeResultCode, encodeSessionCode, type SessionConfig } from '../../src/engine/codes';
import type { Action, GameRecord } from '../../src/engine/types';

/** A 6-round session on Steady start. */
export const SESSION_A: SessionConfig = {
  name: 'Class A',
  scenarioId: 'steady-start',
  seed: 'seed-a',
  rounds: 6,
  rotateEvery: 1,
};

/** Another session: same scenario, another seed. */
export const SESSION_B: SessionConfig = { ...SESSION_A, name: 'Class B', seed: 'seed-b' };

/** A finished game by two bots, optionally in a session, as a record with its claim. */
export function finishedRecord(
  options: {
    team?: string;
    sales?: SalesBotId;
    ops?: OpsBotId;
    session?: SessionConfig;
    seed?: string;
    play?: PlayConditions;
    rounds?: number;
  } = {},
): GameRecord {
  const session = options.session;
  const scenario = getScenario(session?.scenarioId ?? 'steady-start') ?? BUILTIN_SCENARIOS[0];
  const seed = session?.seed ?? options.seed ?? 'seed-a';
  const settings = { rounds: options.rounds ?? session?.rounds ?? 6, rotateEvery: session?.rotateEvery ?? 1 };
  const base = newRecord(scenario, seed, settings, {
    team: { name: options.team ?? 'Team One', players: ['Ada', 'Ben'] },
    ...(session ? { session: { name: session.name, code: encodeSessionCode(session) } } : {}),
    ...(options.play ? { play: options.play } : {}),
  });
  const { state, actions } = playGame(
    scenario,
    seed,
    settings,
    options.sales ?? 'planner',
    options.ops ?? 'planner',
  );
  return recordOf(base, actions, state);
}

/** A game stopped after two of its six rounds. */
export function unfinishedRecord(): GameRecord {
  const scenario = BUILTIN_SCENARIOS[0];
  const settings = { rounds: 6, rotateEvery: 1 };
  const actions: Action[] = [];
  let state = createGame(scenario, 'seed-a', settings);
  for (let round = 0; round < 2; round++) {
    const next = playRound(state, botDecisions('planner', 'planner'), actions);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  }
  return recordOf(
    newRecord(scenario, 'seed-a', settings, { team: { name: 'Halfway', players: [] } }),
    actions,
    state,
  );
}

/** The result code of a record. */
export const codeOf = (record: GameRecord): string => encodeResultCode(record);
