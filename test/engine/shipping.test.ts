import { describe, expect, it } from 'vitest';
import { executeMonth } from '../../src/engine/execute';
import type { DealOffer } from '../../src/engine/types';
import { executionState, opsPlan, salesPlan, shock, tinyScenario, widget } from './fixtures';

const scenario = tinyScenario();
const deal: DealOffer = {
  id: 'deal-1',
  product: 'widget',
  month: 1,
  units: 40,
  discount: 0.1,
  customer: 'FreshMart',
};

/** Runs month 1 with `inventory` on hand, `produced` made (materials allow exactly that) and `backlog` owed. */
function month(
  inventory: number,
  produced: number,
  backlog: number,
  extra: Parameters<typeof executionState>[1] = {},
) {
  return executeMonth(
    executionState(scenario, {
      stock: { inventory, backlog, materials: produced },
      ops: opsPlan(scenario, [produced, 0, 0]),
      ...extra,
    }),
  );
}

describe('shipping', () => {
  it('serves the backlog first, then this month’s demand, and keeps the rest in stock', () => {
    const { report, stock } = month(50, 100, 30);
    const w = report.products.widget;
    expect(w.shipped).toBe(130);
    expect(w.inventoryOut).toBe(20);
    expect(w.backlogOut).toBe(0);
    expect(w.lostSales).toBe(0);
    expect(w.fillRate).toBe(1);
    expect(stock.widget.inventory).toBe(20);
    expect(report.finance.revenueCents).toBe(130 * 10000);
  });

  it('carries unmet demand as backlog and loses the lost-sale share of it (rounded)', () => {
    // 60 on hand: 30 to the backlog, 30 of 100 new orders. Unmet 30 + 100 − 60 = 70, a fifth lost.
    const { report, stock } = month(0, 60, 30);
    const w = report.products.widget;
    expect(w.shipped).toBe(60);
    expect(w.lostSales).toBe(14);
    expect(w.backlogOut).toBe(56);
    expect(stock.widget.backlog).toBe(56);
    expect(w.fillRate).toBeCloseTo(60 / 130, 12);
    expect(report.events).toContainEqual({ type: 'salesLost', product: 'widget', units: 14 });
  });

  it('rounds the lost share to whole units', () => {
    // unmet 7 × 0.2 = 1.4 → 1 lost, 6 carried.
    const w = month(0, 93, 0).report.products.widget;
    expect([w.lostSales, w.backlogOut]).toEqual([1, 6]);
  });

  it('serves the backlog, then accepted deals at their discount, then regular demand', () => {
    const { report } = month(0, 100, 30, {
      dealOffers: [deal],
      sales: salesPlan(scenario, [140, 100, 100], 0, ['deal-1']),
    });
    const w = report.products.widget;
    expect(w.demand).toBe(140);
    expect(w.dealUnits).toBe(40);
    expect(w.shipped).toBe(100);
    // 30 backlog at list, 40 deal units at 90.00, 30 regular at list.
    expect(w.revenueCents).toBe(30 * 10000 + 40 * 9000 + 30 * 10000);
    expect(report.events).toContainEqual({
      type: 'dealDelivered',
      dealId: 'deal-1',
      product: 'widget',
      units: 40,
      ordered: deal.units,
      customer: deal.customer,
      discount: deal.discount,
    });
  });

  it('ignores a deal offer that Sales did not accept', () => {
    const w = month(0, 100, 0, { dealOffers: [deal] }).report.products.widget;
    expect(w.dealUnits).toBe(0);
    expect(w.demand).toBe(100);
  });

  it('sells at the promoted price during a promotion', () => {
    const { report } = month(100, 100, 0, { sales: salesPlan(scenario, [150, 100, 100], 20) });
    expect(report.products.widget.shipped).toBe(150);
    expect(report.finance.revenueCents).toBe(150 * 8000);
  });

  it('caps shipments at the share a logistics disruption leaves', () => {
    const { report } = month(50, 100, 0, { shocks: [shock('logisticsDisruption', 0.4)] });
    const w = report.products.widget;
    expect(w.shipped).toBe(90); // 150 available × 0.6
    expect(w.inventoryOut).toBe(60);
    expect(w.backlogOut).toBe(8); // unmet 10, 2 lost
  });

  it('gives a fill rate of 1 when nothing was owed', () => {
    const quiet = tinyScenario({}, [widget({ baseDemand: 100 })]);
    const { report } = executeMonth(executionState(quiet, { noise: 0, stock: { backlog: 0 } }));
    expect(report.products.widget.demand).toBe(0);
    expect(report.products.widget.fillRate).toBe(1);
    expect(report.scores.fillRate).toBe(1);
  });
});
