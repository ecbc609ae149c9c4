/**
 * The bullwhip effect in numbers: how much the material orders swung compared with customer demand.
 * A ratio above 1 means orders amplified demand's variability on its way up the chain.
 */
import type { GameState, MonthReport } from '../types';

/** Population standard deviation (0 for fewer than two values). */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const squares = values.reduce((s, v) => s + (v - mean) * (v - mean), 0);
  return Math.sqrt(squares / values.length);
}

/** Orders against demand, month by month, and their variability. */
export interface BullwhipFigures {
  months: number[];
  /** Material units ordered each month (regular plus expedited), all products. */
  orders: number[];
  /** Customer demand each month, all products. */
  demand: number[];
  ordersDeviation: number;
  demandDeviation: number;
  /** ordersDeviation / demandDeviation, or null when demand did not vary. */
  ratio: number | null;
}

/** The bullwhip figures of a game: total material orders against total demand. */
export function bullwhip(
  history: readonly MonthReport[],
  game: Pick<GameState, 'scenario'>,
): BullwhipFigures {
  const ids = game.scenario.products.map((p) => p.id);
  const orders = history.map((r) =>
    ids.reduce((s, id) => s + (r.opsPlan.materialOrder[id] ?? 0) + (r.opsPlan.expedite[id] ?? 0), 0),
  );
  const demand = history.map((r) => ids.reduce((s, id) => s + (r.products[id]?.demand ?? 0), 0));
  const ordersDeviation = standardDeviation(orders);
  const demandDeviation = standardDeviation(demand);
  return {
    months: history.map((r) => r.month),
    orders,
    demand,
    ordersDeviation,
    demandDeviation,
    ratio: demandDeviation > 0 ? ordersDeviation / demandDeviation : null,
  };
}
