import { describe, expect, it } from 'vitest';
import { calendarIndex, expectedDemand, promotedPrice, regularDemand } from '../../src/engine/demand';
import { executeMonth } from '../../src/engine/execute';
import type { PromotionLevel } from '../../src/engine/scenario-types';
import type { ShockOccurrence } from '../../src/engine/types';
import { executionState, salesPlan, shock, tinyScenario, widget } from './fixtures';

const scenario = tinyScenario();
const product = scenario.products[0];

/** Regular demand of the widget in month 1 with no promotion, shocks or noise unless given. */
function demand(
  options: {
    month?: number;
    promotion?: PromotionLevel;
    last?: PromotionLevel;
    shocks?: ShockOccurrence[];
    noise?: number;
  } = {},
): number {
  return regularDemand(
    scenario,
    product,
    options.month ?? 1,
    options.promotion ?? 0,
    options.last ?? 0,
    options.shocks ?? [],
    options.noise ?? 1,
  );
}

describe('trend and season', () => {
  it('grows linearly with the trend: base × (1 + trend × (month − 1))', () => {
    const trending = widget({ trendPerMonth: 0.1 });
    expect(expectedDemand(scenario, trending, 1)).toBe(100);
    expect(Math.round(expectedDemand(scenario, trending, 3))).toBe(120);
    expect(Math.round(expectedDemand(scenario, trending, 11))).toBe(200);
  });

  it('maps game months to calendar months from the scenario start, wrapping after December', () => {
    const novemberStart = tinyScenario({ startMonth: 11 });
    expect([1, 2, 3, 4, 13, 15].map((m) => calendarIndex(novemberStart, m))).toEqual([10, 11, 0, 1, 10, 0]);
  });

  it('multiplies by the season of the calendar month', () => {
    const novemberStart = tinyScenario({ startMonth: 11 });
    const seasonal = widget({ seasonality: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 1.5] });
    expect([1, 2, 3, 4].map((m) => expectedDemand(novemberStart, seasonal, m))).toEqual([50, 150, 200, 100]);
  });
});

describe('promotions', () => {
  it.each([
    [0, 100],
    [10, 120],
    [20, 150],
  ] as const)('a %i %% promotion lifts demand to %i', (promotion, expected) => {
    expect(demand({ promotion })).toBe(expected);
  });

  it.each([
    [0, 0, 100],
    [0, 10, 90],
    [0, 20, 75],
    [10, 20, 90],
    [20, 20, 113],
  ] as const)(
    'promotion %i after a %i %% promotion last month gives %i (the dip)',
    (promotion, last, expected) => {
      expect(demand({ promotion, last })).toBe(expected);
    },
  );

  it('prices a promotion as whole cents off the list price', () => {
    expect(promotedPrice(10000, 0)).toBe(10000);
    expect(promotedPrice(10000, 10)).toBe(9000);
    expect(promotedPrice(10000, 20)).toBe(8000);
    expect(promotedPrice(999, 10)).toBe(899);
  });
});

describe('demand shocks', () => {
  it.each([
    ['viralSpike', 0.3, 130],
    ['newChannel', 0.25, 125],
    ['competitorPromotion', 0.2, 80],
    ['recession', 0.1, 90],
    ['recession', 1.5, 0],
    ['machineBreakdown', 0.5, 100],
    ['supplierDelay', 0.5, 100],
  ] as const)('%s of %d gives demand %i', (type, magnitude, expected) => {
    expect(demand({ shocks: [shock(type, magnitude)] })).toBe(expected);
  });

  it('hits only the product it names (or all)', () => {
    expect(demand({ shocks: [shock('viralSpike', 0.3, { product: 'gadget' })] })).toBe(100);
    expect(demand({ shocks: [shock('viralSpike', 0.3, { product: 'widget' })] })).toBe(130);
  });

  it('multiplies several shocks together', () => {
    expect(demand({ shocks: [shock('viralSpike', 0.5), shock('recession', 0.2)] })).toBe(120);
  });

  it('panic buying surges for the first half of its months, then dips by half the magnitude', () => {
    const panic = shock('panicBuying', 0.4, { startMonth: 1, endMonth: 4 });
    expect([1, 2, 3, 4].map((month) => demand({ month, shocks: [panic] }))).toEqual([140, 140, 80, 80]);
  });
});

describe('noise and rounding', () => {
  it('multiplies by the month noise and rounds to whole units (half up)', () => {
    expect(demand({ noise: 1.05 })).toBe(105);
    expect(demand({ noise: 1.125 })).toBe(113);
    expect(demand({ noise: 1.124 })).toBe(112);
    expect(Number.isInteger(demand({ noise: 1.0371 }))).toBe(true);
  });

  it('is never negative', () => {
    expect(demand({ noise: 0 })).toBe(0);
    expect(demand({ noise: -0.5 })).toBe(0);
    expect(demand({ shocks: [shock('competitorPromotion', 2)] })).toBe(0);
    expect(Object.is(demand({ noise: -0.001 }), -0)).toBe(false);
  });

  it('is what executeMonth reports as the month demand', () => {
    const state = executionState(scenario, {
      noise: 1.1,
      shocks: [shock('viralSpike', 0.2)],
      sales: salesPlan(scenario, [100, 100, 100], 10),
      lastPromotion: 20,
    });
    const expected = regularDemand(scenario, product, 1, 10, 20, [shock('viralSpike', 0.2)], 1.1);
    expect(expected).toBe(119); // 100 × 1.2 × 0.75 × 1.2 × 1.1 = 118.8
    expect(executeMonth(state).report.products.widget.demand).toBe(expected);
  });
});
