/**
 * Execution: the engine plays one month out on the signed consensus plans. Real demand, real
 * supply, the month's shocks; returns the month's report and the stock carried into next month.
 */

import { opsBonus, salesBonus } from './bonuses';
import { promotedPrice, regularDemand } from './demand';
import { supplyEffects } from './effects';
import { orderArrivalMonth } from './game-end';
import { inProductOrder, productsOf } from './product-table';
import type { ProductSpec, PromotionLevel } from './scenario-types';
import { scoreMonth } from './scoring';
import { unsharedSignalIds } from './signals';
import type {
  DealOffer,
  GameEvent,
  GameState,
  MonthFinance,
  MonthReport,
  OpsPlan,
  ProductMonth,
  ProductStock,
  SalesPlan,
} from './types';

interface Arrival {
  arrived: number;
  delayed: number;
  cut: number;
  pipeline: ProductStock['pipeline'];
}

function receiveMaterials(stock: ProductStock, month: number, delayed: boolean, share: number): Arrival {
  let due = 0;
  const pipeline: ProductStock['pipeline'] = [];
  for (const lot of stock.pipeline) {
    if (lot.arrivalMonth <= month) due += lot.units;
    else pipeline.push(lot);
  }
  if (due > 0 && delayed) {
    pipeline.push({ arrivalMonth: month + 1, units: due });
    return { arrived: 0, delayed: due, cut: 0, pipeline };
  }
  const arrived = Math.floor(due * share);
  return { arrived, delayed: 0, cut: due - arrived, pipeline };
}

/** Units each product can start within the month's hours: shared in proportion to the plan. */
function capacityUnits(products: readonly ProductSpec[], planned: number[], hours: number): number[] {
  let need = 0;
  for (let i = 0; i < products.length; i++) need += planned[i] * products[i].hoursPerUnit;
  if (need <= hours) return planned;
  return planned.map((units) => Math.floor((units * hours) / need));
}

interface Shipment {
  shipped: number;
  revenueCents: number;
  backlogOut: number;
  lostSales: number;
  /** Units shipped to each accepted deal, in the order given. */
  dealShipped: number[];
  /** The promotion's discount on the units it sold: revenue given up. */
  promotionCents: number;
}

/** Ships from the goods available: the backlog first, then key-account deals, then this month's orders. */
function ship(
  product: ProductSpec,
  available: number,
  backlogIn: number,
  regular: number,
  deals: readonly DealOffer[],
  promoPriceCents: number,
  shippingShare: number,
): Shipment {
  let capacity = Math.floor(available * shippingShare);
  const fromBacklog = Math.min(capacity, backlogIn);
  capacity -= fromBacklog;
  let revenueCents = fromBacklog * product.priceCents;
  let dealUnits = 0;
  let toDeals = 0;
  const dealShipped: number[] = [];
  for (const deal of deals) {
    const units = Math.min(capacity, deal.units);
    capacity -= units;
    dealUnits += deal.units;
    toDeals += units;
    revenueCents += units * Math.round(product.priceCents * (1 - deal.discount));
    dealShipped.push(units);
  }
  const toRegular = Math.min(capacity, regular);
  revenueCents += toRegular * promoPriceCents;
  const promotionCents = toRegular * (product.priceCents - promoPriceCents);
  const shipped = fromBacklog + toDeals + toRegular;
  const unmet = backlogIn + regular + dealUnits - shipped;
  const lostSales = Math.round(unmet * product.lostSaleShare);
  return { shipped, revenueCents, backlogOut: unmet - lostSales, lostSales, dealShipped, promotionCents };
}

/** No deals (shared, never changed; a frozen array would be slower to walk). */
const NO_DEALS: readonly DealOffer[] = [];

/** The deals of the month on one product that Sales accepted, in the order offered. */
function acceptedDealsOn(offers: DealOffer[], productId: string, accepted: string[]): readonly DealOffer[] {
  if (offers.length === 0) return NO_DEALS;
  const deals: DealOffer[] = [];
  for (const d of offers) if (d.product === productId && accepted.includes(d.id)) deals.push(d);
  return deals;
}

/** What executing a month gives: its report, the stock carried into next month and the promotions run. */
export interface MonthOutcome {
  report: MonthReport;
  stock: Record<string, ProductStock>;
  /** The promotion each product ran this month (next month's dip). */
  lastPromotion: Record<string, PromotionLevel>;
}

/** Plays the current month of a state whose plans are signed; pure. */
export function executeMonth(state: GameState): MonthOutcome {
  const { scenario, month } = state;
  const sales = state.plans.sales as SalesPlan;
  const ops = state.plans.ops as OpsPlan;
  const world = state.world.months[month - 1];
  const products = productsOf(scenario);
  const fx = supplyEffects(state.world, month, products);
  const events: GameEvent[] = [];
  for (const shock of world.shocks) {
    if (shock.startMonth === month && shock.type !== 'keyAccountDeal')
      events.push({
        type: 'shockStarted',
        shockId: shock.id,
        shockType: shock.type,
        product: shock.product,
        magnitude: shock.magnitude,
      });
  }
  for (const shared of state.sharedSignals) {
    if (shared.month === month)
      events.push({ type: 'signalShared', signalId: shared.signalId, role: shared.role });
  }
  const stocks = inProductOrder(products, state.stock);
  const expedites = inProductOrder(products, ops.expedite);
  const n = products.length;
  const arrivals: Arrival[] = new Array(n);
  const materialsOnHand: number[] = new Array(n);
  const planned: number[] = new Array(n);
  const makeable: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    arrivals[i] = receiveMaterials(stocks[i], month, fx.deliveryDelayed[i], fx.deliveryShare[i]);
    materialsOnHand[i] = stocks[i].materials + arrivals[i].arrived + expedites[i];
    planned[i] = ops.production[products[i].id][0];
    // Hours go to what materials allow, so a product short of materials leaves its hours to the others.
    makeable[i] = Math.min(planned[i], materialsOnHand[i]);
  }
  const regularHours = Math.floor(scenario.plant.capacityHours * fx.capacityFactor);
  const overtimeHours = fx.overtimeAllowed ? Math.min(ops.overtimeHours, scenario.plant.overtimeMaxHours) : 0;
  const byCapacity = capacityUnits(products, makeable, regularHours + overtimeHours);

  const finance: MonthFinance = {
    revenueCents: 0,
    materialCents: 0,
    conversionCents: 0,
    overtimeCents: overtimeHours * scenario.plant.overtimeCostCentsPerHour,
    expediteCents: 0,
    holdingCents: 0,
    backorderCents: 0,
    lostMarginCents: 0,
    promotionCents: 0,
    profitCents: 0,
  };
  const next: Record<string, ProductStock> = {};
  const reports: Record<string, ProductMonth> = {};
  let hoursUsed = 0;
  let spikeCents = 0;
  for (let i = 0; i < n; i++) {
    const product = products[i];
    const id = product.id;
    const stock = stocks[i];
    const arrival = arrivals[i];
    if (arrival.arrived > 0) events.push({ type: 'materialsArrived', product: id, units: arrival.arrived });
    if (arrival.delayed > 0) events.push({ type: 'deliveryDelayed', product: id, units: arrival.delayed });
    if (arrival.cut > 0) events.push({ type: 'deliveryCut', product: id, units: arrival.cut });
    const started = byCapacity[i];
    const limitedBy = started >= planned[i] ? 'none' : started < makeable[i] ? 'capacity' : 'materials';
    if (limitedBy !== 'none')
      events.push({ type: 'productionLimited', product: id, by: limitedBy, units: planned[i] - started });
    const produced = Math.floor(started * product.yield * fx.yieldFactor[i]);
    hoursUsed += started * product.hoursPerUnit;

    const promotion = sales.promotion[id];
    const regular = regularDemand(
      scenario,
      product,
      month,
      promotion,
      state.lastPromotion[id],
      world.shocks,
      world.noise[id],
    );
    const deals = acceptedDealsOn(world.dealOffers, id, sales.acceptDeals);
    let dealUnits = 0;
    for (const deal of deals) dealUnits += deal.units;
    const available = stock.inventory + produced;
    const shipment = ship(
      product,
      available,
      stock.backlog,
      regular,
      deals,
      promotedPrice(product.priceCents, promotion),
      fx.shippingShare[i],
    );
    if (shipment.shipped > 0) events.push({ type: 'ordersShipped', product: id, units: shipment.shipped });
    if (shipment.lostSales > 0) events.push({ type: 'salesLost', product: id, units: shipment.lostSales });
    for (let d = 0; d < deals.length; d++) {
      const deal = deals[d];
      events.push({
        type: 'dealDelivered',
        dealId: deal.id,
        product: id,
        units: shipment.dealShipped[d],
        ordered: deal.units,
        customer: deal.customer,
        discount: deal.discount,
      });
    }

    const unitMaterial = Math.round(product.materialCostCents * fx.materialCostFactor[i]);
    const ordered = ops.materialOrder[id];
    const expedited = expedites[i];
    finance.materialCents += (ordered + expedited) * unitMaterial;
    spikeCents += (ordered + expedited) * (unitMaterial - product.materialCostCents);
    finance.expediteCents += expedited * Math.round(unitMaterial * scenario.supplier.expeditePremium);
    finance.conversionCents += started * product.conversionCostCents;
    const inventoryOut = available - shipment.shipped;
    finance.holdingCents += inventoryOut * product.holdingCostCents;
    finance.backorderCents += shipment.backlogOut * product.backorderPenaltyCents;
    finance.lostMarginCents +=
      shipment.lostSales * (product.priceCents - product.materialCostCents - product.conversionCostCents);
    finance.revenueCents += shipment.revenueCents;
    finance.promotionCents += shipment.promotionCents;

    const pipeline = arrival.pipeline; // a new list, made for this month
    if (ordered > 0) pipeline.push({ arrivalMonth: orderArrivalMonth(scenario, month), units: ordered });
    const materialsOut = materialsOnHand[i] - started;
    next[id] = { inventory: inventoryOut, backlog: shipment.backlogOut, materials: materialsOut, pipeline };
    const demand = regular + dealUnits;
    const forecast = sales.forecast[id];
    const production = ops.production[id];
    reports[id] = {
      demand,
      dealUnits,
      forecast: forecast[0],
      plannedProduction: planned[i],
      started,
      produced,
      shipped: shipment.shipped,
      backlogIn: stock.backlog,
      backlogOut: shipment.backlogOut,
      lostSales: shipment.lostSales,
      inventoryIn: stock.inventory,
      inventoryOut,
      materialsIn: stock.materials,
      materialsArrived: arrival.arrived + expedited,
      materialsUsed: started,
      materialsOut,
      fillRate: demand + stock.backlog > 0 ? shipment.shipped / (demand + stock.backlog) : 1,
      promotion,
      limitedBy,
      plan: { forecast, production },
      revenueCents: shipment.revenueCents,
    };
  }
  finance.profitCents =
    finance.revenueCents -
    finance.materialCents -
    finance.conversionCents -
    finance.overtimeCents -
    finance.expediteCents -
    finance.holdingCents -
    finance.backorderCents;
  for (const shock of world.shocks) {
    if (shock.endMonth === month && shock.type !== 'keyAccountDeal')
      events.push({ type: 'shockEnded', shockId: shock.id, shockType: shock.type, product: shock.product });
  }
  const capacityHours = regularHours + overtimeHours;
  const scores = scoreMonth(state, reports);
  const report: MonthReport = {
    month,
    products: reports,
    scores,
    finance,
    capacityHours,
    hoursUsed,
    overtimeHours,
    utilisation: capacityHours > 0 ? Math.min(1, hoursUsed / capacityHours) : 0,
    shocks: world.shocks,
    events,
    bonuses: {
      salesCents: salesBonus(scenario, finance),
      opsCents: opsBonus(scenario, reports, finance, spikeCents),
    },
    sharedSignals: sharedThisMonth(state),
    unsharedSignals: unsharedSignalIds(state),
    // The plan is never changed once submitted: the report names the same list (copying it made the optimised
    // code depend on the list's element kind, which changes when the first deal is taken).
    acceptedDeals: sales.acceptDeals,
    salesPlan: sales,
    opsPlan: ops,
  };
  // The promotions run are the plan's: a checked plan names every product and no other, and no plan is
  // changed once submitted, so next month's dip reads the plan's record itself.
  return { report, stock: next, lastPromotion: sales.promotion };
}

/** Ids of the cards shared this month, in the order shared. */
function sharedThisMonth(state: GameState): string[] {
  const ids: string[] = [];
  for (const s of state.sharedSignals) if (s.month === state.month) ids.push(s.signalId);
  return ids;
}
