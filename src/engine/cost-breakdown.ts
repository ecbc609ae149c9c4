/**
 * Money of a month line by line, actual and as the signed plan projected it, so a player can see
 * where the difference came from (issue 11.4). Both use the same lines; costs add up to revenue −
 * profit, and two lines show revenue given up (lost sales' margin, promotion discounts).
 */
import { promotedPrice } from './demand';
import type { Scenario } from './scenario-types';
import type { MonthReport, OpsPlan, SalesPlan } from './types';

/** The cost lines, in the order the round report lists them. */
export const COST_LINES = [
  'production',
  'overtime',
  'materials',
  'expediting',
  'holding',
  'backlog',
] as const;
export type CostLine = (typeof COST_LINES)[number];

/** Lines of revenue given up: not costs (profit already lacks them), shown so the money can be followed. */
export const GIVEN_UP_LINES = ['lostSales', 'promotion'] as const;
export type GivenUpLine = (typeof GIVEN_UP_LINES)[number];

/** A month's money, line by line, in cents. */
export interface CostBreakdown {
  revenueCents: number;
  costs: Record<CostLine, number>;
  /** The sum of the cost lines. */
  totalCostCents: number;
  givenUp: Record<GivenUpLine, number>;
  profitCents: number;
}

/** The words of each line, for tables. */
export const LINE_LABELS: Record<CostLine | GivenUpLine, string> = {
  production: 'Production',
  overtime: 'Overtime',
  materials: 'Materials',
  expediting: 'Expediting',
  holding: 'Holding',
  backlog: 'Backlog penalty',
  lostSales: 'Lost sales',
  promotion: 'Promotions',
};

function breakdown(
  revenueCents: number,
  costs: Record<CostLine, number>,
  givenUp: Record<GivenUpLine, number>,
): CostBreakdown {
  const totalCostCents = COST_LINES.reduce((sum, line) => sum + costs[line], 0);
  return { revenueCents, costs, totalCostCents, givenUp, profitCents: revenueCents - totalCostCents };
}

/** What a played month actually earned and cost. */
export function actualBreakdown(report: MonthReport): CostBreakdown {
  const f = report.finance;
  return breakdown(
    f.revenueCents,
    {
      production: f.conversionCents,
      overtime: f.overtimeCents,
      materials: f.materialCents,
      expediting: f.expediteCents,
      holding: f.holdingCents,
      backlog: f.backorderCents,
    },
    { lostSales: f.lostMarginCents, promotion: f.promotionCents },
  );
}

/** What projecting the firm month of a plan reads. */
export interface ProjectionInput {
  scenario: Scenario;
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
  /** Stock on hand and backlog owed at the start of the month, per product. */
  opening: Record<string, { inventory: number; backlog: number }>;
}

/**
 * What the signed plan projected for its firm month, if demand came as forecast and the plant made
 * the plan: shipments up to what is owed, the promotion's price on this month's orders, materials
 * at list cost, the stock left, and the unmet part split into backlog and lost sales.
 */
export function projectedBreakdown(input: ProjectionInput): CostBreakdown {
  const { scenario, salesPlan, opsPlan } = input;
  const costs: Record<CostLine, number> = {
    production: 0,
    overtime:
      Math.min(opsPlan.overtimeHours, scenario.plant.overtimeMaxHours) *
      scenario.plant.overtimeCostCentsPerHour,
    materials: 0,
    expediting: 0,
    holding: 0,
    backlog: 0,
  };
  const givenUp: Record<GivenUpLine, number> = { lostSales: 0, promotion: 0 };
  let revenueCents = 0;
  for (const p of scenario.products) {
    const opening = input.opening[p.id] ?? { inventory: 0, backlog: 0 };
    const made = Math.floor((opsPlan.production[p.id]?.[0] ?? 0) * p.yield);
    const forecast = salesPlan.forecast[p.id]?.[0] ?? 0;
    const available = opening.inventory + made;
    const fromBacklog = Math.min(available, opening.backlog);
    const toNew = Math.min(available - fromBacklog, forecast);
    const price = promotedPrice(p.priceCents, salesPlan.promotion[p.id] ?? 0);
    revenueCents += fromBacklog * p.priceCents + toNew * price;
    givenUp.promotion += toNew * (p.priceCents - price);
    const unmet = opening.backlog + forecast - fromBacklog - toNew;
    const lost = Math.round(unmet * p.lostSaleShare);
    givenUp.lostSales += lost * (p.priceCents - p.materialCostCents - p.conversionCostCents);
    costs.backlog += (unmet - lost) * p.backorderPenaltyCents;
    costs.holding += (available - fromBacklog - toNew) * p.holdingCostCents;
    costs.production += (opsPlan.production[p.id]?.[0] ?? 0) * p.conversionCostCents;
    const expedited = opsPlan.expedite[p.id] ?? 0;
    costs.materials += ((opsPlan.materialOrder[p.id] ?? 0) + expedited) * p.materialCostCents;
    costs.expediting += expedited * Math.round(p.materialCostCents * scenario.supplier.expeditePremium);
  }
  return breakdown(revenueCents, costs, givenUp);
}

/** The projection of a played month's signed plan, from the opening stock in its report. */
export function reportProjection(report: MonthReport, scenario: Scenario): CostBreakdown {
  const opening: ProjectionInput['opening'] = {};
  for (const p of scenario.products)
    opening[p.id] = {
      inventory: report.products[p.id].inventoryIn,
      backlog: report.products[p.id].backlogIn,
    };
  return projectedBreakdown({ scenario, salesPlan: report.salesPlan, opsPlan: report.opsPlan, opening });
}
