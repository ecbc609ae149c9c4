/**
 * Sales bots: pure functions of what Sales can see. Ids are fixed (lessons and tests name them):
 * naive, optimist, planner, planner-silent.
 */
import { expectedDemand, promotionLift } from '../demand';
import type { ProductSpec, PromotionLevel } from '../scenario-types';
import type { Horizon, SalesPlan } from '../types';
import type { RoleView } from '../views';
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

function lastDemand(view: RoleView, product: ProductSpec): number {
  const last = view.history[view.history.length - 1];
  return last ? last.products[product.id].demand : product.baseDemand;
}

function build(
  view: RoleView,
  perProduct: (p: ProductSpec) => { forecast: Horizon; promotion: PromotionLevel },
  acceptDeals: string[],
): SalesPlan {
  const plan: SalesPlan = { forecast: {}, promotion: {}, acceptDeals };
  for (const p of view.scenario.products) {
    const choice = perProduct(p);
    plan.forecast[p.id] = choice.forecast;
    plan.promotion[p.id] = choice.promotion;
  }
  return plan;
}

/** Forecasts last month's demand for all three months; no promotions, no deals. */
export const naiveSales: SalesBot = (view) => ({
  plan: build(
    view,
    (p) => {
      const d = lastDemand(view, p);
      return { forecast: [d, d, d], promotion: 0 };
    },
    [],
  ),
  share: [],
});

/** Quota-driven: forecasts a quarter above what it sees, promotes often, accepts every deal. */
export const optimistSales: SalesBot = (view) => ({
  plan: build(
    view,
    (p) => {
      const promotion: PromotionLevel = view.month % 3 === 1 ? 20 : view.month % 3 === 2 ? 10 : 0;
      const seen = Math.max(lastDemand(view, p), p.baseDemand);
      const high = Math.round(seen * 1.25);
      return { forecast: [Math.round(high * (1 + promotionLift(p, promotion))), high, high], promotion };
    },
    view.dealOffers.map((d) => d.id),
  ),
  share: [],
});

function plannerPlan(view: RoleView, shares: boolean): SalesPlan {
  const supplyNews = view.sharedWithMe;
  const dealsTaken: string[] = [];
  const plan = build(
    view,
    (p) => {
      const level = demandLevel(view, p);
      const stock = view.stock[p.id];
      const troubled = supplyTroubleAhead(supplyNews, p.id, view.month, view.month + 1);
      const expectedNow = expectedDemand(view.scenario, p, view.month) * level;
      const promotion: PromotionLevel =
        !troubled &&
        stock.inventory - stock.backlog > view.scenario.scoring.maxCoverMonths * expectedNow * 1.2
          ? 10
          : 0;
      const lastPromotion =
        view.history.length > 0 ? view.history[view.history.length - 1].products[p.id].promotion : 0;
      const forecast = [0, 0, 0] as Horizon;
      for (let k = 0; k < 3; k++) {
        const month = view.month + k;
        let value = expectedDemand(view.scenario, p, month) * level * knownShockFactor(view, p.id, month);
        // A silent planner firms its intelligence into the plan only when the month arrives.
        if (k === 0 || shares) value *= signalFactor(view.signals, p.id, month);
        if (k > 0 && shares) value += announcedDealUnits(view.signals, p, month);
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
      return { forecast, promotion };
    },
    [],
  );
  plan.acceptDeals = dealsTaken;
  return plan;
}

/** Seasonal and signal-aware; shares every card it holds. */
export const plannerSales: SalesBot = (view) => ({
  plan: plannerPlan(view, true),
  share: view.signals.filter((s) => !view.sharedByMe.includes(s.id)).map((s) => s.id),
});

/** The same planner, keeping its cards to itself. */
export const silentPlannerSales: SalesBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
