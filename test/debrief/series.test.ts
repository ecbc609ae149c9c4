import { describe, expect, it } from 'vitest';
import {
  bullwhip,
  incentiveSeries,
  keyFigures,
  productSeries,
  scoreSeries,
  standardDeviation,
} from '../../src/engine/debrief';
import type { ShockOccurrence } from '../../src/engine/types';
import { fakeGame, fakeReport } from './fixtures';

const strike: ShockOccurrence = {
  id: 'k',
  type: 'labourStrike',
  product: 'all',
  magnitude: 0.3,
  startMonth: 2,
  endMonth: 3,
};

describe('productSeries', () => {
  it('lists demand, consensus forecast, production, end inventory and end backlog by month', () => {
    const history = [
      fakeReport(1, { widget: { demand: 90, forecast: 100, produced: 95, inventoryOut: 5, backlogOut: 0 } }),
      fakeReport(2, {
        widget: { demand: 130, forecast: 110, produced: 100, inventoryOut: 0, backlogOut: 25 },
      }),
    ];
    const [s] = productSeries(history, fakeGame(history));
    expect(s).toMatchObject({
      productId: 'widget',
      months: [1, 2],
      demand: [90, 130],
      forecast: [100, 110],
      production: [95, 100],
      inventory: [5, 0],
      backlog: [0, 25],
    });
  });
});

describe('scoreSeries', () => {
  it('turns scores into points and marks the months with shocks by name', () => {
    const history = [
      fakeReport(1, { scores: { total: 0.9, alignment: 0.8 } }),
      fakeReport(2, { shocks: [strike] }),
      fakeReport(3, { shocks: [strike] }),
    ];
    const s = scoreSeries(history);
    expect(s.total).toEqual([90, 100, 100]);
    expect(s.alignment).toEqual([80, 100, 100]);
    expect(s.markers).toEqual([
      { month: 2, names: ['labour strike'], started: ['labour strike'] },
      { month: 3, names: ['labour strike'], started: [] },
    ]);
  });
});

describe('bullwhip', () => {
  it('computes the population standard deviation', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviation([5])).toBe(0);
  });

  it('divides the orders’ deviation by the demand’s', () => {
    // demand 100, 110 (sd 5); orders 80, 120 (sd 20): ratio 4
    const history = [
      fakeReport(1, { widget: { demand: 100 }, order: 80 }),
      fakeReport(2, { widget: { demand: 110 }, order: 120 }),
    ];
    const b = bullwhip(history, fakeGame(history));
    expect(b.orders).toEqual([80, 120]);
    expect(b.demandDeviation).toBe(5);
    expect(b.ordersDeviation).toBe(20);
    expect(b.ratio).toBe(4);
  });

  it('has no ratio when demand never moved', () => {
    const history = [fakeReport(1, { order: 50 }), fakeReport(2, { order: 150 })];
    expect(bullwhip(history, fakeGame(history)).ratio).toBeNull();
  });
});

describe('incentiveSeries', () => {
  it('adds bonuses up and finds months where a bonus rose as the score fell', () => {
    const history = [
      fakeReport(1, { bonuses: { salesCents: 100, opsCents: 50 }, scores: { total: 0.9 } }),
      fakeReport(2, { bonuses: { salesCents: 300, opsCents: 40 }, scores: { total: 0.6 } }),
      fakeReport(3, { bonuses: { salesCents: 200, opsCents: 40 }, scores: { total: 0.5 } }),
    ];
    const s = incentiveSeries(history);
    expect(s.cumulativeSalesCents).toEqual([100, 400, 600]);
    expect(s.cumulativeOpsCents).toEqual([50, 90, 130]);
    expect(s.score.map(Math.round)).toEqual([90, 60, 50]);
    expect(s.gapMonths).toEqual([2]);
  });
});

describe('keyFigures', () => {
  it('averages the monthly rates and adds the bonuses up', () => {
    const history = [
      fakeReport(1, {
        scores: { fillRate: 0.8, forecastAccuracy: 0.6 },
        bonuses: { salesCents: 100, opsCents: 7 },
      }),
      fakeReport(2, {
        scores: { fillRate: 1, forecastAccuracy: 1 },
        bonuses: { salesCents: 50, opsCents: 3 },
        shocks: [strike],
      }),
    ];
    expect(keyFigures(history, fakeGame(history))).toEqual({
      fillRate: 0.9,
      forecastAccuracy: 0.8,
      planAttainment: 1,
      bullwhipRatio: null,
      salesBonusCents: 150,
      opsBonusCents: 10,
      shockMonths: 1,
    });
  });
});
