/**
 * Role bonuses: they teach the incentive gap and are not part of the team's score.
 * Sales earns a share of revenue; Operations a share of the saving against standard cost.
 */
import { productsOf } from './product-table';
import type { Scenario } from './scenario-types';
import type { MonthFinance, ProductMonth } from './types';

/** The budget allowance over material + conversion that makes the standard unit cost. */
export const STANDARD_COST_ALLOWANCE = 1.1;

/** Sales' bonus for a month, in cents. */
export function salesBonus(scenario: Scenario, finance: MonthFinance): number {
  return Math.round(finance.revenueCents * scenario.bonuses.salesRevenueShare);
}

/** Standard cost of the units produced this month, in cents. */
export function standardCostCents(scenario: Scenario, products: Record<string, ProductMonth>): number {
  let cents = 0;
  for (const spec of productsOf(scenario)) {
    cents +=
      products[spec.id].produced *
      Math.round((spec.materialCostCents + spec.conversionCostCents) * STANDARD_COST_ALLOWANCE);
  }
  return cents;
}

/** What making this month's goods actually cost Operations, in cents. */
function actualCostCents(
  scenario: Scenario,
  products: Record<string, ProductMonth>,
  finance: MonthFinance,
  spikeCents: number,
): number {
  let materials = 0;
  for (const spec of productsOf(scenario))
    materials += products[spec.id].materialsUsed * spec.materialCostCents;
  return (
    materials +
    spikeCents +
    finance.conversionCents +
    finance.overtimeCents +
    finance.expediteCents +
    finance.holdingCents
  );
}

/** Operations' bonus for a month, in cents: never negative. */
export function opsBonus(
  scenario: Scenario,
  products: Record<string, ProductMonth>,
  finance: MonthFinance,
  spikeCents: number,
): number {
  const saving =
    standardCostCents(scenario, products) - actualCostCents(scenario, products, finance, spikeCents);
  return Math.max(0, Math.round(saving * scenario.bonuses.opsSavingShare));
}
