/**
 * Attribution on demand gives exactly what attribution on the live state gave: the same causes,
 * points, units and words, for every month of many bot games and random games.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Attribution, attributeMonth } from '../../src/engine/attribution';
import { OPS_BOT_IDS, SALES_BOT_IDS } from '../../src/engine/bots';
import { applyAction, createGame } from '../../src/engine/game';
import { monthAttribution } from '../../src/engine/month-attribution';
import { playGame } from '../../src/engine/play';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS, getScenario } from '../../src/engine/scenarios';
import type { Action, GameSettings, GameState, Scenario } from '../../src/engine/types';
import { playChoices, roundChoiceArb } from './random-play';

/** Replays the actions, attributing each month on the state it was executed in (the eager way). */
function eagerAttributions(scenario: Scenario, seed: string, settings: GameSettings, actions: Action[]) {
  let state: GameState = createGame(scenario, seed, settings);
  const eager: Attribution[] = [];
  for (const action of actions) {
    const next = applyAction(state, action);
    if (!next.ok) throw new Error(next.error.message);
    if (action.type === 'execute') {
      const report = next.value.history[next.value.history.length - 1];
      eager.push(attributeMonth(state, report.products, report.scores));
    }
    state = next.value;
  }
  return { state, eager };
}

function expectSameBothWays(scenario: Scenario, seed: string, settings: GameSettings, actions: Action[]) {
  const { state, eager } = eagerAttributions(scenario, seed, settings, actions);
  expect(eager).toHaveLength(state.history.length);
  state.history.forEach((report, i) => {
    expect(monthAttribution(state, report)).toEqual(eager[i]);
  });
  return eager;
}

describe('attribution on demand', () => {
  it('equals attribution on the live state in every bot game (5 scenarios, 3 seeds, 16 pairs)', () => {
    let causes = 0;
    const settings = { rounds: 12, rotateEvery: 1 };
    for (const scenario of BUILTIN_SCENARIOS)
      for (const seed of ['1', '7', 'class-b'])
        for (const sales of SALES_BOT_IDS)
          for (const ops of OPS_BOT_IDS) {
            const { actions } = playGame(scenario, seed, settings, sales, ops);
            for (const a of expectSameBothWays(scenario, seed, settings, actions))
              causes += a.alignment.length + a.balance.length + a.execution.length;
          }
    // The comparison covered real causes, not empty lists.
    expect(causes).toBeGreaterThan(5000);
  });

  it('equals attribution on the live state in random games (shares at every step, revisions)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_SCENARIO_IDS),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(roundChoiceArb, { minLength: 1, maxLength: 4 }),
        (id, seed, rounds, choices) => {
          const scenario = getScenario(id)!;
          const settings = { rounds, rotateEvery: 1 };
          const { actions } = playChoices(scenario, seed, settings, choices);
          expectSameBothWays(scenario, seed, settings, actions);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is computed once per month report and then remembered', () => {
    const scenario = BUILTIN_SCENARIOS[0];
    const { state } = playGame(scenario, '3', { rounds: 3, rotateEvery: 1 }, 'naive', 'chase');
    const first = monthAttribution(state, state.history[2]);
    expect(monthAttribution(state, state.history[2])).toBe(first);
  });
});
