/** How the active shocks of a month change demand, supply and cost: plain multipliers. */
import type { ShockOccurrence } from './types';

function hits(shock: ShockOccurrence, productId: string): boolean {
  return shock.product === 'all' || shock.product === productId;
}

/** Demand multiplier from the shocks active this month for one product. */
export function demandShockFactor(shocks: ShockOccurrence[], productId: string, month: number): number {
  let factor = 1;
  for (const shock of shocks) {
    if (!hits(shock, productId)) continue;
    switch (shock.type) {
      case 'viralSpike':
      case 'newChannel':
        factor *= 1 + shock.magnitude;
        break;
      case 'competitorPromotion':
      case 'recession':
        factor *= Math.max(0, 1 - shock.magnitude);
        break;
      case 'panicBuying': {
        const half = (shock.endMonth - shock.startMonth + 1) / 2;
        factor *=
          month - shock.startMonth < half ? 1 + shock.magnitude : Math.max(0, 1 - shock.magnitude / 2);
        break;
      }
      default:
        break;
    }
  }
  return factor;
}

/** The supply side of a month: what the active shocks take away. */
export interface SupplyEffects {
  /** Share of plant capacity left (breakdowns, strikes). */
  capacityFactor: number;
  /** Overtime is impossible during a strike. */
  overtimeAllowed: boolean;
  /** Per product: yield multiplier, delivery share arriving, whether deliveries are delayed. */
  yieldFactor: (productId: string) => number;
  deliveryShare: (productId: string) => number;
  deliveryDelayed: (productId: string) => boolean;
  /** Share of the goods that can be shipped (logistics disruption). */
  shippingShare: (productId: string) => number;
  /** Material price multiplier for orders placed this month. */
  materialCostFactor: (productId: string) => number;
}

function productFactor(
  shocks: ShockOccurrence[],
  type: ShockOccurrence['type'],
  productId: string,
  fromMagnitude: (m: number) => number,
): number {
  let factor = 1;
  for (const shock of shocks)
    if (shock.type === type && hits(shock, productId)) factor *= fromMagnitude(shock.magnitude);
  return factor;
}

const effectsOf = new WeakMap<readonly ShockOccurrence[], SupplyEffects>();

/** Reads the supply effects of the shocks active this month (worked out once per month of a world: its list never changes). */
export function supplyEffects(shocks: ShockOccurrence[]): SupplyEffects {
  let effects = effectsOf.get(shocks);
  if (!effects) {
    effects = readSupplyEffects(shocks);
    effectsOf.set(shocks, effects);
  }
  return effects;
}

function readSupplyEffects(shocks: ShockOccurrence[]): SupplyEffects {
  let capacityFactor = 1;
  let overtimeAllowed = true;
  for (const shock of shocks) {
    if (shock.type === 'machineBreakdown') capacityFactor *= Math.max(0, 1 - shock.magnitude);
    if (shock.type === 'labourStrike') {
      capacityFactor *= Math.max(0, 1 - shock.magnitude);
      overtimeAllowed = false;
    }
  }
  const reduce = (m: number) => Math.max(0, 1 - m);
  return {
    capacityFactor,
    overtimeAllowed,
    yieldFactor: (id) => productFactor(shocks, 'qualityProblem', id, reduce),
    deliveryShare: (id) => productFactor(shocks, 'materialShortage', id, reduce),
    deliveryDelayed: (id) => shocks.some((s) => s.type === 'supplierDelay' && hits(s, id)),
    shippingShare: (id) => productFactor(shocks, 'logisticsDisruption', id, reduce),
    materialCostFactor: (id) => productFactor(shocks, 'materialCostSpike', id, (m) => 1 + m),
  };
}
