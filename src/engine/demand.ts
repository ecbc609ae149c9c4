/** Demand for a product in a month: base × trend × season × promotion × shocks × noise. */
import { demandShockFactor } from './effects';
import type { ProductSpec, PromotionLevel, Scenario } from './scenario-types';
import type { ShockOccurrence } from './types';

/** Lift of a promotion level (0 for none). */
export function promotionLift(product: ProductSpec, level: PromotionLevel): number {
  return level === 0 ? 0 : product.promotionLift[level === 10 ? '10' : '20'];
}

/** Calendar month index (0–11) of a game month, for seasonality. */
export function calendarIndex(scenario: Scenario, month: number): number {
  return (scenario.startMonth - 1 + month - 1) % 12;
}

/** Expected demand before shocks and noise (what a perfect textbook forecast would say). */
export function expectedDemand(scenario: Scenario, product: ProductSpec, month: number): number {
  return (
    product.baseDemand *
    (1 + product.trendPerMonth * (month - 1)) *
    product.seasonality[calendarIndex(scenario, month)]
  );
}

/** The month's regular demand in whole units, never negative. */
export function regularDemand(
  scenario: Scenario,
  product: ProductSpec,
  month: number,
  promotion: PromotionLevel,
  lastPromotion: PromotionLevel,
  shocks: ShockOccurrence[],
  noise: number,
): number {
  const lift = 1 + promotionLift(product, promotion);
  const dip = 1 - product.promotionDip * promotionLift(product, lastPromotion);
  const value =
    expectedDemand(scenario, product, month) *
    lift *
    Math.max(0, dip) *
    demandShockFactor(shocks, product.id, month) *
    noise;
  return Math.max(0, Math.round(value));
}

/** Unit price after a promotion, in whole cents. */
export function promotedPrice(priceCents: number, promotion: PromotionLevel): number {
  return Math.round((priceCents * (100 - promotion)) / 100);
}
