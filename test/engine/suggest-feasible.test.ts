/**
 * Suggest never proposes what the game's own checks flag as impossible (issue 11.2): whatever the
 * players did before, the planner bots' plans (as the Suggest button fills them in) fit the plant's
 * hours this month and the next two, start no more than the materials on hand, arriving and expedited,
 * and pass the engine's plan validation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPS_BOTS, SALES_BOTS } from '../../src/engine/bots';
import { applyAction, createGame } from '../../src/engine/game';
import { capacityCheck, materialCheck } from '../../src/engine/plan-checks';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import type { GameState } from '../../src/engine/types';
import { opsPlanError, salesPlanError } from '../../src/engine/validate-plan';
import { roleView } from '../../src/engine/views';
import { opsPlanOf, type RoundChoice, roundChoiceArb, salesPlanOf } from './random-play';

function must(result: ReturnType<typeof applyAction>): GameState {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The problems the game's checks find in the planners' suggestions at this Operations turn. */
function suggestionProblems(state: GameState): string[] {
  const problems: string[] = [];
  const offers = state.world.months[state.month - 1].dealOffers;
  const when = { month: state.month, rounds: state.settings.rounds };
  for (const bot of ['planner', 'planner-silent'] as const) {
    const sales = SALES_BOTS[bot](roleView(state, 'sales')).plan;
    const salesError = salesPlanError(sales, state.scenario, offers, when);
    if (salesError) problems.push(`${bot} Sales: ${salesError.message}`);
    const view = roleView(state, 'ops');
    const plan = OPS_BOTS[bot](view).plan;
    const error = opsPlanError(plan, state.scenario, when);
    if (error) problems.push(`${bot} Operations: ${error.message}`);
    const hours = capacityCheck(plan, state.scenario);
    if (!hours.fits) problems.push(`${bot}: ${hours.shortHours} hours beyond capacity this month`);
    for (const later of hours.later)
      if (later.shortHours > 0) problems.push(`${bot}: month +${later.monthOffset} beyond capacity`);
    for (const m of materialCheck(plan, view))
      if (!m.fits) problems.push(`${bot}: ${m.product} ${m.shortUnits} short of materials`);
  }
  return problems;
}

/** Plays random rounds and collects every problem found at each Operations turn. */
function playAndCheck(scenarioId: string, seed: string, choices: RoundChoice[]): string[] {
  const scenario = getScenario(scenarioId)!;
  let state = createGame(scenario, seed, { rounds: 6, rotateEvery: 1 });
  const problems: string[] = [];
  while (state.phase !== 'finished') {
    const choice = choices[(state.month - 1) % choices.length];
    state = must(applyAction(state, { type: 'startRound' }));
    state = must(applyAction(state, { type: 'submitSalesPlan', plan: salesPlanOf(state, choice) }));
    problems.push(...suggestionProblems(state).map((p) => `month ${state.month}: ${p}`));
    state = must(applyAction(state, { type: 'submitOpsPlan', plan: opsPlanOf(state, choice) }));
    state = must(applyAction(state, { type: 'signOff', role: 'ops' }));
    state = must(applyAction(state, { type: 'signOff', role: 'sales' }));
    state = must(applyAction(state, { type: 'execute' }));
    state = must(applyAction(state, { type: 'nextRound' }));
  }
  return problems;
}

describe('Suggest (the planner bots) proposes only plans the checks accept', () => {
  it('after any random play, on every built-in scenario', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_SCENARIO_IDS),
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.array(roundChoiceArb, { minLength: 1, maxLength: 3 }),
        (scenarioId, seed, choices) => {
          expect(playAndCheck(scenarioId, seed, choices)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('the check can fail: a plan beyond the materials is flagged', () => {
    const state = must(
      applyAction(createGame(getScenario('steady-start')!, 's', { rounds: 6, rotateEvery: 1 }), {
        type: 'startRound',
      }),
    );
    const plan = OPS_BOTS.planner(roleView(state, 'ops')).plan;
    plan.production.kettle[0] = 1_000_000;
    expect(materialCheck(plan, roleView(state, 'ops')).every((m) => m.fits)).toBe(false);
    expect(capacityCheck(plan, state.scenario).fits).toBe(false);
  });
});
