/** What a textbook planner reads from public actuals: the demand level and known shock effects. */
import { expectedDemand, promotionLift } from '../demand';
import { demandShockFactor, shockDemandFactor } from '../effects';
import { hitsProduct, productsOf } from '../product-table';
import type { ProductSpec, Scenario } from '../scenario-types';
import type { MonthReport, ShockType, Signal } from '../types';
import type { RoleView } from '../views';

/** Demand a month's regular customers would have bought without promotions or dips. */
function underlyingRatio(
  view: RoleView,
  product: ProductSpec,
  report: MonthReport,
  previous: MonthReport | undefined,
): number {
  const p = report.products[product.id];
  const lift = 1 + promotionLift(product, p.promotion);
  const lastPromotion = previous ? previous.products[product.id].promotion : 0;
  const dip = Math.max(0.05, 1 - product.promotionDip * promotionLift(product, lastPromotion));
  const shock = demandShockFactor(report.shocks, product.id, report.month);
  const expected = expectedDemand(view.scenario, product, report.month) * lift * dip * shock;
  return expected > 0 ? (p.demand - p.dealUnits) / expected : 1;
}

/**
 * Underlying ratios already worked out, by month j (history index) and product i, at n × j + i:
 * the planner reads each month again at the next two turns. A report never changes once it is in
 * the history, so the report itself says whether a row still holds (NaN: not worked out yet).
 */
const ratios = {
  scenario: null as Scenario | null,
  reports: [] as MonthReport[],
  values: new Float64Array(0),
};

/**
 * The demand level against the scenario's pattern of the scenario's product at index `i` (its order in
 * `productsOf`), from up to the last three months (1 = on pattern).
 */
export function demandLevel(view: RoleView, i: number): number {
  const products = productsOf(view.scenario);
  const h = view.history;
  const from = Math.max(0, h.length - 3);
  if (from === h.length) return 1;
  const n = products.length;
  if (ratios.scenario !== view.scenario || ratios.values.length < n * h.length) {
    ratios.scenario = view.scenario;
    ratios.reports = [];
    ratios.values = new Float64Array(n * Math.max(h.length, view.rounds));
  }
  // The cache is read here rather than in a function of its own: a call that returns a fraction
  // boxes it in a new heap number, one per month and product.
  let sum = 0;
  for (let j = from; j < h.length; j++) {
    if (ratios.reports[j] !== h[j]) {
      ratios.reports[j] = h[j];
      for (let q = 0; q < n; q++) ratios.values[n * j + q] = Number.NaN;
    }
    let ratio = ratios.values[n * j + i];
    if (Number.isNaN(ratio)) {
      ratio = underlyingRatio(view, products[i], h[j], h[h[j].month - 2]);
      ratios.values[n * j + i] = ratio;
    }
    sum += ratio;
  }
  return sum / (h.length - from);
}

/** Demand effect, in the target month, of shocks already running (public news). */
export function knownShockFactor(view: RoleView, productId: string, month: number): number {
  const last = view.history[view.history.length - 1];
  if (!last) return 1;
  let factor = 1;
  for (const shock of last.shocks)
    if (shock.endMonth >= month && hitsProduct(shock.product, productId))
      factor *= shockDemandFactor(shock, month);
  return factor;
}

/** How a warning of each demand shock moves a forecast: up by its size, or down by 0.8 of it. */
const DEMAND_DIRECTION: Partial<Record<ShockType, 'raises' | 'lowers'>> = {
  viralSpike: 'raises',
  newChannel: 'raises',
  panicBuying: 'raises',
  competitorPromotion: 'lowers',
  recession: 'lowers',
};

/** Demand effect a signal announces for a product in a month (1 when it says nothing about it). */
export function signalFactor(signals: Signal[], productId: string, month: number): number {
  let factor = 1;
  for (const s of signals) {
    if (s.aboutMonth !== month || !hitsProduct(s.product, productId)) continue;
    const direction = DEMAND_DIRECTION[s.shockType];
    if (direction === 'raises') factor *= 1 + s.magnitude;
    if (direction === 'lowers') factor *= 1 - 0.8 * s.magnitude;
  }
  return factor;
}

const SUPPLY_TROUBLE = new Set([
  'supplierDelay',
  'materialShortage',
  'machineBreakdown',
  'qualityProblem',
  'labourStrike',
  'logisticsDisruption',
]);

/** Units of key-account orders that signals announce for a product in a month. */
export function announcedDealUnits(signals: Signal[], product: ProductSpec, month: number): number {
  let units = 0;
  for (const s of signals) {
    if (
      s.shockType === 'keyAccountDeal' &&
      s.aboutMonth === month &&
      (s.product === product.id || s.product === 'all')
    )
      units += Math.round(s.magnitude * product.baseDemand);
  }
  return units;
}

/** Whether supply trouble is announced for a product within the next months. */
export function supplyTroubleAhead(
  signals: Signal[],
  productId: string,
  fromMonth: number,
  toMonth: number,
): boolean {
  for (const s of signals)
    if (
      SUPPLY_TROUBLE.has(s.shockType) &&
      hitsProduct(s.product, productId) &&
      s.aboutMonth >= fromMonth &&
      s.aboutMonth <= toMonth
    )
      return true;
  return false;
}
