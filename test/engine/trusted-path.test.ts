/**
 * The trusted fast path gives what the checked path gives: the same actions, the same state to
 * the last unit and cent, the same score and attribution, for bot games and random games.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPS_BOT_IDS, SALES_BOT_IDS } from '../../src/engine/bots';
import { monthAttribution } from '../../src/engine/month-attribution';
import { playGame, playGameTrusted } from '../../src/engine/play';
import { newRecord, recordOf, replay } from '../../src/engine/record';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS, getScenario } from '../../src/engine/scenarios';
import { gameScore } from '../../src/engine/scoring';
import { replayTrusted } from '../../src/engine/trusted';
import type { GameState } from '../../src/engine/types';
import { playChoices, roundChoiceArb } from './random-play';

function expectSameGame(fast: GameState, checked: GameState) {
  expect(fast).toEqual(checked);
  expect(gameScore(fast)).toEqual(gameScore(checked));
  fast.history.forEach((report, i) => {
    expect(monthAttribution(fast, report)).toEqual(monthAttribution(checked, checked.history[i]));
  });
}

describe('the trusted fast path', () => {
  it('plays every bot pair on every scenario exactly as the checked path does', () => {
    const settings = { rounds: 12, rotateEvery: 1 };
    for (const scenario of BUILTIN_SCENARIOS)
      for (const seed of ['night-class'])
        for (const sales of SALES_BOT_IDS)
          for (const ops of OPS_BOT_IDS) {
            const checked = playGame(scenario, seed, settings, sales, ops);
            const fast = playGameTrusted(scenario, seed, settings, sales, ops);
            expect(fast.actions).toEqual(checked.actions);
            expectSameGame(fast.state, checked.state);
          }
  });

  it('replays random valid records (shares, revisions, deals) to the state the checked replay gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_SCENARIO_IDS),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(roundChoiceArb, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (id, seed, rounds, rotateEvery, choices, cut) => {
          const scenario = getScenario(id)!;
          const settings = { rounds, rotateEvery };
          const { state, actions } = playChoices(scenario, seed, settings, choices);
          // Unfinished games too: any prefix of a valid record is valid.
          const kept = actions.slice(0, actions.length - (cut % 9));
          const record = recordOf(newRecord(scenario, seed, settings), kept, state);
          const checked = replay(record);
          const fast = replayTrusted(record);
          if (!checked.ok || !fast.ok) throw new Error('a valid record was refused');
          expectSameGame(fast.value, checked.value);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses what replay refuses before playing: another engine version', () => {
    const scenario = BUILTIN_SCENARIOS[0];
    const record = { ...newRecord(scenario, '1', { rounds: 6, rotateEvery: 1 }), engineVersion: '0.0.1' };
    const fast = replayTrusted(record);
    expect(fast.ok).toBe(false);
    expect(fast).toEqual(replay(record));
  });
});
