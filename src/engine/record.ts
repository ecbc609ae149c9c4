/**
 * Records: a game is its inputs and its decisions. `replay` folds the actions over a new game
 * and gives the same state to the last unit and cent, in Node and in every browser.
 */
import { applyAction, createGame, ENGINE_VERSION } from './game';
import type { PlayConditions } from './play-conditions';
import { scenarioHash } from './scenario-hash';
import { validateScenario } from './scenario-schema';
import type { Scenario } from './scenario-types';
import { getScenario } from './scenarios';
import { type FinalScore, gameScore } from './scoring';
import type { Action, ClaimedResult, GameRecord, GameSettings, GameState, Result, TeamInfo } from './types';

/** Starts a record; custom scenarios travel inline, built-ins by id and hash. */
export function newRecord(
  scenario: Scenario,
  seed: string,
  settings: GameSettings,
  options: {
    team?: TeamInfo;
    session?: GameRecord['session'];
    play?: PlayConditions;
    inline?: boolean;
  } = {},
): GameRecord {
  const builtIn = getScenario(scenario.id);
  const hash = scenarioHash(scenario);
  const inline = options.inline || !builtIn || scenarioHash(builtIn) !== hash;
  return {
    format: 1,
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: hash,
    ...(inline ? { scenario } : {}),
    seed,
    settings,
    actions: [],
    ...(options.team ? { team: options.team } : {}),
    ...(options.session ? { session: options.session } : {}),
    ...(options.play ? { play: options.play } : {}),
  };
}

/** The record of a finished or ongoing game, with the result it claims. */
export function recordOf(base: GameRecord, actions: Action[], state: GameState): GameRecord {
  const score: FinalScore = gameScore(state);
  const claimed: ClaimedResult = { ...score };
  return { ...base, actions, claimed };
}

/** Finds the scenario a record names and checks it is the one the record was played on. */
export function recordScenario(record: GameRecord): Result<Scenario, string> {
  let scenario: Scenario | undefined;
  if (record.scenario) {
    const checked = validateScenario(record.scenario);
    if (!checked.ok) return { ok: false, error: `The record's scenario is invalid: ${checked.error[0]}` };
    scenario = checked.value;
  } else {
    scenario = getScenario(record.scenarioId);
    if (!scenario)
      return {
        ok: false,
        error: `The record names a scenario "${record.scenarioId}" that this version does not have.`,
      };
  }
  if (scenarioHash(scenario) !== record.scenarioHash)
    return {
      ok: false,
      error: 'The scenario does not match the one the record was played on (hash differs).',
    };
  return { ok: true, value: scenario };
}

/** The scenario of a record this engine can replay, or why it cannot (another engine version, scenario). */
export function replayableScenario(record: GameRecord): Result<Scenario, string> {
  if (record.engineVersion !== ENGINE_VERSION)
    return {
      ok: false,
      error: `The record was made by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}.`,
    };
  return recordScenario(record);
}

/** Rebuilds the state a record describes, or says why it cannot. */
export function replay(record: GameRecord): Result<GameState, string> {
  const scenario = replayableScenario(record);
  if (!scenario.ok) return scenario;
  let state = createGame(scenario.value, record.seed, record.settings);
  for (const [i, action] of record.actions.entries()) {
    const next = applyAction(state, action);
    if (!next.ok)
      return {
        ok: false,
        error: `Action ${i + 1} (${String(action?.type)}) is refused by the rules: ${next.error.message}`,
      };
    state = next.value;
  }
  return { ok: true, value: state };
}
