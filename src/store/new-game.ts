/** A new game's save from what the new-game form hands over: the record (with how the game is played), who plays,
 * and the first step. A session game takes every setting from its code and must keep the session's rules (the
 * same check the instructor's verifier makes), so a game started from a session cannot change them. */
import { getScenario, newRecord, replay } from '../engine';
import { decodeSessionCode, rulesBreaches, type SessionConfig, sessionRules } from '../engine/codes';
import type { GameRecord, GameSettings, GameState, Result, Scenario } from '../engine/types';
import type { NewGameDraft, NewGameInput, SavedGame } from './types';

/** What a game is played on: its scenario and settings, and the session it belongs to, if any. */
interface GameSource {
  scenario: Scenario;
  seed: string;
  settings: GameSettings;
  session: { config: SessionConfig; code: string } | null;
}

/** Builds the save of a new game, or says why it cannot start (unknown scenario, bad session code, a rule broken). */
export function newSavedGame(input: NewGameInput): Result<{ saved: SavedGame; game: GameState }, string> {
  const source = gameSource(input);
  if (!source.ok) return source;
  const { scenario, seed, settings, session } = source.value;
  const suggestAllowed = session?.config.suggest !== false;
  const timerSeconds = session?.config.timerSeconds ?? null;
  const persona = input.mode === 'solo' ? input.persona : null;
  const record: GameRecord = newRecord(scenario, seed, settings, {
    team: { name: input.teamName, players: input.players },
    session: session ? { name: session.config.name, code: session.code } : undefined,
    play: {
      mode: input.mode,
      ...(persona ? { persona } : {}),
      suggestAllowed,
      suggestUsed: 0,
      ...(timerSeconds ? { timerSeconds } : {}),
    },
  });
  if (session) {
    const breaches = rulesBreaches(sessionRules(session.config), record);
    if (breaches.length > 0)
      return {
        ok: false,
        error: `The session “${session.config.name}” does not allow ${breaches.join('; ')}.`,
      };
  }
  const game = replay(record);
  if (!game.ok) return game;
  const meta = {
    mode: input.mode,
    players: input.players,
    teamName: input.teamName,
    persona,
    suggestAllowed,
    timerSeconds,
  };
  return {
    ok: true,
    value: { saved: { record, meta, progress: { handoff: null, reportsSeen: 0 } }, game: game.value },
  };
}

function gameSource(input: NewGameInput): Result<GameSource, string> {
  if (!('sessionCode' in input)) {
    const scenario = input.scenario ?? getScenario(input.scenarioId);
    if (!scenario) return { ok: false, error: `There is no scenario called "${input.scenarioId}".` };
    const settings = {
      rounds: input.rounds,
      rotateEvery: input.rotateEvery,
      ...(input.weights ? { weights: input.weights } : {}),
    };
    return { ok: true, value: { scenario, seed: input.seed, settings, session: null } };
  }
  const code = input.sessionCode.replace(/\s+/g, '');
  const decoded = decodeSessionCode(code);
  if (!decoded.ok) return decoded;
  const config = decoded.value;
  const scenario = config.scenario ?? getScenario(config.scenarioId);
  if (!scenario)
    return {
      ok: false,
      error: `The session uses a scenario ("${config.scenarioId}") that this version does not have.`,
    };
  const settings = {
    rounds: config.rounds,
    rotateEvery: config.rotateEvery,
    ...(config.weights ? { weights: config.weights } : {}),
  };
  return { ok: true, value: { scenario, seed: config.seed, settings, session: { config, code } } };
}

/** The new-game form a player starts from: solo, no names, the given scenario and seed. */
export function emptyDraft(seed: string, scenarioId: string): NewGameDraft {
  return {
    mode: 'solo',
    players: ['', '', '', ''],
    teamName: '',
    persona: 'incentive',
    source: 'builtin',
    scenarioId,
    sessionCode: '',
    rounds: '12',
    rotateEvery: '1',
    seed,
  };
}

/** Whether two session codes are the same (whitespace in a pasted code does not count). */
export function sameSessionCode(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
