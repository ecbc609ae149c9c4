/** The game's feasibility checks of an Operations plan: plant hours and materials. The forms show them live; the planner bots (Suggest) never propose a plan they flag. */
import type { Scenario } from './scenario-types';
import type { OpsPlan, ProductStock } from './types';

/** This month's plant hours: what the plan needs against regular capacity plus the planned overtime. */
export interface CapacityCheck {
  hoursNeeded: number;
  capacityHours: number;
  overtimeHours: number;
  /** Capacity plus planned overtime. */
  availableHours: number;
  /** Hours the plan needs beyond what is available (0 when it fits). */
  shortHours: number;
  /** Extra overtime that would close the gap, within the plant's limit. */
  overtimeToAdd: number;
  fits: boolean;
  /** The next two months, against capacity plus the most overtime allowed. */
  later: { monthOffset: 1 | 2; hoursNeeded: number; maxHours: number; shortHours: number }[];
}

/** Hours a plan needs in month `k` of its horizon (0 = this month), rounded to hundredths to avoid float noise. */
export function hoursNeeded(plan: OpsPlan, scenario: Scenario, k: 0 | 1 | 2): number {
  let hours = 0;
  for (const product of scenario.products)
    hours += (plan.production[product.id]?.[k] ?? 0) * product.hoursPerUnit;
  return Math.round(hours * 100) / 100;
}

/** Does this month's production fit in capacity + overtime? A plan beyond it is allowed (the plant makes less). */
export function capacityCheck(plan: OpsPlan, scenario: Scenario): CapacityCheck {
  const { capacityHours, overtimeMaxHours } = scenario.plant;
  const needed = hoursNeeded(plan, scenario, 0);
  const availableHours = capacityHours + plan.overtimeHours;
  const shortHours = Math.max(0, Math.round((needed - availableHours) * 100) / 100);
  const overtimeRoom = Math.max(0, overtimeMaxHours - plan.overtimeHours);
  const later = ([1, 2] as const).map((monthOffset) => {
    const hours = hoursNeeded(plan, scenario, monthOffset);
    const maxHours = capacityHours + overtimeMaxHours;
    return { monthOffset, hoursNeeded: hours, maxHours, shortHours: Math.max(0, hours - maxHours) };
  });
  return {
    hoursNeeded: needed,
    capacityHours,
    overtimeHours: plan.overtimeHours,
    availableHours,
    shortHours,
    overtimeToAdd: Math.min(overtimeRoom, Math.ceil(shortHours)),
    fits: shortHours === 0,
    later,
  };
}

/** Materials for one product this month: on hand + arriving + expedited against what the plan starts. */
export interface MaterialCheck {
  product: string;
  onHand: number;
  /** Ordered earlier and due by this month. */
  arriving: number;
  expedite: number;
  available: number;
  needed: number;
  shortUnits: number;
  fits: boolean;
}

/** The part of a role view the material check reads. */
export interface MaterialContext {
  month: number;
  scenario: Scenario;
  stock: Record<string, ProductStock>;
}

/** Per product: are there materials for this month's production? (One material unit per unit started.) This
 * month's order never counts: it arrives one month later at the earliest, even at a lead time of 0 (orderArrivalMonth). */
export function materialCheck(plan: OpsPlan, view: MaterialContext): MaterialCheck[] {
  return view.scenario.products.map((product) => {
    const stock = view.stock[product.id];
    const onHand = stock?.materials ?? 0;
    let arriving = 0;
    for (const order of stock?.pipeline ?? []) if (order.arrivalMonth <= view.month) arriving += order.units;
    const expedite = plan.expedite[product.id] ?? 0;
    const available = onHand + arriving + expedite;
    const needed = plan.production[product.id]?.[0] ?? 0;
    const shortUnits = Math.max(0, needed - available);
    return {
      product: product.id,
      onHand,
      arriving,
      expedite,
      available,
      needed,
      shortUnits,
      fits: shortUnits === 0,
    };
  });
}
