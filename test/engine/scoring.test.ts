import { describe, expect, it } from 'vitest';
import { executeMonth } from '../../src/engine/execute';
import {
  accuracy,
  effectiveWeights,
  gameScore,
  HORIZON_WEIGHTS,
  planGaps,
  roundScore,
} from '../../src/engine/scoring';
import type { Horizon, MonthReport } from '../../src/engine/types';
import { executionState, gadget, opsPlan, salesPlan, tinyScenario, widget } from './fixtures';

const scenario = tinyScenario();

describe('planGaps (alignment terms)', () => {
  it('weights the horizon 0.5, 0.3, 0.2', () => {
    expect(HORIZON_WEIGHTS).toEqual([0.5, 0.3, 0.2]);
  });

  it.each([
    // forecast, production, opening, cover, shortage, excess, weighted forecast
    ['a matched plan', [100, 100, 100], [100, 100, 100], 0, 0.5, 0, 0, 100],
    ['cover within the allowance', [100, 100, 100], [150, 100, 100], 0, 0.5, 0, 0, 100],
    // I = −80, −80, 70: shortage 0.5 × 80 + 0.3 × 80; excess 0.2 × (70 − 50)
    ['a backlog and a late catch-up', [100, 100, 100], [50, 100, 250], -30, 0.5, 64, 4, 100],
    // I = 10, 20, 40 against allowances 60, 40, 40: nothing
    ['a growing plan', [100, 120, 80], [90, 130, 100], 20, 0.5, 0, 0, 102],
    // I = 100, 200, 300 against 0 allowance: excess 50 + 60 + 60
    ['overproduction with no cover allowed', [100, 100, 100], [200, 200, 200], 0, 0, 0, 170, 100],
    // the last month's allowance uses F3 in place of F4: I3 = 60, allowance 1 × 40
    ['the last month measured against F3', [0, 0, 40], [0, 0, 100], 0, 1, 0, 4, 8],
  ] as const)('%s', (_name, forecast, production, opening, cover, shortage, excess, weighted) => {
    const gaps = planGaps(forecast, production, opening, cover);
    expect(gaps.shortage).toBeCloseTo(shortage, 9);
    expect(gaps.excess).toBeCloseTo(excess, 9);
    expect(gaps.weightedForecast).toBeCloseTo(weighted, 9);
  });
});

describe('accuracy: 1 − min(1, error / base)', () => {
  it.each([
    [0, 100, 1],
    [25, 100, 0.75],
    [100, 100, 0],
    [250, 100, 0],
    [0, 0, 1],
    [5, 0, 0],
  ])('error %d over base %d is %d', (error, base, expected) => {
    expect(accuracy(error, base)).toBe(expected);
  });
});

describe('weights', () => {
  it('normalises the scenario weights to sum to 1', () => {
    const w = effectiveWeights(
      tinyScenario({ scoring: { ...scenario.scoring, weights: { alignment: 2, balance: 1, execution: 1 } } }),
      {
        rounds: 6,
        rotateEvery: 1,
      },
    );
    expect(w).toEqual({ alignment: 0.5, balance: 0.25, execution: 0.25 });
  });

  it('lets the settings override the scenario weights', () => {
    const w = effectiveWeights(scenario, {
      rounds: 6,
      rotateEvery: 1,
      weights: { alignment: 0, balance: 3, execution: 1 },
    });
    expect(w).toEqual({ alignment: 0, balance: 0.75, execution: 0.25 });
  });

  it('makes the month total the weighted sum of the three scores', () => {
    const state = executionState(scenario, { noise: 1.25, ops: opsPlan(scenario, [80, 100, 100]) });
    const weighted = {
      ...state,
      settings: { ...state.settings, weights: { alignment: 2, balance: 1, execution: 1 } },
    };
    const s = executeMonth(weighted).report.scores;
    expect(s.total).toBeCloseTo(0.5 * s.alignment + 0.25 * s.balance + 0.25 * s.execution, 12);
  });
});

describe('scoreMonth follows DESIGN.md §5', () => {
  const forecast: Horizon = [90, 110, 100];
  const production: Horizon = [120, 60, 100];
  const state = executionState(tinyScenario({}, [widget(), gadget()]), {
    noise: 1.2,
    stock: { inventory: 40, backlog: 10, materials: 100 },
    sales: salesPlan(tinyScenario({}, [widget(), gadget()]), forecast),
    ops: opsPlan(tinyScenario({}, [widget(), gadget()]), production),
  });
  const { report } = executeMonth(state);
  const s = report.scores;
  const products = Object.values(report.products);
  const sum = (pick: (p: (typeof products)[number]) => number) => products.reduce((t, p) => t + pick(p), 0);

  it('alignment: 1 − weighted gaps over weighted forecast, summed over products', () => {
    const gaps = planGaps(forecast, production, 30, 0.5);
    expect(s.plannedShortage).toBeCloseTo(2 * gaps.shortage, 9);
    expect(s.plannedExcess).toBeCloseTo(2 * gaps.excess, 9);
    expect(s.alignment).toBeCloseTo(1 - (gaps.shortage + gaps.excess) / gaps.weightedForecast, 12);
    expect(s.alignment).toBeLessThan(1);
  });

  it('balance: mean of fill rate and inventory health', () => {
    expect(s.fillRate).toBeCloseTo(sum((p) => p.shipped) / sum((p) => p.demand + p.backlogIn), 12);
    const excess = sum((p) => Math.max(0, p.inventoryOut - 1 * p.demand));
    expect(s.inventoryHealth).toBeCloseTo(
      accuracy(
        excess,
        sum((p) => p.demand),
      ),
      12,
    );
    expect(s.balance).toBeCloseTo((s.fillRate + s.inventoryHealth) / 2, 12);
  });

  it('execution: mean of forecast accuracy (1 − WMAPE) and plan attainment', () => {
    expect(s.forecastAccuracy).toBeCloseTo(
      1 - sum((p) => Math.abs(p.forecast - p.demand)) / sum((p) => p.demand),
      12,
    );
    expect(s.planAttainment).toBeCloseTo(
      accuracy(
        sum((p) => Math.abs(p.produced - p.plannedProduction)),
        sum((p) => p.plannedProduction),
      ),
      12,
    );
    expect(s.execution).toBeCloseTo((s.forecastAccuracy + s.planAttainment) / 2, 12);
  });

  it('every score lies in [0, 1]', () => {
    for (const key of [
      'alignment',
      'balance',
      'execution',
      'total',
      'fillRate',
      'inventoryHealth',
      'forecastAccuracy',
      'planAttainment',
    ] as const) {
      expect(s[key]).toBeGreaterThanOrEqual(0);
      expect(s[key]).toBeLessThanOrEqual(1);
    }
  });
});

describe('zero-demand months', () => {
  const quiet = executionState(scenario, {
    noise: 0,
    stock: { inventory: 0, backlog: 0, materials: 0 },
    sales: salesPlan(scenario, [0, 0, 0]),
    ops: opsPlan(scenario, [0, 0, 0]),
  });

  it('score a perfect month when nothing was forecast, planned, owed or held', () => {
    const s = executeMonth(quiet).report.scores;
    expect([s.alignment, s.fillRate, s.inventoryHealth, s.forecastAccuracy, s.planAttainment]).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });

  it('count any stock held against zero demand as unhealthy, and any forecast as wrong', () => {
    const held = executionState(scenario, {
      noise: 0,
      stock: { inventory: 10, backlog: 0 },
      sales: salesPlan(scenario, [5, 0, 0]),
      ops: opsPlan(scenario, [0, 0, 0]),
    });
    const s = executeMonth(held).report.scores;
    expect(s.inventoryHealth).toBe(0);
    expect(s.forecastAccuracy).toBe(0);
    expect(s.planAttainment).toBe(1);
    expect(Number.isNaN(s.total)).toBe(false);
  });

  it('score alignment 0 when a zero forecast meets planned production beyond the allowance', () => {
    const s = executeMonth({ ...quiet, plans: { ...quiet.plans, ops: opsPlan(scenario, [10, 0, 0]) } }).report
      .scores;
    expect(s.weightedForecast).toBe(0);
    expect(s.alignment).toBe(0);
  });
});

describe('gameScore', () => {
  const month = (total: number, alignment: number, balance: number, execution: number, profitCents: number) =>
    ({
      scores: { total, alignment, balance, execution },
      finance: { profitCents },
    }) as unknown as MonthReport;

  it('is 100 × the mean over months, to one decimal, with profit summed', () => {
    const score = gameScore({
      history: [
        month(0.9, 1, 0.8, 0.9, 500),
        month(0.6, 0.5, 0.6, 0.7, -200),
        month(0.75, 0.75, 0.7, 0.8, 1),
      ],
    });
    expect(score).toEqual({
      total: 75,
      alignment: 75,
      balance: 70,
      execution: 80,
      profitCents: 301,
      months: 3,
    });
  });

  it('rounds half a tenth up', () => {
    expect(roundScore(89.16666)).toBe(89.2);
    expect(roundScore(12.34)).toBe(12.3);
  });

  it('is zero before any month is played', () => {
    expect(gameScore({ history: [] })).toEqual({
      total: 0,
      alignment: 0,
      balance: 0,
      execution: 0,
      profitCents: 0,
      months: 0,
    });
  });
});
