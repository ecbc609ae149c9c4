/**
 * Scoring, exactly as DESIGN.md §5: alignment (do the consensus plans agree), balance (did
 * supply meet demand without waste) and execution (were the plans carried out), each 0–1.
 */
import { monthsInGame } from './game-end';
import { productsOf } from './product-table';
import type { Scenario, ScoreWeights } from './scenario-types';
import type { GameSettings, GameState, MonthReport, MonthScores, ProductMonth, ProductStock } from './types';

/** Weights of the firm month and the two after it in alignment. */
export const HORIZON_WEIGHTS = [0.5, 0.3, 0.2] as const;

/**
 * The weights alignment uses when the game ends inside the horizon, by the number of months left in
 * it: HORIZON_WEIGHTS over those months only, scaled to add up to 1 (0.5 : 0.3 → 0.625 : 0.375). The
 * score is a ratio of weighted gaps to the weighted forecast, so the scaling leaves it unchanged; it
 * keeps the weighted gap in units (one month left: its shortage counts in full).
 */
export const IN_GAME_WEIGHTS: Record<1 | 2 | 3, readonly number[]> = {
  1: [1],
  2: [0.625, 0.375],
  3: HORIZON_WEIGHTS,
};

/** One month of a plan's projection: stock position I_k, and the shortage and excess it shows. */
export interface PlannedMonth {
  position: number;
  shortage: number;
  excess: number;
}

/** A product plan's gaps: each month's, and the weighted sums alignment scores. */
export interface PlanGaps {
  /** Weighted planned shortage: Σ weight_k × shortage_k. */
  shortage: number;
  /** Weighted planned excess: Σ weight_k × excess_k. */
  excess: number;
  weightedForecast: number;
  /** This month and the next two, unweighted (only the months inside the game). */
  months: PlannedMonth[];
}

/** The weighted sums of a plan's gaps (what alignment scores), without the months. */
type GapSums = Omit<PlanGaps, 'months'>;

/**
 * Planned shortage and excess of one product's consensus plan: I_k = I_{k-1} + P_k − F_k month by
 * month, then weighted over the horizon (HORIZON_WEIGHTS). Only the `inGame` months inside the game
 * count (IN_GAME_WEIGHTS); the last of them, like the horizon's third month, measures excess against
 * its own forecast. The one rule for planned gaps: the consensus meeting, the round report, the
 * debrief and the score all read it. Each month goes into `months` when given.
 */
function walkPlan(
  forecast: readonly number[],
  production: readonly number[],
  openingPosition: number,
  allowedCover: number,
  inGame: 1 | 2 | 3,
  months: PlannedMonth[] | null,
): GapSums {
  const weights = IN_GAME_WEIGHTS[inGame];
  const last = inGame - 1;
  let position = openingPosition;
  let shortage = 0;
  let excess = 0;
  let weightedForecast = 0;
  for (let k = 0; k < inGame; k++) {
    position += production[k] - forecast[k];
    const nextForecast = forecast[Math.min(k + 1, last)];
    // Math.max(0, -position) without computing −0 when the position is exactly 0 (optimised code that
    // meets −0 in integer arithmetic is thrown away); the same value for every number, NaN included.
    const monthShortage = position < 0 ? -position : Number.isNaN(position) ? position : 0;
    const monthExcess = Math.max(0, position - allowedCover * nextForecast);
    months?.push({ position, shortage: monthShortage, excess: monthExcess });
    shortage += weights[k] * monthShortage;
    excess += weights[k] * monthExcess;
    weightedForecast += weights[k] * forecast[k];
  }
  return { shortage, excess, weightedForecast };
}

/** A product plan's planned gaps, month by month and weighted (the rule: `walkPlan`). */
export function planGaps(
  forecast: readonly number[],
  production: readonly number[],
  openingPosition: number,
  allowedCover: number,
  inGame: 1 | 2 | 3 = 3,
): PlanGaps {
  const months: PlannedMonth[] = [];
  const { shortage, excess, weightedForecast } = walkPlan(
    forecast,
    production,
    openingPosition,
    allowedCover,
    inGame,
    months,
  );
  return { shortage, excess, weightedForecast, months };
}

/** 1 − min(1, error / base), with a zero base scoring 1 only when there is no error. */
export function accuracy(error: number, base: number): number {
  if (base <= 0) return error <= 0 ? 1 : 0;
  return 1 - Math.min(1, error / base);
}

/** The weights a game scores with, normalised to sum to 1. */
export function effectiveWeights(scenario: Scenario, settings: GameSettings): ScoreWeights {
  const w = settings.weights ?? scenario.scoring.weights;
  const sum = w.alignment + w.balance + w.execution;
  return { alignment: w.alignment / sum, balance: w.balance / sum, execution: w.execution / sum };
}

/** Scores one month from its consensus plans (in the products' reports) and its actuals. */
export function scoreMonth(state: GameState, products: Record<string, ProductMonth>): MonthScores {
  const { scenario } = state;
  let shortage = 0;
  let excess = 0;
  let weightedForecast = 0;
  let shipped = 0;
  let owed = 0;
  let coverExcess = 0;
  let demand = 0;
  let forecastError = 0;
  let planError = 0;
  let planned = 0;
  const inGame = monthsInGame(state.month, state.settings.rounds);
  for (const spec of productsOf(scenario)) {
    const p = products[spec.id];
    const stock: ProductStock = state.stock[spec.id];
    const gaps = walkPlan(
      p.plan.forecast,
      p.plan.production,
      stock.inventory - stock.backlog,
      scenario.scoring.allowedCoverMonths,
      inGame,
      null,
    );
    shortage += gaps.shortage;
    excess += gaps.excess;
    weightedForecast += gaps.weightedForecast;
    shipped += p.shipped;
    owed += p.demand + p.backlogIn;
    coverExcess += Math.max(0, p.inventoryOut - scenario.scoring.maxCoverMonths * p.demand);
    demand += p.demand;
    forecastError += Math.abs(p.forecast - p.demand);
    planError += Math.abs(p.produced - p.plannedProduction);
    planned += p.plannedProduction;
  }
  const alignment = accuracy(shortage + excess, weightedForecast);
  const fillRate = owed > 0 ? shipped / owed : 1;
  const inventoryHealth = accuracy(coverExcess, demand);
  const forecastAccuracy = accuracy(forecastError, demand);
  const planAttainment = accuracy(planError, planned);
  const balance = (fillRate + inventoryHealth) / 2;
  const execution = (forecastAccuracy + planAttainment) / 2;
  const w = effectiveWeights(scenario, state.settings);
  return {
    alignment,
    balance,
    execution,
    total: w.alignment * alignment + w.balance * balance + w.execution * execution,
    fillRate,
    inventoryHealth,
    forecastAccuracy,
    planAttainment,
    plannedShortage: shortage,
    plannedExcess: excess,
    weightedForecast,
  };
}

/** The game's score: 100 × the mean over months, with its three parts, profit and months. */
export interface FinalScore {
  total: number;
  alignment: number;
  balance: number;
  execution: number;
  profitCents: number;
  months: number;
}

/** Rounds a score to one decimal place, as shown and recorded. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The score of a game so far (all months played). */
export function gameScore(state: { history: MonthReport[] }): FinalScore {
  const n = state.history.length;
  // The sums run month by month from 0, in one pass (the same additions in the same order as a reduce each).
  let total = 0;
  let alignment = 0;
  let balance = 0;
  let execution = 0;
  let profitCents = 0;
  for (const r of state.history) {
    total += r.scores.total;
    alignment += r.scores.alignment;
    balance += r.scores.balance;
    execution += r.scores.execution;
    profitCents += r.finance.profitCents;
  }
  const mean = (sum: number) => (n === 0 ? 0 : roundScore((100 * sum) / n));
  return {
    total: mean(total),
    alignment: mean(alignment),
    balance: mean(balance),
    execution: mean(execution),
    profitCents,
    months: n,
  };
}
