/** A verified team's month-by-month figures, summed over products: what the debrief and the comparison chart. */
import type { GameState, MonthReport } from '../types';

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
  profitCents: number;
}

const sum = (report: MonthReport, pick: (p: MonthReport['products'][string]) => number): number =>
  Object.values(report.products).reduce((total, product) => total + pick(product), 0);

/** The figures of every month played, in order. */
export function monthFigures(state: Pick<GameState, 'history'>): MonthFigures[] {
  return state.history.map((report) => ({
    month: report.month,
    demand: sum(report, (p) => p.demand),
    shipped: sum(report, (p) => p.shipped),
    produced: sum(report, (p) => p.produced),
    inventory: sum(report, (p) => p.inventoryOut),
    backlog: sum(report, (p) => p.backlogOut),
    lostSales: sum(report, (p) => p.lostSales),
    total: 100 * report.scores.total,
    alignment: 100 * report.scores.alignment,
    balance: 100 * report.scores.balance,
    execution: 100 * report.scores.execution,
    fillRate: report.scores.fillRate,
    forecastAccuracy: report.scores.forecastAccuracy,
    profitCents: report.finance.profitCents,
  }));
}

/** The mean of a 0–1 share over the months (0 when no month was played). */
export function meanOf(months: readonly MonthFigures[], pick: (m: MonthFigures) => number): number {
  return months.length === 0 ? 0 : months.reduce((total, m) => total + pick(m), 0) / months.length;
}
