/** Plain-words cards for shocks: what happened and what it does this month. */

import { DEMAND_SHOCKS, type Scenario } from '../engine/scenario-types';
import type { ShockOccurrence } from '../engine/types';
import { formatSignedPercent } from '../engine/words/formats';
import { SHOCK_TITLES } from '../engine/words/shocks';
import { maxCards } from './stage-layout';

/** A shock card's content: a short title, one plain sentence, and which side of the business it hits. */
export interface ShockCard {
  title: string;
  detail: string;
  side: 'demand' | 'supply';
}

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

/** Whether `month` falls in the second half of a panic-buying wave (the dip), as the engine plays it. */
function inPanicDip(shock: ShockOccurrence, month?: number): boolean {
  if (month === undefined) return false;
  return month - shock.startMonth >= (shock.endMonth - shock.startMonth + 1) / 2;
}

/** The sentence saying what the shock does; magnitudes are shares (0.3 = 30 %). */
function shockEffect(shock: ShockOccurrence, productName: string, month?: number): string {
  const up = formatSignedPercent(shock.magnitude, 1);
  // "all products materials" reads badly: a shock on every product speaks of the materials as such.
  const all = shock.product === 'all' && productName === 'all products';
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
      return inPanicDip(shock, month)
        ? `demand for ${productName} ${formatSignedPercent(shock.magnitude / 2, -1)} (buyers stocked up earlier)`
        : `demand for ${productName} ${up}, with a dip to follow`;
    case 'supplierDelay':
      return `${all ? 'material' : productName} deliveries arrive a month late`;
    case 'materialShortage':
      return `only part of the ${all ? '' : `${productName} `}materials delivered (${down})`;
    case 'machineBreakdown':
      return `plant capacity ${down}`;
    case 'qualityProblem':
      return `good units of ${productName} ${down} (yield loss)`;
    case 'labourStrike':
      return `plant capacity ${down}, no overtime possible`;
    case 'logisticsDisruption':
      return `shipments of ${productName} ${down}`;
    case 'materialCostSpike':
      return `material cost of ${productName} ${up} on orders placed now`;
  }
}

/** The card for one shock; `month` (the month shown) turns lasting shocks into "month 2 of 3". */
export function shockCard(shock: ShockOccurrence, scenario: Scenario, month?: number): ShockCard {
  const productName = shockProductName(shock.product, scenario);
  const timing = shockTiming(shock, month);
  // "arrive a month late this month" reads badly; a one-month delay needs no timing.
  const when = shock.type === 'supplierDelay' && timing === 'this month' ? '' : ` ${timing}`;
  const side = (DEMAND_SHOCKS as readonly string[]).includes(shock.type) ? 'demand' : 'supply';
  return {
    title: SHOCK_TITLES[shock.type],
    detail: `${shockEffect(shock, productName, month)}${when}`,
    side,
  };
}

/** One line for a shock, e.g. "Machine breakdown: plant capacity −30 % this month". */
export function shockCardText(shock: ShockOccurrence, scenario: Scenario, month?: number): string {
  const card = shockCard(shock, scenario, month);
  return `${card.title}: ${card.detail}`;
}

/** The cards to draw for a list of shocks: all of them, or the first few and a "+N more" card. */
export function visibleCards(cards: ShockCard[]): ShockCard[] {
  const max = maxCards();
  if (cards.length <= max) return cards;
  const shown = cards.slice(0, max - 1);
  const rest = cards.slice(max - 1);
  const more: ShockCard = {
    title: `${rest.length} more shocks`,
    detail: rest.map((card) => card.title).join(', '),
    side: 'supply',
  };
  return [...shown, more];
}
