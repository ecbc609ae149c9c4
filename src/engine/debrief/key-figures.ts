/** The game's key figures beside the final score: service, forecast, plan, bullwhip and bonuses. */
import type { GameState, MonthReport } from '../types';
import { bullwhip } from './bullwhip';

/** Means over the months played (0–1), the bullwhip ratio and the bonus totals (cents). */
export interface KeyFigures {
  fillRate: number | null;
  forecastAccuracy: number | null;
  planAttainment: number | null;
  bullwhipRatio: number | null;
  salesBonusCents: number;
  opsBonusCents: number;
  /** Months in which at least one shock was active. */
  shockMonths: number;
}

/** The key figures of a history. */
export function keyFigures(history: readonly MonthReport[], game: Pick<GameState, 'scenario'>): KeyFigures {
  const mean = (pick: (r: MonthReport) => number) =>
    history.length === 0 ? null : history.reduce((s, r) => s + pick(r), 0) / history.length;
  return {
    fillRate: mean((r) => r.scores.fillRate),
    forecastAccuracy: mean((r) => r.scores.forecastAccuracy),
    planAttainment: mean((r) => r.scores.planAttainment),
    bullwhipRatio: bullwhip(history, game).ratio,
    salesBonusCents: history.reduce((s, r) => s + r.bonuses.salesCents, 0),
    opsBonusCents: history.reduce((s, r) => s + r.bonuses.opsCents, 0),
    shockMonths: history.filter((r) => r.shocks.length > 0).length,
  };
}
