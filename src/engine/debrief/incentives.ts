/** The incentive gap (DESIGN.md §1): each role's bonus piling up against the team's score, month by month. */
import type { MonthReport } from '../types';

/** Bonuses (cents) and the team score (0–100) by month. */
export interface IncentiveSeries {
  months: number[];
  salesBonusCents: number[];
  opsBonusCents: number[];
  cumulativeSalesCents: number[];
  cumulativeOpsCents: number[];
  /** The month's team score, 0–100. */
  score: number[];
  /** Months in which a role's bonus rose while the team score fell. */
  gapMonths: number[];
}

function cumulative(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => {
    sum += v;
    return sum;
  });
}

/** Each role's bonus against the team score, with the months where they pulled apart. */
export function incentiveSeries(history: readonly MonthReport[]): IncentiveSeries {
  const salesBonusCents = history.map((r) => r.bonuses.salesCents);
  const opsBonusCents = history.map((r) => r.bonuses.opsCents);
  const score = history.map((r) => 100 * r.scores.total);
  const gapMonths = history
    .filter((r, i) => {
      if (i === 0) return false;
      const before = history[i - 1];
      const bonusUp =
        r.bonuses.salesCents > before.bonuses.salesCents || r.bonuses.opsCents > before.bonuses.opsCents;
      return bonusUp && r.scores.total < before.scores.total;
    })
    .map((r) => r.month);
  return {
    months: history.map((r) => r.month),
    salesBonusCents,
    opsBonusCents,
    cumulativeSalesCents: cumulative(salesBonusCents),
    cumulativeOpsCents: cumulative(opsBonusCents),
    score,
    gapMonths,
  };
}
