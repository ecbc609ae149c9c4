/** The consensus meeting's rough projection of both plans over the 3-month horizon, or the months of it left in the
 * game (plain functions, unit-tested). */

import { type ConsensusGaps, consensusGaps } from '../../engine/plan-gaps';
import type { Scenario } from '../../engine/scenario-types';
import type { OpsPlan, ProductStock, SalesPlan } from '../../engine/types';

/** Whether a planned month runs short, carries more than the allowed cover, or is in balance. */
export type Gap = 'short' | 'excess' | 'ok';

/** One product in one month of the horizon. */
export interface ProductMonthProjection {
  forecast: number;
  production: number;
  /** I_k = I_{k-1} + P_k − F_k; negative means planned shortage. */
  inventory: number;
  shortage: number;
  /** Units beyond the allowed cover of next month's forecast. */
  excess: number;
  gap: Gap;
  /** Forecast plus the backlog carried in: what customers wait for this month. */
  toServe: number;
  /** Units that could ship: min(toServe, stock on hand + production). */
  shipped: number;
  fillRate: number;
  revenueCents: number;
  costCents: number;
  profitCents: number;
}

/** Totals of one month of the horizon over all products. */
export interface MonthProjection {
  fillRate: number;
  revenueCents: number;
  costCents: number;
  profitCents: number;
}

/** The whole projection: per product (a row per month inside the game, three at most), per month, and the total profit. */
export interface PlanProjection {
  products: Record<string, ProductMonthProjection[]>;
  months: MonthProjection[];
  totalProfitCents: number;
  /** The planned gaps from the engine's one rule (consensusGaps): per product and month, and weighted. */
  gaps: ConsensusGaps;
}

/** What the projection reads. */
export interface ProjectionInput {
  scenario: Scenario;
  stock: Record<string, ProductStock>;
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
  /** The plan's month and the game's length: months after the last one are not projected. */
  month: number;
  rounds: number;
}

/**
 * Projects inventory, fill rate and profit for each product and month, the way the alignment score does
 * (I_0 = inventory − backlog; excess beyond allowedCoverMonths × next month's forecast, the last month using
 * its own). Profit is rough: revenue of what can ship (this month's promotion discount applied) minus material
 * and conversion of planned production, holding of stock left, backorder penalty of shortage, and this month's
 * overtime and expedite premium.
 */
export function projectPlan(input: ProjectionInput): PlanProjection {
  const { scenario, stock, salesPlan, opsPlan, month, rounds } = input;
  const products: Record<string, ProductMonthProjection[]> = {};
  const openingPosition: Record<string, number> = {};
  for (const p of scenario.products)
    openingPosition[p.id] = (stock[p.id]?.inventory ?? 0) - (stock[p.id]?.backlog ?? 0);
  const allGaps = consensusGaps({ scenario, salesPlan, opsPlan, openingPosition, month, rounds });
  for (const product of scenario.products) {
    const forecast = salesPlan.forecast[product.id] ?? [0, 0, 0];
    const production = opsPlan.production[product.id] ?? [0, 0, 0];
    const start = stock[product.id];
    let previous = (start?.inventory ?? 0) - (start?.backlog ?? 0);
    const rows: ProductMonthProjection[] = [];
    // The gaps come from the engine's one rule, as the score and the round report read them.
    const gaps = allGaps.products[product.id].months;
    for (let k = 0; k < gaps.length; k++) {
      const { position: inventory, shortage, excess } = gaps[k];
      const toServe = forecast[k] + Math.max(0, -previous);
      const shipped = Math.min(toServe, Math.max(0, previous) + production[k]);
      const discount = k === 0 ? (salesPlan.promotion[product.id] ?? 0) / 100 : 0;
      const revenueCents = Math.round(shipped * product.priceCents * (1 - discount));
      const costCents =
        production[k] * (product.materialCostCents + product.conversionCostCents) +
        Math.max(0, inventory) * product.holdingCostCents +
        shortage * product.backorderPenaltyCents +
        (k === 0
          ? Math.round(
              (opsPlan.expedite[product.id] ?? 0) *
                product.materialCostCents *
                scenario.supplier.expeditePremium,
            )
          : 0);
      rows.push({
        forecast: forecast[k],
        production: production[k],
        inventory,
        shortage,
        excess,
        gap: shortage > 0 ? 'short' : excess > 0 ? 'excess' : 'ok',
        toServe,
        shipped,
        fillRate: toServe === 0 ? 1 : shipped / toServe,
        revenueCents,
        costCents,
        profitCents: revenueCents - costCents,
      });
      previous = inventory;
    }
    products[product.id] = rows;
  }
  const months = allGaps.months.map((_, k) => monthTotals(scenario, products, k, opsPlan));
  return {
    products,
    months,
    totalProfitCents: months.reduce((sum, m) => sum + m.profitCents, 0),
    gaps: allGaps,
  };
}

function monthTotals(
  scenario: Scenario,
  products: Record<string, ProductMonthProjection[]>,
  k: number,
  opsPlan: OpsPlan,
): MonthProjection {
  let shipped = 0;
  let toServe = 0;
  let revenueCents = 0;
  let costCents = k === 0 ? opsPlan.overtimeHours * scenario.plant.overtimeCostCentsPerHour : 0;
  for (const rows of Object.values(products)) {
    const row = rows[k];
    shipped += row.shipped;
    toServe += row.toServe;
    revenueCents += row.revenueCents;
    costCents += row.costCents;
  }
  return {
    fillRate: toServe === 0 ? 1 : shipped / toServe,
    revenueCents,
    costCents,
    profitCents: revenueCents - costCents,
  };
}
