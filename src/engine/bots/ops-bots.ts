/**
 * Operations bots: pure functions of what Operations can see. Ids are fixed:
 * chase, cautious, planner, planner-silent.
 * They plan on product-indexed arrays (the scenario's product order) and write the plan's records at the end.
 */
import { orderArrivalMonth } from '../game-end';
import { byProductId, hitsProduct, productsOf } from '../product-table';
import type { ProductSpec } from '../scenario-types';
import type { Horizon, OpsPlan, ProductStock, ShockType } from '../types';
import { type RoleView, unsharedCards } from '../views';

/** A bot's decision: its plan and the cards it shares. */
export interface OpsDecision {
  plan: OpsPlan;
  share: string[];
}

/**
 * A bot reads its view during the call only: it keeps nothing of it (bot games refresh one view per role
 * all game long) and changes nothing in it; its plan and share list are new at every call.
 */
export type OpsBot = (view: RoleView) => OpsDecision;

/**
 * Production per product, in the scenario's product order: this month and the next two. Made as
 * `new Array(n)` and filled by index: `[]` grows to 17 slots at its first push.
 */
type Production = Horizon[];

/**
 * Scratch numbers per product, in product order, reset by every plan that uses them: the material
 * order and the expedite before rounding, and the units a month lost to capacity. Nothing here
 * leaves a plan (its records are written from it), so none of it is allocated per call.
 */
const scratch = { orders: new Float64Array(0), expedites: new Float64Array(0), removed: new Float64Array(0) };

/** The scratch for `n` products, orders and expedites at 0. */
function resetScratch(n: number): typeof scratch {
  if (scratch.orders.length < n) {
    scratch.orders = new Float64Array(n);
    scratch.expedites = new Float64Array(n);
    scratch.removed = new Float64Array(n);
  }
  for (let i = 0; i < n; i++) {
    scratch.orders[i] = 0;
    scratch.expedites[i] = 0;
  }
  return scratch;
}

function demandPlan(view: RoleView, p: ProductSpec): Horizon {
  return view.salesPlan?.forecast[p.id] ?? [p.baseDemand, p.baseDemand, p.baseDemand];
}

/** Months until an order placed now arrives (the engine's rule: one at the least). */
function leadTime(view: RoleView): number {
  return orderArrivalMonth(view.scenario, view.month) - view.month;
}

/** Material units on hand or on their way. */
function materialPosition(stock: ProductStock): number {
  let onTheirWay = 0;
  for (const lot of stock.pipeline) onTheirWay += lot.units;
  return stock.materials + onTheirWay;
}

/** Material units ordered earlier and due by this month. */
function arrivingNow(stock: ProductStock, month: number): number {
  let units = 0;
  for (const lot of stock.pipeline) if (lot.arrivalMonth <= month) units += lot.units;
  return units;
}

/** Units of a horizon needed from now until an order placed now arrives (inclusive). */
function needUntilArrival(horizon: Horizon, lead: number): number {
  let need = 0;
  for (let k = 0; k <= lead; k++) need += horizon[Math.min(k, 2)];
  return need;
}

/** Plant hours month `k` of the production plan takes. */
function hours(products: readonly ProductSpec[], production: Production, k: number): number {
  let sum = 0;
  for (let i = 0; i < products.length; i++) sum += production[i][k] * products[i].hoursPerUnit;
  return sum;
}

/** Scales month `k` down to `limitHours` in proportion; the units each product lost go to `scratch.removed`. */
function scaleMonth(
  products: readonly ProductSpec[],
  production: Production,
  k: number,
  limitHours: number,
): void {
  const need = hours(products, production, k);
  for (let i = 0; i < products.length; i++) {
    const units = production[i][k];
    const keep = need > limitHours ? Math.floor((units * limitHours) / need) : units;
    scratch.removed[i] = units - keep;
    production[i][k] = keep;
  }
}

/** The plan: the production, and the scratch orders and expedites rounded to whole units (none below 0). */
function assemble(products: readonly ProductSpec[], production: Production, overtimeHours: number): OpsPlan {
  const materialOrder: Record<string, number> = {};
  const expedite: Record<string, number> = {};
  for (let i = 0; i < products.length; i++) {
    materialOrder[products[i].id] = Math.max(0, Math.round(scratch.orders[i]));
    expedite[products[i].id] = Math.max(0, Math.round(scratch.expedites[i]));
  }
  return { production: byProductId(products, production), materialOrder, expedite, overtimeHours };
}

function overtimeFor(
  products: readonly ProductSpec[],
  production: Production,
  capacity: number,
  max: number,
) {
  return Math.min(max, Math.max(0, Math.ceil(hours(products, production, 0) - capacity)));
}

/** Produces the forecast, with overtime when needed; orders the material the forecast needs. */
export const chaseOps: OpsBot = (view) => {
  const { plant } = view.scenario;
  const products = productsOf(view.scenario);
  const { orders } = resetScratch(products.length);
  const production: Production = new Array(products.length);
  for (let i = 0; i < products.length; i++) {
    const f = demandPlan(view, products[i]);
    production[i] = [f[0], f[1], f[2]];
  }
  const overtime = overtimeFor(products, production, plant.capacityHours, plant.overtimeMaxHours);
  const lead = leadTime(view);
  for (let i = 0; i < products.length; i++)
    orders[i] = needUntilArrival(production[i], lead) - materialPosition(view.stock[products[i].id]);
  return { plan: assemble(products, production, overtime), share: [] };
};

/** Cost-driven: produces under the forecast within regular hours, buys lean, never pays overtime. */
export const cautiousOps: OpsBot = (view) => {
  const products = productsOf(view.scenario);
  const { orders } = resetScratch(products.length);
  const production: Production = new Array(products.length);
  for (let i = 0; i < products.length; i++) {
    const f = demandPlan(view, products[i]);
    production[i] = [Math.round(f[0] * 0.85), Math.round(f[1] * 0.85), Math.round(f[2] * 0.85)];
  }
  for (let k = 0; k < 3; k++) scaleMonth(products, production, k, view.scenario.plant.capacityHours);
  const k = Math.min(leadTime(view), 2);
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    orders[i] = Math.round(0.85 * demandPlan(view, p)[k]) - view.stock[p.id].materials * 0.5;
  }
  return { plan: assemble(products, production, 0), share: [] };
};

/**
 * What the planner expects from its intelligence, per month k of the horizon (0–2) and per product:
 * capacity and overtime left, the yield share, this month's delivery share, and trouble ahead.
 * One scratch outlook, reset at every plan: a bot is a pure function of its view and none of this
 * leaves the plan it builds, so the arrays need not be allocated per call (they were a seventh of a
 * bot game's garbage).
 */
interface Outlook {
  capacity: Float64Array;
  overtime: Float64Array;
  /** [3 × product + k]: the product of (1 − magnitude) over quality warnings. */
  yieldShare: Float64Array;
  /** [product]: share of this month's due materials expected to arrive (a delay: none; a shortage: the rest). */
  deliveryShareNow: Float64Array;
  /** [product]: 1 when a delay or a shortage is expected within the horizon. */
  deliveryTrouble: Uint8Array;
  /** [product]: 1 when a delay is announced for this month. */
  delayedNow: Uint8Array;
}

// Shares in Float64Arrays: a plain array of 1s would change its element kind at the first warning
// that makes one a fraction, and V8 would throw away the bot's optimised code at that moment.
const outlook: Outlook = {
  capacity: new Float64Array(3),
  overtime: new Float64Array(3),
  yieldShare: new Float64Array(0),
  deliveryShareNow: new Float64Array(0),
  deliveryTrouble: new Uint8Array(0),
  delayedNow: new Uint8Array(0),
};

/** The scratch outlook with nothing read yet, sized for `n` products. */
function resetOutlook(n: number, plant: { capacityHours: number; overtimeMaxHours: number }): Outlook {
  if (outlook.deliveryShareNow.length < n) {
    outlook.yieldShare = new Float64Array(3 * n);
    outlook.deliveryShareNow = new Float64Array(n);
    outlook.deliveryTrouble = new Uint8Array(n);
    outlook.delayedNow = new Uint8Array(n);
  }
  // Loops, not fill(): for a handful of entries the builtin's call costs more than the stores.
  for (let k = 0; k < 3; k++) {
    outlook.capacity[k] = plant.capacityHours;
    outlook.overtime[k] = plant.overtimeMaxHours;
  }
  for (let j = 0; j < 3 * n; j++) outlook.yieldShare[j] = 1;
  for (let i = 0; i < n; i++) {
    outlook.deliveryShareNow[i] = 1;
    outlook.deliveryTrouble[i] = 0;
    outlook.delayedNow[i] = 0;
  }
  return outlook;
}

/** Reads one warning into the outlook: a shock of `type` on `product` (or 'all') in the month `aboutMonth`. */
function readWarning(
  month: number,
  products: readonly ProductSpec[],
  type: ShockType,
  product: string,
  aboutMonth: number,
  magnitude: number,
): void {
  const k = aboutMonth - month;
  if (k < 0 || k > 2) return;
  if (type === 'machineBreakdown' || type === 'labourStrike')
    outlook.capacity[k] = Math.floor(outlook.capacity[k] * (1 - magnitude));
  if (type === 'labourStrike') outlook.overtime[k] = 0;
  for (let i = 0; i < products.length; i++) {
    if (!hitsProduct(product, products[i].id)) continue;
    if (type === 'qualityProblem') outlook.yieldShare[3 * i + k] *= 1 - magnitude;
    if (type === 'supplierDelay' || type === 'materialShortage') outlook.deliveryTrouble[i] = 1;
    if (k === 0 && type === 'supplierDelay') outlook.delayedNow[i] = 1;
    if (k === 0 && type === 'materialShortage') outlook.deliveryShareNow[i] *= 1 - magnitude;
  }
}

/**
 * The planner's outlook from its own cards (a silent planner: only those about this month), then
 * the shocks already running (public news in last month's report), read as warnings for the months
 * they still last; a delay this month means nothing arrives.
 */
function plannerOutlook(view: RoleView, products: readonly ProductSpec[], shares: boolean): Outlook {
  const { month } = view;
  resetOutlook(products.length, view.scenario.plant);
  for (const s of view.signals)
    if (shares || s.aboutMonth === month)
      readWarning(month, products, s.shockType, s.product, s.aboutMonth, s.magnitude);
  const last = view.history[view.history.length - 1];
  if (last)
    for (const shock of last.shocks)
      for (let m = month; m <= Math.min(shock.endMonth, month + 2); m++)
        readWarning(month, products, shock.type, shock.product, m, shock.magnitude);
  for (let i = 0; i < products.length; i++) if (outlook.delayedNow[i]) outlook.deliveryShareNow[i] = 0;
  return outlook;
}

function plannerPlan(view: RoleView, shares: boolean): OpsPlan {
  const { scenario, month } = view;
  const products = productsOf(scenario);
  const { orders, expedites, removed } = resetScratch(products.length);
  // A silent planner keeps its intelligence out of the shared plan until the month arrives.
  const outlook = plannerOutlook(view, products, shares);
  const production: Production = new Array(products.length);
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    const stock = view.stock[p.id];
    const f = demandPlan(view, p);
    const safetyShare = Math.min(0.9 * scenario.scoring.allowedCoverMonths, 0.05 + 1.5 * p.noise);
    let position = stock.inventory - stock.backlog;
    const plan = [0, 0, 0] as Horizon;
    for (let k = 0; k < 3; k++) {
      const target = f[k] + Math.round(safetyShare * f[Math.min(k + 1, 2)]);
      const good = Math.max(0, target - position);
      plan[k] = Math.ceil(good / (p.yield * outlook.yieldShare[3 * i + k]));
      position += good - f[k];
    }
    production[i] = plan;
  }
  // Pre-build: what a later month cannot make moves one month earlier.
  for (let k = 2; k >= 1; k--) {
    scaleMonth(products, production, k, outlook.capacity[k] + outlook.overtime[k]);
    for (let i = 0; i < products.length; i++) production[i][k - 1] += removed[i];
  }
  scaleMonth(products, production, 0, outlook.capacity[0] + outlook.overtime[0]);
  for (let i = 0; i < products.length; i++) {
    const s = view.stock[products[i].id];
    const arriving = Math.floor(arrivingNow(s, month) * outlook.deliveryShareNow[i]);
    const month0 = production[i][0];
    // A cost-conscious planner buys at most a tenth of the month's plan at spot prices…
    const buy = Math.max(0, Math.round(Math.min(0.1 * month0, month0 - s.materials - arriving)));
    // …and never plans to start more than the materials it will have (the form's material check).
    production[i][0] = Math.min(month0, s.materials + arriving + buy);
    expedites[i] = buy;
  }
  const overtime = overtimeFor(products, production, outlook.capacity[0], outlook.overtime[0]);
  const lead = leadTime(view);
  for (let i = 0; i < products.length; i++) {
    const need = needUntilArrival(production[i], lead);
    const margin = outlook.deliveryTrouble[i] ? 0.5 : 0.1;
    orders[i] = need + margin * production[i][0] - materialPosition(view.stock[products[i].id]);
  }
  return assemble(products, production, overtime);
}

/** Order-up-to with safety stock, pre-building for capacity, signal-aware; shares every card. */
export const plannerOps: OpsBot = (view) => ({ plan: plannerPlan(view, true), share: unsharedCards(view) });

/** The same planner, keeping its cards to itself. */
export const silentPlannerOps: OpsBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
