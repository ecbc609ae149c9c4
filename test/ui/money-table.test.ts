/** Costs reconcile (issue 11.4): the round report's money lines add up, actual and projected, and the actual ones
 * are the month's finance. */
import { describe, expect, it } from 'vitest';
import { getScenario, playGame } from '../../src/engine';
import {
  actualBreakdown,
  COST_LINES,
  projectedBreakdown,
  reportProjection,
} from '../../src/engine/cost-breakdown';
import { formatMoney } from '../../src/engine/words/formats';
import { moneyRows } from '../../src/ui/present/money-table';
import { tinyScenario } from '../engine/fixtures';

describe('money line by line', () => {
  const scenario = getScenario('promotion-whiplash')!;
  const { state } = playGame(scenario, 'money', { rounds: 6, rotateEvery: 1 }, 'optimist', 'chase');

  it.each(state.history.map((r) => [r.month, r] as const))(
    'month %i: actual lines are the finance and add up',
    (_m, report) => {
      const actual = actualBreakdown(report);
      expect(actual.profitCents).toBe(report.finance.profitCents);
      expect(actual.revenueCents - COST_LINES.reduce((s, l) => s + actual.costs[l], 0)).toBe(
        report.finance.profitCents,
      );
      expect(actual.givenUp.promotion).toBe(report.finance.promotionCents);
      const projected = reportProjection(report, scenario);
      expect(projected.revenueCents - projected.totalCostCents).toBe(projected.profitCents);
      const rows = moneyRows(report, scenario);
      expect(rows.map((r) => r.label)).toContain('Backlog penalty');
      expect(rows.find((r) => r.label === 'Profit')?.actual).toBe(formatMoney(report.finance.profitCents));
    },
  );

  it('counts a promotion discount once it sells', () => {
    expect(state.history.some((r) => r.finance.promotionCents > 0)).toBe(true);
  });

  it('projects the worked example of docs/scoring.md the way the month played it when demand is as forecast', () => {
    const s = tinyScenario();
    const id = s.products[0].id;
    const plan = projectedBreakdown({
      scenario: s,
      salesPlan: { forecast: { [id]: [100, 100, 100] }, promotion: { [id]: 0 }, acceptDeals: [] },
      opsPlan: {
        production: { [id]: [85, 80, 170] },
        materialOrder: { [id]: 100 },
        expedite: { [id]: 0 },
        overtimeHours: 0,
      },
      opening: { [id]: { inventory: 35, backlog: 25 } },
    });
    // 120 available: 25 to the backlog, 95 of 100 orders; 5 unmet, 1 lost, 4 in backlog.
    expect(plan.revenueCents).toBe(120 * 10000);
    expect(plan.costs.materials).toBe(100 * 3000);
    expect(plan.costs.production).toBe(85 * 2000);
    expect(plan.costs.backlog).toBe(4 * 500);
    expect(plan.costs.holding).toBe(0);
    expect(plan.givenUp.lostSales).toBe(1 * 5000);
  });
});
