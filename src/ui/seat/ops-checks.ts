/** The Operations form's live checks for a typed draft: capacity, materials and projected stock, as plain words. */
import type { Scenario } from '../../engine/scenario-types';
import type { ProductStock, SalesPlan } from '../../engine/types';
import {
  capacityFieldWarning,
  capacitySummary,
  capacityWarning,
  laterCapacitySummary,
  laterCapacityWarnings,
  materialSummary,
  materialWarning,
} from '../forms/check-messages';
import { capacityCheck, materialCheck } from '../forms/checks';
import { type Gap, projectPlan } from '../forms/projection';
import { lenientOpsPlan, type OpsDraft } from '../forms/validate';

/** What the checks say about one product. */
export interface ProductChecks {
  /** Warnings next to production this month and the next two. */
  production: [string | null, string | null, string | null];
  materialLine: string;
  /** Projected end-of-month stock per horizon month (empty before Sales has submitted). */
  stock: { inventory: number; gap: Gap }[];
}

/** What the checks say about the whole draft. */
export interface OpsChecks {
  capacityLine: string;
  capacityFits: boolean;
  laterLine: string | null;
  overtimeWarning: string | null;
  /** The capacity meter: hours needed and hours available as percentages of one scale. */
  meter: { neededPercent: number; availablePercent: number };
  products: Record<string, ProductChecks>;
}

/** Runs every live check on a draft (invalid fields count as 0). */
export function opsChecks(
  draft: OpsDraft,
  context: {
    scenario: Scenario;
    month: number;
    rounds: number;
    stock: Record<string, ProductStock>;
    demand: SalesPlan | null;
  },
): OpsChecks {
  const { scenario, month, rounds, stock, demand } = context;
  const plan = lenientOpsPlan(draft, scenario, { month, rounds });
  const capacity = capacityCheck(plan, scenario);
  const later = laterCapacityWarnings(capacity);
  const materials = materialCheck(plan, { month, scenario, stock });
  const projection = demand
    ? projectPlan({ scenario, stock, salesPlan: demand, opsPlan: plan, month, rounds })
    : null;
  const scale = Math.max(capacity.hoursNeeded, capacity.capacityHours + scenario.plant.overtimeMaxHours, 1);
  const products: Record<string, ProductChecks> = {};
  for (const check of materials) {
    const product = scenario.products.find((p) => p.id === check.product);
    if (!product) continue;
    const first = [capacityFieldWarning(capacity), materialWarning(check, product.unitName)].filter(Boolean);
    products[check.product] = {
      production: [first.length > 0 ? first.join(' ') : null, later[1], later[2]],
      materialLine: materialSummary(check, month),
      stock: (projection?.products[check.product] ?? []).map((row) => ({
        inventory: row.inventory,
        gap: row.gap,
      })),
    };
  }
  return {
    capacityLine: capacitySummary(capacity),
    capacityFits: capacity.fits,
    laterLine: laterCapacitySummary(capacity, month),
    overtimeWarning: capacityWarning(capacity),
    meter: {
      neededPercent: Math.min(100, (capacity.hoursNeeded / scale) * 100),
      availablePercent: (capacity.availableHours / scale) * 100,
    },
    products,
  };
}
