/** Plain-words cards for shocks: what happened and what it does this month. */
import { DEMAND_SHOCKS, type Scenario, type ShockType } from '../engine/scenario-types';
import type { ShockOccurrence } from '../engine/types';
import { formatSignedPercent } from './format';

/** A shock card's content: a short title, one plain sentence, and which side of the business it hits. */
export interface ShockCard {
  title: string;
  detail: string;
  side: 'demand' | 'supply';
}

/** Short titles, as a person would say them. */
export const SHOCK_TITLES: Record<ShockType, string> = {
  viralSpike: 'Viral spike',
  competitorPromotion: 'Competitor promotion',
  recession: 'Recession',
  keyAccountDeal: 'Key-account deal',
  newChannel: 'New sales channel',
  panicBuying: 'Panic buying',
  supplierDelay: 'Supplier delay',
  materialShortage: 'Material shortage',
  machineBreakdown: 'Machine breakdown',
  qualityProblem: 'Quality problem',
  labourStrike: 'Labour strike',
  logisticsDisruption: 'Logistics disruption',
  materialCostSpike: 'Material cost spike',
};

/** The name of the product a shock hits ("all products" for 'all', the id if unknown). */
export function shockProductName(product: string, scenario: Scenario): string {
  if (product === 'all') return scenario.products.length === 1 ? scenario.products[0].name : 'all products';
  return scenario.products.find((p) => p.id === product)?.name ?? product;
}

/** "this month", "for 3 months" or "month 2 of 3", depending on the shock's span and the month shown. */
export function shockTiming(shock: ShockOccurrence, month?: number): string {
  const length = shock.endMonth - shock.startMonth + 1;
  if (length <= 1) return 'this month';
  if (month === undefined || month <= shock.startMonth) return `for ${length} months`;
  return `month ${Math.min(length, month - shock.startMonth + 1)} of ${length}`;
}

/** The sentence saying what the shock does; magnitudes are shares (0.3 = 30 %). */
function shockEffect(shock: ShockOccurrence, productName: string): string {
  const up = formatSignedPercent(shock.magnitude, 1);
  const down = formatSignedPercent(shock.magnitude, -1);
  switch (shock.type) {
    case 'viralSpike':
      return `demand for ${productName} ${up}`;
    case 'competitorPromotion':
      return `demand for ${productName} ${down}`;
    case 'recession':
      return `demand for ${productName} ${down}`;
    case 'keyAccountDeal':
      return `a big customer offers an extra order of ${productName} (${up} of usual demand)`;
    case 'newChannel':
      return `demand for ${productName} steps up ${up}`;
    case 'panicBuying':
      return `demand for ${productName} ${up}, then a dip as buyers hold stock`;
    case 'supplierDelay':
      return `${productName} materials arrive late (${down} of the delivery)`;
    case 'materialShortage':
      return `only part of the ${productName} materials delivered (${down})`;
    case 'machineBreakdown':
      return `plant capacity ${down}`;
    case 'qualityProblem':
      return `good units of ${productName} ${down} (yield loss)`;
    case 'labourStrike':
      return `plant capacity ${down}`;
    case 'logisticsDisruption':
      return `shipments of ${productName} capped (${down})`;
    case 'materialCostSpike':
      return `${productName} material cost ${up}`;
  }
}

/** The card for one shock; `month` (the month shown) turns lasting shocks into "month 2 of 3". */
export function shockCard(shock: ShockOccurrence, scenario: Scenario, month?: number): ShockCard {
  const productName = shockProductName(shock.product, scenario);
  const side = (DEMAND_SHOCKS as readonly string[]).includes(shock.type) ? 'demand' : 'supply';
  return {
    title: SHOCK_TITLES[shock.type],
    detail: `${shockEffect(shock, productName)} ${shockTiming(shock, month)}`,
    side,
  };
}

/** One line for a shock, e.g. "Machine breakdown: plant capacity −30 % this month". */
export function shockCardText(shock: ShockOccurrence, scenario: Scenario, month?: number): string {
  const card = shockCard(shock, scenario, month);
  return `${card.title}: ${card.detail}`;
}
