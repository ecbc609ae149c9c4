import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularDemand } from '../../src/engine/demand';
import { createGame } from '../../src/engine/game';
import { playGame } from '../../src/engine/play';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import type { GameState } from '../../src/engine/types';
import { generateWorld } from '../../src/engine/world';
import { playChoices, roundChoiceArb } from './random-play';

const settings = { rounds: 12, rotateEvery: 1 };
const randomChoices = fc.sample(fc.array(roundChoiceArb, { minLength: 12, maxLength: 12 }), {
  seed: 7,
  numRuns: 2,
});

/** Three very different teams on one scenario and seed. */
function teams(scenarioId: string, seed: string): GameState[] {
  const scenario = getScenario(scenarioId)!;
  return [
    playGame(scenario, seed, settings, 'planner', 'planner').state,
    playGame(scenario, seed, settings, 'optimist', 'cautious').state,
    playChoices(scenario, seed, settings, randomChoices[0]).state,
    playChoices(scenario, seed, settings, randomChoices[1]).state,
  ];
}

describe.each(BUILTIN_SCENARIO_IDS)('fairness on %s', (id) => {
  const games = teams(id, 'fair-1');
  const fresh = createGame(getScenario(id)!, 'fair-1', settings);

  it('every team meets the world drawn at the start, whatever it decides', () => {
    for (const game of games) expect(game.world).toEqual(fresh.world);
  });

  it('every team meets the same shocks month by month', () => {
    const shocks = (g: GameState) => g.history.map((r) => r.shocks);
    for (const game of games.slice(1)) expect(shocks(game)).toEqual(shocks(games[0]));
  });

  it('the teams really decided differently', () => {
    const forecasts = games.map((g) => JSON.stringify(g.history.map((r) => r.salesPlan.forecast)));
    expect(new Set(forecasts).size).toBe(games.length);
  });

  it('each month’s demand is the same underlying demand, moved only by the team’s own promotions and deals', () => {
    const scenario = getScenario(id)!;
    for (const game of games) {
      for (const report of game.history) {
        const world = fresh.world.months[report.month - 1];
        for (const p of scenario.products) {
          const actual = report.products[p.id];
          const last = report.month > 1 ? game.history[report.month - 2].products[p.id].promotion : 0;
          const expected = regularDemand(
            scenario,
            p,
            report.month,
            actual.promotion,
            last,
            world.shocks,
            world.noise[p.id],
          );
          expect(actual.demand - actual.dealUnits).toBe(expected);
        }
      }
    }
  });
});

describe('seeds', () => {
  it.each(BUILTIN_SCENARIO_IDS)('different seeds give different worlds on %s', (id) => {
    const scenario = getScenario(id)!;
    const a = generateWorld(scenario, 'seed-a', 12);
    const b = generateWorld(scenario, 'seed-b', 12);
    expect(a).not.toEqual(b);
    expect(a.months.map((m) => m.noise)).not.toEqual(b.months.map((m) => m.noise));
  });

  it('the world depends on nothing but scenario, seed and length', () => {
    const scenario = getScenario('black-swan')!;
    expect(generateWorld(scenario, 'x', 12)).toEqual(generateWorld(structuredClone(scenario), 'x', 12));
  });
});

describe('determinism', () => {
  it.each(BUILTIN_SCENARIO_IDS)('the same inputs give deep-equal states on %s', (id) => {
    const scenario = getScenario(id)!;
    expect(playGame(scenario, 'det', settings, 'planner', 'chase')).toEqual(
      playGame(scenario, 'det', settings, 'planner', 'chase'),
    );
    expect(playChoices(scenario, 'det', settings, randomChoices[0])).toEqual(
      playChoices(scenario, 'det', settings, randomChoices[0]),
    );
  });
});
