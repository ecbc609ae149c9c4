/** How the active shocks of a month change demand, supply and cost: plain multipliers. */
import { hitsProduct } from './product-table';
import { RecentByWorld } from './recent-worlds';
import { type ProductSpec, SUPPLY_SHOCKS } from './scenario-types';
import type { ShockOccurrence, World } from './types';

/** Demand multiplier one active shock puts on the products it hits, in `month` (1 for supply shocks). */
export function shockDemandFactor(shock: ShockOccurrence, month: number): number {
  switch (shock.type) {
    case 'viralSpike':
    case 'newChannel':
      return 1 + shock.magnitude;
    case 'competitorPromotion':
    case 'recession':
      return Math.max(0, 1 - shock.magnitude);
    case 'panicBuying': {
      const half = (shock.endMonth - shock.startMonth + 1) / 2;
      return month - shock.startMonth < half ? 1 + shock.magnitude : Math.max(0, 1 - shock.magnitude / 2);
    }
    default:
      return 1;
  }
}

/** Demand multiplier from the shocks active this month for one product. */
export function demandShockFactor(shocks: ShockOccurrence[], productId: string, month: number): number {
  let factor = 1;
  for (const shock of shocks)
    if (hitsProduct(shock.product, productId)) factor *= shockDemandFactor(shock, month);
  return factor;
}

/** The supply side of a month: what the active shocks take away. */
export interface SupplyEffects {
  /** Share of plant capacity left (breakdowns, strikes). */
  capacityFactor: number;
  /** Overtime is impossible during a strike. */
  overtimeAllowed: boolean;
  /**
   * Per product, in the scenario's product order: yield multiplier, delivery share arriving, whether deliveries
   * are delayed. The multipliers are Float64Arrays: a plain array of 1s would change its element kind the first
   * time a shock makes one a fraction, and V8 would throw away the optimised execution code at that moment.
   */
  yieldFactor: Float64Array;
  deliveryShare: Float64Array;
  deliveryDelayed: boolean[];
  /** Share of the goods that can be shipped (logistics disruption). */
  shippingShare: Float64Array;
  /** Material price multiplier for orders placed this month. */
  materialCostFactor: Float64Array;
}

/** Each month's supply effects of a world, worked out when first asked for. */
const effectsByWorld = new RecentByWorld<(SupplyEffects | undefined)[]>(
  (world) => new Array(world.months.length),
);

/**
 * The supply effects of the shocks active in a month of a world, worked out once per month of a world.
 * `products` must be the products of the scenario the world was drawn for (what executeMonth passes): the
 * effects are kept by world and month. Shared by every game of the world: do not change them.
 */
export function supplyEffects(world: World, month: number, products: readonly ProductSpec[]): SupplyEffects {
  const months = effectsByWorld.get(world);
  let effects = months[month - 1];
  if (!effects) {
    const { shocks } = world.months[month - 1];
    effects = shocks.some(isSupplyShock) ? readSupplyEffects(shocks, products) : calm(products);
    months[month - 1] = effects;
  }
  return effects;
}

/** The shocks readSupplyEffects reads (the scenario types' supply shocks); any other leaves every factor at 1. */
const SUPPLY_SHOCK_TYPES: ReadonlySet<string> = new Set<string>(SUPPLY_SHOCKS);

function isSupplyShock(shock: ShockOccurrence): boolean {
  return SUPPLY_SHOCK_TYPES.has(shock.type);
}

/** The effects of a month without supply shocks, one for each number of products (nobody changes them). */
const calmByCount: SupplyEffects[] = [];

function calm(products: readonly ProductSpec[]): SupplyEffects {
  const n = products.length;
  calmByCount[n] ??= readSupplyEffects([], products);
  return calmByCount[n];
}

/**
 * One pass over the month's shocks, in order: each factor is the product of its shocks' terms in
 * the shocks' order (1 when none applies), whatever the other factors do.
 */
function readSupplyEffects(shocks: ShockOccurrence[], products: readonly ProductSpec[]): SupplyEffects {
  let capacityFactor = 1;
  let overtimeAllowed = true;
  const n = products.length;
  const effects: SupplyEffects = {
    capacityFactor,
    overtimeAllowed,
    yieldFactor: new Float64Array(n).fill(1),
    deliveryShare: new Float64Array(n).fill(1),
    deliveryDelayed: new Array(n).fill(false),
    shippingShare: new Float64Array(n).fill(1),
    materialCostFactor: new Float64Array(n).fill(1),
  };
  for (const shock of shocks) {
    const m = shock.magnitude;
    if (shock.type === 'machineBreakdown') capacityFactor *= Math.max(0, 1 - m);
    if (shock.type === 'labourStrike') {
      capacityFactor *= Math.max(0, 1 - m);
      overtimeAllowed = false;
    }
    for (let i = 0; i < n; i++) {
      if (!hitsProduct(shock.product, products[i].id)) continue;
      if (shock.type === 'qualityProblem') effects.yieldFactor[i] *= Math.max(0, 1 - m);
      if (shock.type === 'materialShortage') effects.deliveryShare[i] *= Math.max(0, 1 - m);
      if (shock.type === 'supplierDelay') effects.deliveryDelayed[i] = true;
      if (shock.type === 'logisticsDisruption') effects.shippingShare[i] *= Math.max(0, 1 - m);
      if (shock.type === 'materialCostSpike') effects.materialCostFactor[i] *= 1 + m;
    }
  }
  effects.capacityFactor = capacityFactor;
  effects.overtimeAllowed = overtimeAllowed;
  return effects;
}
