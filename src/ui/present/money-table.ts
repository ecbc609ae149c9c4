/** The round report's money table: each line as the signed plan projected it and as it came out (no DOM). */
import {
  actualBreakdown,
  COST_LINES,
  type CostBreakdown,
  GIVEN_UP_LINES,
  LINE_LABELS,
  reportProjection,
} from '../../engine/cost-breakdown';
import type { MonthReport, Scenario } from '../../engine/types';
import { formatMoney } from '../../engine/words/formats';

/** One row: a line's projected and actual money and the difference (actual − projected). */
export interface MoneyRow {
  label: string;
  projected: string;
  actual: string;
  difference: string;
  /** 'cost' rows add up to Costs; 'given-up' rows are revenue given up, not costs. */
  kind: 'revenue' | 'cost' | 'total' | 'given-up';
}

function row(label: string, kind: MoneyRow['kind'], projected: number, actual: number): MoneyRow {
  const diff = actual - projected;
  return {
    label,
    kind,
    projected: formatMoney(projected),
    actual: formatMoney(actual),
    difference: diff === 0 ? '—' : `${diff > 0 ? '+' : '−'}${formatMoney(Math.abs(diff))}`,
  };
}

/** Revenue, each cost line, costs and profit, then revenue given up: planned beside actual. */
export function moneyRows(report: MonthReport, scenario: Scenario): MoneyRow[] {
  const plan: CostBreakdown = reportProjection(report, scenario);
  const actual = actualBreakdown(report);
  return [
    row('Revenue', 'revenue', plan.revenueCents, actual.revenueCents),
    ...COST_LINES.map((line) => row(LINE_LABELS[line], 'cost', plan.costs[line], actual.costs[line])),
    row('Costs', 'total', plan.totalCostCents, actual.totalCostCents),
    row('Profit', 'total', plan.profitCents, actual.profitCents),
    ...GIVEN_UP_LINES.map((line) =>
      row(LINE_LABELS[line], 'given-up', plan.givenUp[line], actual.givenUp[line]),
    ),
  ];
}

/** The sentence under the money table: what "projected" means. */
export const MONEY_NOTE =
  'Projected: the signed plan if demand came as forecast and the plant made the plan. Production is the conversion cost of units started; materials count when bought; expediting is the premium; lost sales (their margin) and promotions (their discount) are revenue given up, already missing from revenue.';
