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

export type OpsBot = (view: RoleView) => OpsDecision;

/** Production per product, in the scenario's product order: this month and the next two. */
type Production = Horizon[];

/** Per product, a number from the product and its index. */
type PerProduct = (p: ProductSpec, i: number) => number;

function demandPlan(view: RoleView, p: ProductSpec): Horizon {
  return view.salesPlan?.forecast[p.id] ?? [p.baseDemand, p.baseDemand, p.baseDemand];
}

/** Months until an order placed now arrives (the engine's rule: one at the least). */
function leadTime(view: RoleView): number {
  return orderArrivalMonth(view.scenario, view.month) - view.month;
}

/** Every product's stock, in product order. */
function stocks(view: RoleView, products: readonly ProductSpec[]): ProductStock[] {
  return products.map((p) => view.stock[p.id]);
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

/** Scales month `k` down to `limitHours` in proportion; returns the units each product lost. */
function scaleMonth(
  products: readonly ProductSpec[],
  production: Production,
  k: number,
  limitHours: number,
): number[] {
  const need = hours(products, production, k);
  const removed: number[] = new Array(products.length);
  for (let i = 0; i < products.length; i++) {
    const units = production[i][k];
    const keep = need > limitHours ? Math.floor((units * limitHours) / need) : units;
    removed[i] = units - keep;
    production[i][k] = keep;
  }
  return removed;
}

function assemble(
  products: readonly ProductSpec[],
  production: Production,
  order: PerProduct,
  expedite: PerProduct,
  overtimeHours: number,
): OpsPlan {
  const orders: number[] = [];
  const expedites: number[] = [];
  for (let i = 0; i < products.length; i++) {
    orders.push(Math.max(0, Math.round(order(products[i], i))));
    expedites.push(Math.max(0, Math.round(expedite(products[i], i))));
  }
  return {
    production: byProductId(products, production),
    materialOrder: byProductId(products, orders),
    expedite: byProductId(products, expedites),
    overtimeHours,
  };
}

function overtimeFor(
  products: readonly ProductSpec[],
  production: Production,
  capacity: number,
  max: number,
) {
  return Math.min(max, Math.max(0, Math.ceil(hours(products, production, 0) - capacity)));
}

const noExpedite: PerProduct = () => 0;

/** Produces the forecast, with overtime when needed; orders the material the forecast needs. */
export const chaseOps: OpsBot = (view) => {
  const { plant } = view.scenario;
  const products = productsOf(view.scenario);
  const production: Production = products.map((p) => [...demandPlan(view, p)] as Horizon);
  const overtime = overtimeFor(products, production, plant.capacityHours, plant.overtimeMaxHours);
  const lead = leadTime(view);
  const stock = stocks(view, products);
  const order: PerProduct = (_, i) => needUntilArrival(production[i], lead) - materialPosition(stock[i]);
  return { plan: assemble(products, production, order, noExpedite, overtime), share: [] };
};

/** Cost-driven: produces under the forecast within regular hours, buys lean, never pays overtime. */
export const cautiousOps: OpsBot = (view) => {
  const products = productsOf(view.scenario);
  const production: Production = products.map((p) => {
    const f = demandPlan(view, p);
    return [Math.round(f[0] * 0.85), Math.round(f[1] * 0.85), Math.round(f[2] * 0.85)];
  });
  for (let k = 0; k < 3; k++) scaleMonth(products, production, k, view.scenario.plant.capacityHours);
  const stock = stocks(view, products);
  const order: PerProduct = (p, i) =>
    Math.round(0.85 * demandPlan(view, p)[Math.min(leadTime(view), 2)]) - stock[i].materials * 0.5;
  return { plan: assemble(products, production, order, noExpedite, 0), share: [] };
};

/**
 * What the planner expects from its intelligence, per month k of the horizon (0–2) and per product:
 * capacity and overtime left, the yield share, this month's delivery share, and trouble ahead.
 */
interface Outlook {
  capacity: number[];
  overtime: number[];
  /** [product][k]: the product of (1 − magnitude) over quality warnings. */
  yieldShare: Float64Array[];
  /** [product]: share of this month's due materials expected to arrive (a delay: none; a shortage: the rest). */
  deliveryShareNow: Float64Array;
  /** [product]: a delay or a shortage is expected within the horizon. */
  deliveryTrouble: boolean[];
}

/** Builds an outlook from warnings read one at a time, in order. */
class OutlookReader {
  readonly outlook: Outlook;
  private readonly delayedNow: boolean[];

  constructor(
    private readonly month: number,
    private readonly products: readonly ProductSpec[],
    plant: { capacityHours: number; overtimeMaxHours: number },
  ) {
    const n = products.length;
    this.outlook = {
      capacity: [plant.capacityHours, plant.capacityHours, plant.capacityHours],
      overtime: [plant.overtimeMaxHours, plant.overtimeMaxHours, plant.overtimeMaxHours],
      // Shares in Float64Arrays: a plain array of 1s would change its element kind at the first warning
      // that makes one a fraction, and V8 would throw away the bot's optimised code at that moment.
      yieldShare: products.map(() => new Float64Array(3).fill(1)),
      deliveryShareNow: new Float64Array(n).fill(1),
      deliveryTrouble: new Array(n).fill(false),
    };
    this.delayedNow = new Array(n).fill(false);
  }

  /** One warning: a shock of `type` on `product` (or 'all') in the month `aboutMonth`. */
  read(type: ShockType, product: string, aboutMonth: number, magnitude: number): void {
    const { outlook, products } = this;
    const k = aboutMonth - this.month;
    if (k < 0 || k > 2) return;
    if (type === 'machineBreakdown' || type === 'labourStrike')
      outlook.capacity[k] = Math.floor(outlook.capacity[k] * (1 - magnitude));
    if (type === 'labourStrike') outlook.overtime[k] = 0;
    for (let i = 0; i < products.length; i++) {
      if (!hitsProduct(product, products[i].id)) continue;
      if (type === 'qualityProblem') outlook.yieldShare[i][k] *= 1 - magnitude;
      if (type === 'supplierDelay' || type === 'materialShortage') outlook.deliveryTrouble[i] = true;
      if (k === 0 && type === 'supplierDelay') this.delayedNow[i] = true;
      if (k === 0 && type === 'materialShortage') outlook.deliveryShareNow[i] *= 1 - magnitude;
    }
  }

  /** The outlook once every warning is read: a delay this month means nothing arrives. */
  done(): Outlook {
    for (let i = 0; i < this.products.length; i++)
      if (this.delayedNow[i]) this.outlook.deliveryShareNow[i] = 0;
    return this.outlook;
  }
}

/**
 * The planner's outlook from its own cards (a silent planner: only those about this month), then
 * the shocks already running (public news in last month's report), read as warnings for the months
 * they still last.
 */
function plannerOutlook(view: RoleView, products: readonly ProductSpec[], shares: boolean): Outlook {
  const reader = new OutlookReader(view.month, products, view.scenario.plant);
  for (const s of view.signals)
    if (shares || s.aboutMonth === view.month) reader.read(s.shockType, s.product, s.aboutMonth, s.magnitude);
  const last = view.history[view.history.length - 1];
  for (const shock of last?.shocks ?? [])
    for (let m = view.month; m <= Math.min(shock.endMonth, view.month + 2); m++)
      reader.read(shock.type, shock.product, m, shock.magnitude);
  return reader.done();
}

function plannerPlan(view: RoleView, shares: boolean): OpsPlan {
  const { scenario } = view;
  const products = productsOf(scenario);
  // A silent planner keeps its intelligence out of the shared plan until the month arrives.
  const outlook = plannerOutlook(view, products, shares);
  const stock = stocks(view, products);
  const production: Production = products.map((p, i) => {
    const f = demandPlan(view, p);
    const safetyShare = Math.min(0.9 * scenario.scoring.allowedCoverMonths, 0.05 + 1.5 * p.noise);
    let position = stock[i].inventory - stock[i].backlog;
    const plan = [0, 0, 0] as Horizon;
    for (let k = 0; k < 3; k++) {
      const target = f[k] + Math.round(safetyShare * f[Math.min(k + 1, 2)]);
      const good = Math.max(0, target - position);
      plan[k] = Math.ceil(good / (p.yield * outlook.yieldShare[i][k]));
      position += good - f[k];
    }
    return plan;
  });
  // Pre-build: what a later month cannot make moves one month earlier.
  for (let k = 2; k >= 1; k--) {
    const removed = scaleMonth(products, production, k, outlook.capacity[k] + outlook.overtime[k]);
    for (let i = 0; i < products.length; i++) production[i][k - 1] += removed[i];
  }
  scaleMonth(products, production, 0, outlook.capacity[0] + outlook.overtime[0]);
  const expedited = stock.map((s, i) => {
    const arriving = Math.floor(arrivingNow(s, view.month) * outlook.deliveryShareNow[i]);
    const month0 = production[i][0];
    // A cost-conscious planner buys at most a tenth of the month's plan at spot prices…
    const buy = Math.max(0, Math.round(Math.min(0.1 * month0, month0 - s.materials - arriving)));
    // …and never plans to start more than the materials it will have (the form's material check).
    production[i][0] = Math.min(month0, s.materials + arriving + buy);
    return buy;
  });
  const overtime = overtimeFor(products, production, outlook.capacity[0], outlook.overtime[0]);
  const lead = leadTime(view);
  const order: PerProduct = (_, i) => {
    const need = needUntilArrival(production[i], lead);
    const margin = outlook.deliveryTrouble[i] ? 0.5 : 0.1;
    return need + margin * production[i][0] - materialPosition(stock[i]);
  };
  return assemble(products, production, order, (_, i) => expedited[i], overtime);
}

/** Order-up-to with safety stock, pre-building for capacity, signal-aware; shares every card. */
export const plannerOps: OpsBot = (view) => ({ plan: plannerPlan(view, true), share: unsharedCards(view) });

/** The same planner, keeping its cards to itself. */
export const silentPlannerOps: OpsBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
