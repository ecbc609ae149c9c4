/**
 * Planned gaps as every screen shows them: per product and month from the engine's one rule
 * (`planGaps`), with the weighted figure alignment scores and a sentence saying how it is weighted.
 */

import type { Scenario } from './scenario-types';
import { HORIZON_WEIGHTS, type PlanGaps, planGaps } from './scoring';
import type { MonthReport, OpsPlan, SalesPlan } from './types';
import { formatCount } from './words/formats';

/** The gaps of a whole consensus plan: per product, and summed over products month by month. */
export interface ConsensusGaps {
  products: Record<string, PlanGaps>;
  /** Shortage and excess summed over products, this month and the next two, unweighted. */
  months: { shortage: number; excess: number }[];
  /** Weighted sums over products, as the alignment score counts them. */
  shortage: number;
  excess: number;
}

/** What the gaps of a plan are read from: the plans and each product's opening stock less backlog. */
export interface GapInput {
  scenario: Scenario;
  salesPlan: Pick<SalesPlan, 'forecast'>;
  opsPlan: Pick<OpsPlan, 'production'>;
  /** inventory − backlog at the start of the month, per product. */
  openingPosition: Record<string, number>;
}

/** The planned gaps of a consensus plan, per product and in total. */
export function consensusGaps(input: GapInput): ConsensusGaps {
  const cover = input.scenario.scoring.allowedCoverMonths;
  const products: Record<string, PlanGaps> = {};
  const months = [0, 1, 2].map(() => ({ shortage: 0, excess: 0 }));
  let shortage = 0;
  let excess = 0;
  for (const p of input.scenario.products) {
    const gaps = planGaps(
      input.salesPlan.forecast[p.id] ?? [0, 0, 0],
      input.opsPlan.production[p.id] ?? [0, 0, 0],
      input.openingPosition[p.id] ?? 0,
      cover,
    );
    products[p.id] = gaps;
    gaps.months.forEach((m, k) => {
      months[k].shortage += m.shortage;
      months[k].excess += m.excess;
    });
    shortage += gaps.shortage;
    excess += gaps.excess;
  }
  return { products, months, shortage, excess };
}

/** The planned gaps of a played month, from the consensus plans and opening stock in its report. */
export function reportGaps(report: MonthReport, scenario: Scenario): ConsensusGaps {
  const openingPosition: Record<string, number> = {};
  for (const p of scenario.products)
    openingPosition[p.id] = report.products[p.id].inventoryIn - report.products[p.id].backlogIn;
  return consensusGaps({ scenario, salesPlan: report.salesPlan, opsPlan: report.opsPlan, openingPosition });
}

const WEIGHT_WORDS = HORIZON_WEIGHTS.map((w) => `${Math.round(w * 100)} %`).join(', ');

/**
 * How alignment counts a plan's gaps, with its numbers: "Alignment weighs this month and the next two
 * 50 %, 30 %, 20 %: shortages of 467, 692 and 917 units count as 625." Null when the plan has no gap.
 */
export function weightingSentence(
  gaps: Pick<ConsensusGaps, 'months' | 'shortage' | 'excess'>,
): string | null {
  const part = (pick: (m: ConsensusGaps['months'][number]) => number, weighted: number, what: string) => {
    const units = gaps.months.map((m) => formatCount(pick(m)));
    return `${what} of ${units[0]}, ${units[1]} and ${units[2]} units count as ${formatCount(weighted)}`;
  };
  const parts: string[] = [];
  if (gaps.shortage > 0) parts.push(part((m) => m.shortage, gaps.shortage, 'shortages'));
  if (gaps.excess > 0) parts.push(part((m) => m.excess, gaps.excess, 'excesses'));
  if (parts.length === 0) return null;
  return `Alignment weighs this month and the next two ${WEIGHT_WORDS}: ${parts.join('; ')}.`;
}
