/** A verified team's month-by-month figures, summed over products: what the debrief and the comparison chart. */
import { roleHolder } from '../roles';
import type { GameSettings, GameState, Role } from '../types';

/** One month of one team, summed over its products; scores on 0–100, shares 0–1. */
export interface MonthFigures {
  month: number;
  demand: number;
  shipped: number;
  produced: number;
  /** Finished goods at the end of the month. */
  inventory: number;
  /** Orders still owed at the end of the month. */
  backlog: number;
  lostSales: number;
  total: number;
  alignment: number;
  balance: number;
  execution: number;
  fillRate: number;
  forecastAccuracy: number;
  planAttainment: number;
  profitCents: number;
}

/** The figures of every month played, in order. The unit figures are summed over the products in one pass, each
 * from 0 in the products' order. */
export function monthFigures(state: Pick<GameState, 'history'>): MonthFigures[] {
  const { history } = state;
  const out = new Array<MonthFigures>(history.length);
  for (let i = 0; i < history.length; i++) {
    const report = history[i];
    let demand = 0;
    let shipped = 0;
    let produced = 0;
    let inventory = 0;
    let backlog = 0;
    let lostSales = 0;
    for (const id in report.products) {
      const p = report.products[id];
      demand += p.demand;
      shipped += p.shipped;
      produced += p.produced;
      inventory += p.inventoryOut;
      backlog += p.backlogOut;
      lostSales += p.lostSales;
    }
    const { scores } = report;
    out[i] = {
      month: report.month,
      demand,
      shipped,
      produced,
      inventory,
      backlog,
      lostSales,
      total: 100 * scores.total,
      alignment: 100 * scores.alignment,
      balance: 100 * scores.balance,
      execution: 100 * scores.execution,
      fillRate: scores.fillRate,
      forecastAccuracy: scores.forecastAccuracy,
      planAttainment: scores.planAttainment,
      profitCents: report.finance.profitCents,
    };
  }
  return out;
}

/** The mean of a 0–1 share over the months (0 when no month was played), summed from 0 in month order. A loop,
 * not reduce: verify calls it twice per result, mostly before V8 has optimised either. */
export function meanOf(months: readonly MonthFigures[], pick: (m: MonthFigures) => number): number {
  if (months.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < months.length; i++) total += pick(months[i]);
  return total / months.length;
}

/** One player's record in one role: what that role is judged on, over the months they held it. */
export interface RoleStat {
  player: string;
  role: Role;
  months: number;
  /** Sales: forecast accuracy; Operations: plan attainment; 0–1. */
  measure: number;
  /** Mean total score of those months, 0–100. */
  score: number;
}

/** Each player's figures in each role, by who held the role each month (roles rotate per the settings). A lone
 * player played solo: the bot colleague held the second seat, so the player is credited with their own months
 * only (3 as Sales and 3 as Operations in a 6-month game). Without names, "Team" holds both roles. */
export function roleStats(
  months: readonly MonthFigures[],
  players: readonly string[],
  settings: GameSettings,
): RoleStat[] {
  const names = players.length > 0 ? players : ['Team'];
  const seats = players.length === 1 ? 2 : names.length;
  const stats: RoleStat[] = [];
  for (const role of ['sales', 'ops'] as const)
    names.forEach((player, index) => {
      const held = months.filter((m) => roleHolder(settings, m.month, role, seats) === index);
      if (held.length === 0) return;
      stats.push({
        player,
        role,
        months: held.length,
        measure: meanOf(held, (m) => (role === 'sales' ? m.forecastAccuracy : m.planAttainment)),
        score: meanOf(held, (m) => m.total),
      });
    });
  return stats;
}
