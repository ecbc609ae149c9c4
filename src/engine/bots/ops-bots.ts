/**
 * Operations bots: pure functions of what Operations can see. Ids are fixed:
 * chase, cautious, planner, planner-silent.
 */
import type { ProductSpec } from '../scenario-types';
import type { Horizon, OpsPlan, Signal } from '../types';
import type { RoleView } from '../views';

/** A bot's decision: its plan and the cards it shares. */
export interface OpsDecision {
  plan: OpsPlan;
  share: string[];
}

export type OpsBot = (view: RoleView) => OpsDecision;

function demandPlan(view: RoleView, p: ProductSpec): Horizon {
  return view.salesPlan?.forecast[p.id] ?? [p.baseDemand, p.baseDemand, p.baseDemand];
}

function leadTime(view: RoleView): number {
  return Math.max(1, view.scenario.supplier.leadTimeMonths);
}

/** Material units on hand or on their way. */
function materialPosition(view: RoleView, p: ProductSpec): number {
  const stock = view.stock[p.id];
  return stock.materials + stock.pipeline.reduce((sum, lot) => sum + lot.units, 0);
}

/** Material units ordered earlier and due by this month. */
function arrivingNow(view: RoleView, p: ProductSpec): number {
  let units = 0;
  for (const lot of view.stock[p.id].pipeline) if (lot.arrivalMonth <= view.month) units += lot.units;
  return units;
}

/** Units of a horizon needed from now until an order placed now arrives (inclusive). */
function needUntilArrival(horizon: Horizon, lead: number): number {
  let need = 0;
  for (let k = 0; k <= lead; k++) need += horizon[Math.min(k, 2)];
  return need;
}

function hours(view: RoleView, production: Record<string, Horizon>, k: number): number {
  return view.scenario.products.reduce((sum, p) => sum + production[p.id][k] * p.hoursPerUnit, 0);
}

function scaleMonth(
  view: RoleView,
  production: Record<string, Horizon>,
  k: number,
  limitHours: number,
): Record<string, number> {
  const need = hours(view, production, k);
  const removed: Record<string, number> = {};
  for (const p of view.scenario.products) {
    const keep =
      need > limitHours ? Math.floor((production[p.id][k] * limitHours) / need) : production[p.id][k];
    removed[p.id] = production[p.id][k] - keep;
    production[p.id][k] = keep;
  }
  return removed;
}

function assemble(
  view: RoleView,
  production: Record<string, Horizon>,
  order: (p: ProductSpec) => number,
  expedite: (p: ProductSpec) => number,
  overtimeHours: number,
): OpsPlan {
  const plan: OpsPlan = { production, materialOrder: {}, expedite: {}, overtimeHours };
  for (const p of view.scenario.products) {
    plan.materialOrder[p.id] = Math.max(0, Math.round(order(p)));
    plan.expedite[p.id] = Math.max(0, Math.round(expedite(p)));
  }
  return plan;
}

function overtimeFor(
  view: RoleView,
  production: Record<string, Horizon>,
  capacity: number,
  max: number,
): number {
  return Math.min(max, Math.max(0, Math.ceil(hours(view, production, 0) - capacity)));
}

/** Produces the forecast, with overtime when needed; orders the material the forecast needs. */
export const chaseOps: OpsBot = (view) => {
  const production: Record<string, Horizon> = {};
  for (const p of view.scenario.products) production[p.id] = [...demandPlan(view, p)] as Horizon;
  const { plant } = view.scenario;
  const overtime = overtimeFor(view, production, plant.capacityHours, plant.overtimeMaxHours);
  const lead = leadTime(view);
  return {
    plan: assemble(
      view,
      production,
      (p) => needUntilArrival(production[p.id], lead) - materialPosition(view, p),
      () => 0,
      overtime,
    ),
    share: [],
  };
};

/** Cost-driven: produces under the forecast within regular hours, buys lean, never pays overtime. */
export const cautiousOps: OpsBot = (view) => {
  const production: Record<string, Horizon> = {};
  for (const p of view.scenario.products) {
    const f = demandPlan(view, p);
    production[p.id] = [Math.round(f[0] * 0.85), Math.round(f[1] * 0.85), Math.round(f[2] * 0.85)];
  }
  for (let k = 0; k < 3; k++) scaleMonth(view, production, k, view.scenario.plant.capacityHours);
  return {
    plan: assemble(
      view,
      production,
      (p) =>
        Math.round(0.85 * demandPlan(view, p)[Math.min(leadTime(view), 2)]) -
        view.stock[p.id].materials * 0.5,
      () => 0,
      0,
    ),
    share: [],
  };
};

/** The capacity share, yield share and delivery trouble the planner expects from its intelligence. */
interface Outlook {
  capacity: number[];
  overtime: number[];
  yieldShare: (productId: string, k: number) => number;
  deliveryTrouble: (productId: string) => boolean;
  /** Share of this month's due materials expected to arrive (a delay: none; a shortage: the rest). */
  deliveryShareNow: (productId: string) => number;
}

function outlook(view: RoleView, signals: Signal[]): Outlook {
  const { plant } = view.scenario;
  const capacity = [plant.capacityHours, plant.capacityHours, plant.capacityHours];
  const overtime = [plant.overtimeMaxHours, plant.overtimeMaxHours, plant.overtimeMaxHours];
  for (const s of signals) {
    const k = s.aboutMonth - view.month;
    if (k < 0 || k > 2) continue;
    if (s.shockType === 'machineBreakdown' || s.shockType === 'labourStrike')
      capacity[k] = Math.floor(capacity[k] * (1 - s.magnitude));
    if (s.shockType === 'labourStrike') overtime[k] = 0;
  }
  const about = (id: string, type: string, k: number) =>
    signals.filter(
      (s) =>
        s.shockType === type && s.aboutMonth === view.month + k && (s.product === id || s.product === 'all'),
    );
  return {
    capacity,
    overtime,
    yieldShare: (id, k) => about(id, 'qualityProblem', k).reduce((f, s) => f * (1 - s.magnitude), 1),
    deliveryShareNow: (id) =>
      about(id, 'supplierDelay', 0).length > 0
        ? 0
        : about(id, 'materialShortage', 0).reduce((f, s) => f * (1 - s.magnitude), 1),
    deliveryTrouble: (id) =>
      [0, 1, 2].some(
        (k) => about(id, 'supplierDelay', k).length + about(id, 'materialShortage', k).length > 0,
      ),
  };
}

/** Shocks already running (public news in last month's report), read as warnings for the months they still last. */
function runningShocks(view: RoleView): Signal[] {
  const last = view.history[view.history.length - 1];
  const out: Signal[] = [];
  for (const shock of last?.shocks ?? []) {
    for (let m = view.month; m <= Math.min(shock.endMonth, view.month + 2); m++)
      out.push({
        id: `running:${shock.id}:${m}`,
        role: 'ops',
        shockType: shock.type,
        product: shock.product,
        visibleFrom: view.month,
        aboutMonth: m,
        magnitude: shock.magnitude,
        shockId: shock.id,
      });
  }
  return out;
}

function plannerPlan(view: RoleView, shares: boolean): OpsPlan {
  const { scenario } = view;
  // A silent planner keeps its intelligence out of the shared plan until the month arrives.
  const own = shares ? view.signals : view.signals.filter((s) => s.aboutMonth === view.month);
  const view2 = outlook(view, [...own, ...runningShocks(view)]);
  const production: Record<string, Horizon> = {};
  for (const p of scenario.products) {
    const f = demandPlan(view, p);
    const safetyShare = Math.min(0.9 * scenario.scoring.allowedCoverMonths, 0.05 + 1.5 * p.noise);
    let position = view.stock[p.id].inventory - view.stock[p.id].backlog;
    const plan = [0, 0, 0] as Horizon;
    for (let k = 0; k < 3; k++) {
      const target = f[k] + Math.round(safetyShare * f[Math.min(k + 1, 2)]);
      const good = Math.max(0, target - position);
      plan[k] = Math.ceil(good / (p.yield * view2.yieldShare(p.id, k)));
      position += good - f[k];
    }
    production[p.id] = plan;
  }
  // Pre-build: what a later month cannot make moves one month earlier.
  for (let k = 2; k >= 1; k--) {
    const removed = scaleMonth(view, production, k, view2.capacity[k] + view2.overtime[k]);
    for (const p of scenario.products) production[p.id][k - 1] += removed[p.id];
  }
  scaleMonth(view, production, 0, view2.capacity[0] + view2.overtime[0]);
  const expedited: Record<string, number> = {};
  for (const p of scenario.products) {
    const stock = view.stock[p.id];
    const arriving = Math.floor(arrivingNow(view, p) * view2.deliveryShareNow(p.id));
    // A cost-conscious planner buys at most a tenth of the month's plan at spot prices…
    const buy = Math.max(
      0,
      Math.round(Math.min(0.1 * production[p.id][0], production[p.id][0] - stock.materials - arriving)),
    );
    expedited[p.id] = buy;
    // …and never plans to start more than the materials it will have (the form's material check).
    production[p.id][0] = Math.min(production[p.id][0], stock.materials + arriving + buy);
  }
  const overtime = overtimeFor(view, production, view2.capacity[0], view2.overtime[0]);
  const lead = leadTime(view);
  const order = (p: ProductSpec) => {
    const need = needUntilArrival(production[p.id], lead);
    const margin = view2.deliveryTrouble(p.id) ? 0.5 : 0.1;
    return need + margin * production[p.id][0] - materialPosition(view, p);
  };
  return assemble(view, production, order, (p) => expedited[p.id], overtime);
}

/** Order-up-to with safety stock, pre-building for capacity, signal-aware; shares every card. */
export const plannerOps: OpsBot = (view) => ({
  plan: plannerPlan(view, true),
  share: view.signals.filter((s) => !view.sharedByMe.includes(s.id)).map((s) => s.id),
});

/** The same planner, keeping its cards to itself. */
export const silentPlannerOps: OpsBot = (view) => ({ plan: plannerPlan(view, false), share: [] });
