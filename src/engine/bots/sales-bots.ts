/**
 * Sales bots: pure functions of what Sales can see. Ids are fixed (lessons and tests name them):
 * naive, optimist, planner, planner-silent. They fill the plan's records product by product, in the scenario's product order.
 */
import { expectedDemand, promotionLift } from '../demand';
import { productsOf } from '../product-table';
import type { ProductSpec, PromotionLevel } from '../scenario-types';
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

/**
 * A bot reads its view during the call only: it keeps nothing of it (bot games refresh one view per role
 * all game long) and changes nothing in it; its plan and share list are new at every call.
 */
export type SalesBot = (view: RoleView) => SalesDecision;

/** Last month's demand for a product (its base demand before the first month). */
function lastDemand(view: RoleView, p: ProductSpec): number {
  const last = view.history[view.history.length - 1];
  return last ? last.products[p.id].demand : p.baseDemand;
}

/** A plan with no product yet, to fill in product order (its records keep that key order). */
function emptyPlan(acceptDeals: string[]): SalesPlan {
  return { forecast: {}, promotion: {}, acceptDeals };
}

/** Forecasts last month's demand for all three months; no promotions, no deals. */
export const naiveSales: SalesBot = (view) => {
  const plan = emptyPlan([]);
  for (const p of productsOf(view.scenario)) {
    const d = lastDemand(view, p);
    plan.forecast[p.id] = [d, d, d];
    plan.promotion[p.id] = 0;
  }
  return { plan, share: [] };
};

/** Quota-driven: forecasts a quarter above what it sees, promotes often, accepts every deal. */
export const optimistSales: SalesBot = (view) => {
  const promotion: PromotionLevel = view.month % 3 === 1 ? 20 : view.month % 3 === 2 ? 10 : 0;
  const plan = emptyPlan(view.dealOffers.map((d) => d.id));
  for (const p of productsOf(view.scenario)) {
    const seen = Math.max(lastDemand(view, p), p.baseDemand);
    const high = Math.round(seen * 1.25);
    plan.forecast[p.id] = [Math.round(high * (1 + promotionLift(p, promotion))), high, high];
    plan.promotion[p.id] = promotion;
  }
  return { plan, share: [] };
};

function plannerPlan(view: RoleView, shares: boolean): SalesPlan {
  const { scenario, month } = view;
  const supplyNews = view.sharedWithMe;
  const last = view.history[view.history.length - 1];
  const plan = emptyPlan([]);
  const products = productsOf(scenario);
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    const level = demandLevel(view, i);
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
      plan.acceptDeals.push(deal.id);
      forecast[0] += deal.units;
    }
    plan.forecast[p.id] = forecast;
    plan.promotion[p.id] = promotion;
  }
  return plan;
}

/** Seasonal and signal-aware; shares every card it holds. */
export const plannerSales: SalesBot = (view) => ({
  plan: plannerPlan(view, true),
  share: unsharedCards(view),
});

/** The same planner, keeping its cards to itself. */
export const silentPlannerSales: SalesBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
