/**
 * The end of the game (issue 11.7): no plan names a month after the last one (those entries must be
 * 0, and a plan that names one is refused with the reason), no material order is placed that could
 * only arrive after the end, the alignment score counts only the months inside the game, and no bot,
 * Suggest or prefill plans beyond the end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPS_BOT_IDS, OPS_BOTS, SALES_BOT_IDS, SALES_BOTS } from '../../src/engine/bots';
import { applyAction, createGame } from '../../src/engine/game';
import { canOrderMaterials, monthsInGame } from '../../src/engine/game-end';
import { weightingSentence } from '../../src/engine/plan-gaps';
import { defaultOpsPlan, defaultSalesPlan } from '../../src/engine/plans';
import { botDecisions, playGame, playRound } from '../../src/engine/play';
import { BUILTIN_SCENARIO_IDS, getScenario } from '../../src/engine/scenarios';
import { HORIZON_WEIGHTS, IN_GAME_WEIGHTS, planGaps } from '../../src/engine/scoring';
import type { GameState, OpsPlan, SalesPlan } from '../../src/engine/types';
import { roleView } from '../../src/engine/views';
import { gameAt, must } from './games';

/** The state of a game at Sales' turn of `month`, played so far by the planners. */
function salesTurnAt(month: number, rounds = 12, scenarioId = 'steady-start'): GameState {
  return must(gameAt(scenarioId, 'end', month, rounds), { type: 'startRound' });
}

/** The same state one step on: Sales has submitted its default plan, Operations' turn. */
function opsTurnAt(month: number, rounds = 12, scenarioId = 'steady-start'): GameState {
  const sales = salesTurnAt(month, rounds, scenarioId);
  return must(sales, { type: 'submitSalesPlan', plan: defaultSalesPlan(sales) });
}

function refusal(state: GameState, action: Parameters<typeof applyAction>[1]) {
  const result = applyAction(state, action);
  return result.ok ? null : result.error;
}

describe('months inside the game', () => {
  it('is three until the last two months, then two and one', () => {
    expect([1, 10, 11, 12].map((m) => monthsInGame(m, 12))).toEqual([3, 3, 2, 1]);
    expect(monthsInGame(6, 6)).toBe(1);
  });

  it('a material order can be placed while it arrives by the last month (lead time 1, at least 1)', () => {
    const scenario = getScenario('steady-start')!;
    expect(canOrderMaterials(scenario, 11, 12)).toBe(true);
    expect(canOrderMaterials(scenario, 12, 12)).toBe(false);
    const slow = { ...scenario, supplier: { ...scenario.supplier, leadTimeMonths: 2 } };
    expect(canOrderMaterials(slow, 10, 12)).toBe(true);
    expect(canOrderMaterials(slow, 11, 12)).toBe(false);
    const instant = { ...scenario, supplier: { ...scenario.supplier, leadTimeMonths: 0 } };
    expect(canOrderMaterials(instant, 12, 12)).toBe(false);
  });
});

describe('the rules refuse plans beyond the end', () => {
  it('month 11 of 12: a forecast for month 13 must be 0, and the refusal says why', () => {
    const state = salesTurnAt(11);
    const plan = defaultSalesPlan(state);
    expect(plan.forecast.kettle[2]).toBe(0);
    expect(refusal(state, { type: 'submitSalesPlan', plan })).toBeNull();
    const late: SalesPlan = { ...plan, forecast: { kettle: [plan.forecast.kettle[0], 900, 800] } };
    expect(refusal(state, { type: 'submitSalesPlan', plan: late })).toEqual({
      type: 'invalidNumber',
      path: 'plan.forecast.kettle[2]',
      message: 'The game ends after month 12: Electric kettle forecast for month 13 must be 0 (got 800).',
    });
  });

  it('the last month: production for months 13 and 14 must be 0; so must a material order, which would arrive in month 13', () => {
    const state = opsTurnAt(12);
    const plan = defaultOpsPlan(state);
    expect(plan.production.kettle.slice(1)).toEqual([0, 0]);
    expect(plan.materialOrder.kettle).toBe(0);
    expect(refusal(state, { type: 'submitOpsPlan', plan })).toBeNull();
    const later: OpsPlan = { ...plan, production: { kettle: [plan.production.kettle[0], 5, 0] } };
    expect(refusal(state, { type: 'submitOpsPlan', plan: later })?.message).toBe(
      'The game ends after month 12: Electric kettle production for month 13 must be 0 (got 5).',
    );
    const order: OpsPlan = { ...plan, materialOrder: { kettle: 1200 } };
    expect(refusal(state, { type: 'submitOpsPlan', plan: order })).toEqual({
      type: 'invalidNumber',
      path: 'plan.materialOrder.kettle',
      message:
        'The game ends after month 12: Electric kettle materials ordered now would arrive in month 13, so the order must be 0 (got 1,200).',
    });
  });

  it('the consensus revision is held to the same rule', () => {
    const ops = opsTurnAt(12);
    const consensus = must(ops, { type: 'submitOpsPlan', plan: defaultOpsPlan(ops) });
    const sales = consensus.plans.sales as SalesPlan;
    const revised = {
      ...sales,
      forecast: { kettle: [sales.forecast.kettle[0], 0, 1] as [number, number, number] },
    };
    expect(refusal(consensus, { type: 'reviseSalesPlan', plan: revised })?.path).toBe(
      'plan.forecast.kettle[2]',
    );
  });

  it('earlier months keep the whole horizon and material orders', () => {
    const state = opsTurnAt(10);
    const plan = defaultOpsPlan(state);
    const full: OpsPlan = {
      ...plan,
      production: { kettle: [1000, 1000, 1000] },
      materialOrder: { kettle: 900 },
    };
    expect(refusal(state, { type: 'submitOpsPlan', plan: full })).toBeNull();
  });
});

describe('alignment counts only the months inside the game', () => {
  it('planGaps reads no entry after the last month; the last month measures excess against its own forecast', () => {
    const ignored = planGaps([100, 999, 999], [150, 999, 999], 0, 1, 1);
    expect(ignored).toEqual(planGaps([100, 0, 0], [150, 0, 0], 0, 1, 1));
    expect(ignored.months).toHaveLength(1);
    // 50 left over against one month's cover of its own 100: no excess, no shortage.
    expect(ignored.shortage + ignored.excess).toBe(0);
    const over = planGaps([100, 0, 0], [250, 0, 0], 0, 1, 1);
    expect(over.excess).toBe(50);
  });

  it('the weights of the months left are HORIZON_WEIGHTS scaled to add up to 1, which leaves the score unchanged', () => {
    for (const n of [1, 2, 3] as const) {
      const weights = IN_GAME_WEIGHTS[n];
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const [k, w] of weights.entries())
        expect(w / weights[0]).toBeCloseTo(HORIZON_WEIGHTS[k] / HORIZON_WEIGHTS[0], 12);
    }
    const gaps = planGaps([100, 200, 0], [40, 100, 0], 0, 1, 2);
    expect(gaps.months.map((m) => m.shortage)).toEqual([60, 160]);
    expect(gaps.shortage).toBe(0.625 * 60 + 0.375 * 160);
    const unscaled = (0.5 * 60 + 0.3 * 160) / (0.5 * 100 + 0.3 * 200);
    expect(gaps.shortage / gaps.weightedForecast).toBeCloseTo(unscaled, 12);
  });

  it('the sentence beside the figures names the end and the weights that still count', () => {
    const gaps = (months: { shortage: number; excess: number }[], shortage: number) => ({
      months,
      shortage,
      excess: 0,
      gameEnd: 12,
    });
    expect(
      weightingSentence(
        gaps(
          [
            { shortage: 60, excess: 0 },
            { shortage: 160, excess: 0 },
          ],
          97.5,
        ),
      ),
    ).toBe(
      'The game ends after month 12, so alignment weighs only this month and the next, 62.5 %, 37.5 % (50 % and 30 % scaled to add up to 100 %): shortages of 60 and 160 units count as 98.',
    );
    expect(weightingSentence(gaps([{ shortage: 60, excess: 0 }], 60))).toBe(
      'The game ends after month 12, so alignment counts this month only: a shortage of 60 units.',
    );
  });

  it("the played last month's score reads this month's plan only", () => {
    const { state } = playGame(
      getScenario('seasonal-peak')!,
      'end',
      { rounds: 12, rotateEvery: 1 },
      'optimist',
      'cautious',
    );
    const last = state.history[11];
    for (const spec of state.scenario.products) {
      const p = last.products[spec.id];
      const alone = planGaps(
        p.plan.forecast,
        p.plan.production,
        p.inventoryIn - p.backlogIn,
        state.scenario.scoring.allowedCoverMonths,
        1,
      );
      expect(alone.months).toHaveLength(1);
    }
    const previous = state.history[10];
    expect(previous.scores.weightedForecast).toBeGreaterThan(0);
    expect(last.scores.weightedForecast).toBe(
      state.scenario.products.reduce((s, p) => s + last.products[p.id].plan.forecast[0], 0),
    );
  });
});

describe('no bot, Suggest or prefill plans beyond the end', () => {
  /** Every way a plan beyond the end could show in a role's plan, as readable problems. */
  function beyondEnd(state: GameState, sales: SalesPlan | null, ops: OpsPlan | null): string[] {
    const inGame = monthsInGame(state.month, state.settings.rounds);
    const problems: string[] = [];
    for (const p of state.scenario.products) {
      for (let k: number = inGame; k < 3; k++) {
        if (sales && sales.forecast[p.id][k] !== 0) problems.push(`forecast ${p.id}[${k}]`);
        if (ops && ops.production[p.id][k] !== 0) problems.push(`production ${p.id}[${k}]`);
      }
      if (
        ops &&
        !canOrderMaterials(state.scenario, state.month, state.settings.rounds) &&
        ops.materialOrder[p.id] !== 0
      )
        problems.push(`material order ${p.id}`);
    }
    return problems;
  }

  it('every bot pair, on every built-in scenario and any length, at every turn', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_SCENARIO_IDS),
        fc.string({ minLength: 1, maxLength: 4 }),
        fc.integer({ min: 6, max: 9 }),
        fc.constantFrom(...SALES_BOT_IDS),
        fc.constantFrom(...OPS_BOT_IDS),
        fc.integer({ min: 0, max: 2 }),
        (scenarioId, seed, rounds, salesBot, opsBot, lead) => {
          const base = getScenario(scenarioId)!;
          const scenario = { ...base, supplier: { ...base.supplier, leadTimeMonths: lead } };
          let state = createGame(scenario, seed, { rounds, rotateEvery: 1 });
          const problems: string[] = [];
          while (state.phase !== 'finished') {
            const atSales = must(state, { type: 'startRound' });
            const sales = SALES_BOTS[salesBot](roleView(atSales, 'sales')).plan;
            problems.push(
              ...beyondEnd(atSales, sales, null),
              ...beyondEnd(atSales, defaultSalesPlan(atSales), null),
            );
            const atOps = must(atSales, { type: 'submitSalesPlan', plan: sales });
            for (const id of OPS_BOT_IDS)
              problems.push(
                ...beyondEnd(atOps, null, OPS_BOTS[id](roleView(atOps, 'ops')).plan).map(
                  (p) => `${id}: ${p}`,
                ),
              );
            problems.push(...beyondEnd(atOps, null, defaultOpsPlan(atOps)));
            const played = playRound(state, botDecisions(salesBot, opsBot));
            if (!played.ok) throw new Error(`month ${state.month}: ${played.error.message}`);
            state = played.value;
            if (problems.length > 0)
              return expect(problems.map((p) => `month ${state.month}: ${p}`)).toEqual([]);
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('the check can fail: an untrimmed plan in the last month is caught', () => {
    const state = opsTurnAt(12);
    const plan = { ...defaultOpsPlan(state), materialOrder: { kettle: 10 } };
    expect(beyondEnd(state, null, plan)).toEqual(['material order kettle']);
  });
});
