/** The JSON report of a game (what `sim --json` prints): pure, built from the state alone. */
import { type AttributionGame, gameScore, monthAttribution } from '../engine';
import type { Attribution } from '../engine/attribution';
import type { GameEvent, GameState, MonthReport, ProductMonth, ShockOccurrence } from '../engine/types';

/** One product in one month, as the report shows it (the engine's figures, minus internals). */
export type ProductMonthReport = Pick<
  ProductMonth,
  | 'demand'
  | 'dealUnits'
  | 'forecast'
  | 'plannedProduction'
  | 'produced'
  | 'shipped'
  | 'backlogIn'
  | 'backlogOut'
  | 'lostSales'
  | 'inventoryIn'
  | 'inventoryOut'
  | 'materialsIn'
  | 'materialsOut'
  | 'fillRate'
  | 'promotion'
  | 'limitedBy'
  | 'revenueCents'
  | 'plan'
>;

/** One month of the report: the three scores (0–1), the money, the shocks and what happened. */
export interface MonthReportJson {
  month: number;
  alignment: number;
  balance: number;
  execution: number;
  total: number;
  fillRate: number;
  inventoryHealth: number;
  forecastAccuracy: number;
  planAttainment: number;
  profitCents: number;
  revenueCents: number;
  shocks: ShockOccurrence[];
  events: GameEvent[];
  sharedSignals: string[];
  unsharedSignals: string[];
  acceptedDeals: string[];
  products: Record<string, ProductMonthReport>;
  /** The month's lost points per score, split over their causes (they sum to 100 × (1 − score)). */
  attribution: Attribution;
}

/** The whole report of one game. */
export interface SimReport {
  scenario: string;
  scenarioName: string;
  seed: string;
  engineVersion: string;
  rounds: number;
  salesBot: string | null;
  opsBot: string | null;
  finished: boolean;
  /** Each 0–100, one decimal, as the game shows and records it. */
  score: { total: number; alignment: number; balance: number; execution: number };
  profitCents: number;
  months: MonthReportJson[];
}

/** Who played: bot ids, or null when unknown (a replayed record of people). */
export interface Players {
  salesBot: string | null;
  opsBot: string | null;
}

function productReport(p: ProductMonth): ProductMonthReport {
  return {
    demand: p.demand,
    dealUnits: p.dealUnits,
    forecast: p.forecast,
    plannedProduction: p.plannedProduction,
    produced: p.produced,
    shipped: p.shipped,
    backlogIn: p.backlogIn,
    backlogOut: p.backlogOut,
    lostSales: p.lostSales,
    inventoryIn: p.inventoryIn,
    inventoryOut: p.inventoryOut,
    materialsIn: p.materialsIn,
    materialsOut: p.materialsOut,
    fillRate: p.fillRate,
    promotion: p.promotion,
    limitedBy: p.limitedBy,
    revenueCents: p.revenueCents,
    plan: { forecast: [...p.plan.forecast], production: [...p.plan.production] },
  };
}

/** One month of a game's report, with the attribution of its lost points. */
export function monthReportJson(report: MonthReport, game: AttributionGame): MonthReportJson {
  const products: Record<string, ProductMonthReport> = {};
  for (const [id, p] of Object.entries(report.products)) products[id] = productReport(p);
  const { scores } = report;
  return {
    month: report.month,
    alignment: scores.alignment,
    balance: scores.balance,
    execution: scores.execution,
    total: scores.total,
    fillRate: scores.fillRate,
    inventoryHealth: scores.inventoryHealth,
    forecastAccuracy: scores.forecastAccuracy,
    planAttainment: scores.planAttainment,
    profitCents: report.finance.profitCents,
    revenueCents: report.finance.revenueCents,
    shocks: report.shocks.map((s) => ({
      id: s.id,
      type: s.type,
      product: s.product,
      magnitude: s.magnitude,
      startMonth: s.startMonth,
      endMonth: s.endMonth,
    })),
    events: report.events.map((e) => ({ ...e })),
    sharedSignals: [...report.sharedSignals],
    unsharedSignals: [...report.unsharedSignals],
    acceptedDeals: [...report.acceptedDeals],
    products,
    attribution: monthAttribution(game, report),
  };
}

/** The report of a game so far (a finished game has every month). */
export function buildReport(state: GameState, players: Players): SimReport {
  const score = gameScore(state);
  return {
    scenario: state.scenario.id,
    scenarioName: state.scenario.name,
    seed: state.seed,
    engineVersion: state.engineVersion,
    rounds: state.settings.rounds,
    salesBot: players.salesBot,
    opsBot: players.opsBot,
    finished: state.phase === 'finished',
    score: {
      total: score.total,
      alignment: score.alignment,
      balance: score.balance,
      execution: score.execution,
    },
    profitCents: score.profitCents,
    months: state.history.map((month) => monthReportJson(month, state)),
  };
}
