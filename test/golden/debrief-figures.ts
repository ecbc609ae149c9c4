/** The debrief's golden figures and sentences: one fixed game's ranked causes, explanations and lessons. */

import { gameScore, getScenario } from '../../src/engine';
import { chooseLessons, rankCauses, topCauses } from '../../src/engine/debrief';
import { playGame } from '../../src/engine/play';
import { formatPoints } from '../../src/engine/words/formats';

/** The fixed game the debrief golden figures come from. */
export const DEBRIEF_GAME = {
  scenarioId: 'seasonal-peak',
  seed: 'demo',
  rounds: 12,
  sales: 'optimist',
  ops: 'cautious',
  explainedMonth: 5,
} as const;

/** What the debrief says about the fixed game. */
export interface DebriefGolden {
  total: number;
  /** The four biggest causes: title, points as the debrief prints them, months they touched. */
  rankedCauses: [string, string, number][];
  /** The two sentences that explain the explained month's lost points. */
  monthSentences: string[];
  /** Each chosen lesson and the sentence naming the moment it came from. */
  lessons: [string, string][];
}

/** Plays the fixed game and reads what its debrief says. */
export function debriefGolden(): DebriefGolden {
  const g = DEBRIEF_GAME;
  const settings = { rounds: g.rounds, rotateEvery: 1 };
  const { state } = playGame(getScenario(g.scenarioId)!, g.seed, settings, g.sales, g.ops);
  return {
    total: gameScore(state).total,
    rankedCauses: rankCauses(state.history, state)
      .slice(0, 4)
      .map((r) => [r.title, formatPoints(r.points), r.months.length]),
    monthSentences: topCauses(state.history[g.explainedMonth - 1], state, 2).map((c) => c.text),
    lessons: chooseLessons(state.history, state).map((l) => [l.id, l.moment.text]),
  };
}
