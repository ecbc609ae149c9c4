/** Hand-made month reports for debrief tests: round numbers a person can check by hand. */
import type { Attribution } from '../../src/engine/attribution';
import { createGame } from '../../src/engine/game';
import { withAttribution } from '../../src/engine/month-attribution';
import type { GameState, MonthReport, ProductMonth } from '../../src/engine/types';
import { tinyScenario } from '../engine/fixtures';

/** One widget's month: everything zero unless the test says otherwise. */
export function productMonth(overrides: Partial<ProductMonth> = {}): ProductMonth {
  return {
    demand: 100,
    dealUnits: 0,
    forecast: 100,
    plannedProduction: 100,
    started: 100,
    produced: 100,
    shipped: 100,
    backlogIn: 0,
    backlogOut: 0,
    lostSales: 0,
    inventoryIn: 0,
    inventoryOut: 0,
    materialsIn: 0,
    materialsArrived: 0,
    materialsUsed: 100,
    materialsOut: 0,
    fillRate: 1,
    promotion: 0,
    limitedBy: 'none',
    plan: { forecast: [100, 100, 100], production: [100, 100, 100] },
    revenueCents: 0,
    ...overrides,
  };
}

/** What a fake month may set. */
export interface FakeMonth {
  widget?: Partial<ProductMonth>;
  scores?: Partial<MonthReport['scores']>;
  finance?: Partial<MonthReport['finance']>;
  bonuses?: MonthReport['bonuses'];
  order?: number;
  utilisation?: number;
  attribution?: Partial<Attribution>;
  shocks?: MonthReport['shocks'];
  events?: MonthReport['events'];
}

/** A month report for the tiny one-widget scenario; scores default to a perfect month. */
export function fakeReport(month: number, f: FakeMonth = {}): MonthReport {
  const scores = {
    alignment: 1,
    balance: 1,
    execution: 1,
    total: 1,
    fillRate: 1,
    inventoryHealth: 1,
    forecastAccuracy: 1,
    planAttainment: 1,
    plannedShortage: 0,
    plannedExcess: 0,
    weightedForecast: 100,
    ...f.scores,
  };
  const report: MonthReport = {
    month,
    products: { widget: productMonth(f.widget) },
    scores,
    finance: {
      revenueCents: 0,
      materialCents: 0,
      conversionCents: 0,
      overtimeCents: 0,
      expediteCents: 0,
      holdingCents: 0,
      backorderCents: 0,
      lostMarginCents: 0,
      promotionCents: 0,
      profitCents: 0,
      ...f.finance,
    },
    capacityHours: 200,
    hoursUsed: 100,
    overtimeHours: 0,
    utilisation: f.utilisation ?? 0.5,
    shocks: f.shocks ?? [],
    events: f.events ?? [],
    bonuses: f.bonuses ?? { salesCents: 0, opsCents: 0 },
    sharedSignals: [],
    unsharedSignals: [],
    acceptedDeals: [],
    salesPlan: { forecast: { widget: [100, 100, 100] }, promotion: { widget: 0 }, acceptDeals: [] },
    opsPlan: {
      production: { widget: [100, 100, 100] },
      materialOrder: { widget: f.order ?? 100 },
      expedite: { widget: 0 },
      overtimeHours: 0,
    },
  };
  return withAttribution(report, { alignment: [], balance: [], execution: [], ...f.attribution });
}

/** A tiny game (equal weights, rotation every round) holding the given history. */
export function fakeGame(history: MonthReport[], rotateEvery = 1): GameState {
  const game = createGame(tinyScenario(), 'debrief', { rounds: Math.max(6, history.length), rotateEvery });
  return { ...game, history, month: history.length, phase: 'finished' };
}
