/**
 * Sales bots: pure functions of what Sales can see. Ids are fixed (lessons and tests name them):
 * naive, optimist, planner, planner-silent. They plan on product-indexed arrays and write the plan's records at the end.
 */
import { expectedDemand, promotionLift } from '../demand';
import { byProductId, productsOf } from '../product-table';
import type { PromotionLevel } from '../scenario-types';
import type { Horizon, SalesPlan } from '../types';
import { type RoleView, unsharedCards } from '../views';
import {
  announcedDealUnits,
  demandLevel,
  knownShockFactor,
  signalFactor,
  supplyTroubleAhead,
} from './estimate';

/** A bot's decision: its plan and the cards it shares. */
export interface SalesDecision {
  plan: SalesPlan;
  share: string[];
}

export type SalesBot = (view: RoleView) => SalesDecision;

/** Last month's demand for each product (the base demand before the first month), in product order. */
function lastDemands(view: RoleView): number[] {
  const last = view.history[view.history.length - 1];
  return productsOf(view.scenario).map((p) => (last ? last.products[p.id].demand : p.baseDemand));
}

/** A plan from each product's forecast and promotion, in product order. */
function build(
  view: RoleView,
  forecasts: Horizon[],
  promotions: PromotionLevel[],
  acceptDeals: string[],
): SalesPlan {
  const products = productsOf(view.scenario);
  return {
    forecast: byProductId(products, forecasts),
    promotion: byProductId(products, promotions),
    acceptDeals,
  };
}

/** Forecasts last month's demand for all three months; no promotions, no deals. */
export const naiveSales: SalesBot = (view) => {
  const demands = lastDemands(view);
  return {
    plan: build(
      view,
      demands.map((d) => [d, d, d]),
      demands.map(() => 0),
      [],
    ),
    share: [],
  };
};

/** Quota-driven: forecasts a quarter above what it sees, promotes often, accepts every deal. */
export const optimistSales: SalesBot = (view) => {
  const products = productsOf(view.scenario);
  const promotion: PromotionLevel = view.month % 3 === 1 ? 20 : view.month % 3 === 2 ? 10 : 0;
  const demands = lastDemands(view);
  const forecasts = products.map((p, i): Horizon => {
    const seen = Math.max(demands[i], p.baseDemand);
    const high = Math.round(seen * 1.25);
    return [Math.round(high * (1 + promotionLift(p, promotion))), high, high];
  });
  return {
    plan: build(
      view,
      forecasts,
      products.map(() => promotion),
      view.dealOffers.map((d) => d.id),
    ),
    share: [],
  };
};

function plannerPlan(view: RoleView, shares: boolean): SalesPlan {
  const { scenario, month } = view;
  const supplyNews = view.sharedWithMe;
  const last = view.history[view.history.length - 1];
  const dealsTaken: string[] = [];
  const forecasts: Horizon[] = [];
  const promotions: PromotionLevel[] = [];
  for (const p of productsOf(scenario)) {
    const level = demandLevel(view, p);
    const stock = view.stock[p.id];
    const troubled = supplyTroubleAhead(supplyNews, p.id, month, month + 1);
    const expectedNow = expectedDemand(scenario, p, month) * level;
    const promotion: PromotionLevel =
      !troubled && stock.inventory - stock.backlog > scenario.scoring.maxCoverMonths * expectedNow * 1.2
        ? 10
        : 0;
    const lastPromotion = last ? last.products[p.id].promotion : 0;
    const forecast = [0, 0, 0] as Horizon;
    for (let k = 0; k < 3; k++) {
      const target = month + k;
      let value = expectedDemand(scenario, p, target) * level * knownShockFactor(view, p.id, target);
      // A silent planner firms its intelligence into the plan only when the month arrives.
      if (k === 0 || shares) value *= signalFactor(view.signals, p.id, target);
      if (k > 0 && shares) value += announcedDealUnits(view.signals, p, target);
      if (k === 0)
        value *=
          (1 + promotionLift(p, promotion)) *
          Math.max(0, 1 - p.promotionDip * promotionLift(p, lastPromotion));
      if (k === 1) value *= Math.max(0, 1 - p.promotionDip * promotionLift(p, promotion));
      forecast[k] = Math.max(0, Math.round(value));
    }
    for (const deal of view.dealOffers) {
      if (deal.product !== p.id || troubled || deal.units > 0.6 * forecast[0]) continue;
      dealsTaken.push(deal.id);
      forecast[0] += deal.units;
    }
    forecasts.push(forecast);
    promotions.push(promotion);
  }
  return build(view, forecasts, promotions, dealsTaken);
}

/** Seasonal and signal-aware; shares every card it holds. */
export const plannerSales: SalesBot = (view) => ({
  plan: plannerPlan(view, true),
  share: unsharedCards(view),
});

/** The same planner, keeping its cards to itself. */
export const silentPlannerSales: SalesBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
