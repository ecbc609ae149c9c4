/** Month-by-month chart series as plain data: each product's flows, and the three scores with shock markers. */

import type { GameState, MonthReport } from '../types';
import { SHOCK_PHRASES } from '../words/shocks';

/** One product's figures month by month (units). */
export interface ProductSeries {
  productId: string;
  name: string;
  unitName: string;
  months: number[];
  demand: number[];
  /** The consensus (signed) forecast for the month. */
  forecast: number[];
  production: number[];
  /** End-of-month inventory. */
  inventory: number[];
  /** End-of-month backlog. */
  backlog: number[];
}

/** Each product's demand, consensus forecast, production, inventory and backlog by month. */
export function productSeries(
  history: readonly MonthReport[],
  game: Pick<GameState, 'scenario'>,
): ProductSeries[] {
  return game.scenario.products.map((spec) => {
    const pick = (f: (r: MonthReport) => number) => history.map(f);
    const at = (r: MonthReport) => r.products[spec.id];
    return {
      productId: spec.id,
      name: spec.name,
      unitName: spec.unitName,
      months: history.map((r) => r.month),
      demand: pick((r) => at(r)?.demand ?? 0),
      forecast: pick((r) => at(r)?.forecast ?? 0),
      production: pick((r) => at(r)?.produced ?? 0),
      inventory: pick((r) => at(r)?.inventoryOut ?? 0),
      backlog: pick((r) => at(r)?.backlogOut ?? 0),
    };
  });
}

/** A month in which shocks were active, with their names (started ones first). */
export interface ShockMarker {
  month: number;
  /** Plain names of the shocks active this month, e.g. ["labour strike"]. */
  names: string[];
  /** Names of the shocks that started this month. */
  started: string[];
}

/** The three scores and the total by month (0–100), with shock markers. */
export interface ScoreSeries {
  months: number[];
  total: number[];
  alignment: number[];
  balance: number[];
  execution: number[];
  markers: ShockMarker[];
}

/** The scores of every month as points out of 100, and where the shocks fell. */
export function scoreSeries(history: readonly MonthReport[]): ScoreSeries {
  const pts = (f: (r: MonthReport) => number) => history.map((r) => 100 * f(r));
  const markers: ShockMarker[] = [];
  for (const r of history) {
    if (r.shocks.length === 0) continue;
    const started = unique(
      r.shocks.filter((s) => s.startMonth === r.month).map((s) => SHOCK_PHRASES[s.type]),
    );
    const names = unique([...started, ...r.shocks.map((s) => SHOCK_PHRASES[s.type])]);
    markers.push({ month: r.month, names, started });
  }
  return {
    months: history.map((r) => r.month),
    total: pts((r) => r.scores.total),
    alignment: pts((r) => r.scores.alignment),
    balance: pts((r) => r.scores.balance),
    execution: pts((r) => r.scores.execution),
    markers,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
