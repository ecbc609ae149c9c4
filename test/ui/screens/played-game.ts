/** A finished game by two bots, for presentation tests. */
import { getScenario, playGame } from '../../../src/engine';
import type { GameState } from '../../../src/engine/types';
import type { GameMeta } from '../../../src/store/types';

/** A 6-round game of the named scenario played by the optimist and the cautious bot. */
export function playedGame(scenarioId = 'seasonal-peak', rounds = 6): GameState {
  const scenario = getScenario(scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  return playGame(scenario, 'ui-test', { rounds, rotateEvery: 1 }, 'optimist', 'cautious').state;
}

/** A pair's meta. */
export const PAIR_META: GameMeta = {
  mode: 'pair',
  players: ['Ana', 'Ben'],
  teamName: 'Team A',
  persona: null,
  suggestAllowed: true,
  timerSeconds: null,
};
