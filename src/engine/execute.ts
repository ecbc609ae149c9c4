/**
 * Execution: the engine plays one month out on the signed consensus plans. Real demand, real
 * supply, the month's shocks; returns the month's report and the stock carried into next month.
 */

import { opsBonus, salesBonus } from './bonuses';
import { promotedPrice, regularDemand } from './demand';
import { type SupplyEffects, supplyEffects } from './effects';
import type { ProductSpec } from './scenario-types';
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

function receiveMaterials(stock: ProductStock, month: number, fx: SupplyEffects, productId: string): Arrival {
  let due = 0;
  const pipeline: ProductStock['pipeline'] = [];
  for (const lot of stock.pipeline) {
    if (lot.arrivalMonth <= month) due += lot.units;
    else pipeline.push(lot);
  }
  if (due > 0 && fx.deliveryDelayed(productId)) {
    pipeline.push({ arrivalMonth: month + 1, units: due });
    return { arrived: 0, delayed: due, cut: 0, pipeline };
  }
  const arrived = Math.floor(due * fx.deliveryShare(productId));
  return { arrived, delayed: 0, cut: due - arrived, pipeline };
}

/** Units each product can start within the month's hours: shared in proportion to the plan. */
function capacityUnits(products: ProductSpec[], planned: number[], hours: number): number[] {
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
  deals: DealOffer[],
  promoPriceCents: number,
  shippingShare: number,
): Shipment {
  let capacity = Math.floor(available * shippingShare);
  const fromBacklog = Math.min(capacity, backlogIn);
  capacity -= fromBacklog;
  let revenueCents = fromBacklog * product.priceCents;
  let dealUnits = 0;
  const dealShipped = deals.map((deal) => {
    const units = Math.min(capacity, deal.units);
    capacity -= units;
    dealUnits += deal.units;
    revenueCents += units * Math.round(product.priceCents * (1 - deal.discount));
    return units;
  });
  const toRegular = Math.min(capacity, regular);
  revenueCents += toRegular * promoPriceCents;
  const promotionCents = toRegular * (product.priceCents - promoPriceCents);
  const shipped = fromBacklog + dealShipped.reduce((sum, units) => sum + units, 0) + toRegular;
  const unmet = backlogIn + regular + dealUnits - shipped;
  const lostSales = Math.round(unmet * product.lostSaleShare);
  return { shipped, revenueCents, backlogOut: unmet - lostSales, lostSales, dealShipped, promotionCents };
}

/** Plays the current month of a state whose plans are signed; pure. */
export function executeMonth(state: GameState): { report: MonthReport; stock: Record<string, ProductStock> } {
  const { scenario, month } = state;
  const sales = state.plans.sales as SalesPlan;
  const ops = state.plans.ops as OpsPlan;
  const world = state.world.months[month - 1];
  const fx = supplyEffects(world.shocks);
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
  const products = scenario.products;
  const arrivals = products.map((p) => receiveMaterials(state.stock[p.id], month, fx, p.id));
  const materialsOnHand = products.map(
    (p, i) => state.stock[p.id].materials + arrivals[i].arrived + ops.expedite[p.id],
  );
  const regularHours = Math.floor(scenario.plant.capacityHours * fx.capacityFactor);
  const overtimeHours = fx.overtimeAllowed ? Math.min(ops.overtimeHours, scenario.plant.overtimeMaxHours) : 0;
  const planned = products.map((p) => ops.production[p.id][0]);
  // Hours go to what materials allow, so a product short of materials leaves its hours to the others.
  const makeable = planned.map((units, i) => Math.min(units, materialsOnHand[i]));
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
  products.forEach((product, i) => {
    const id = product.id;
    const stock = state.stock[id];
    const arrival = arrivals[i];
    if (arrival.arrived > 0) events.push({ type: 'materialsArrived', product: id, units: arrival.arrived });
    if (arrival.delayed > 0) events.push({ type: 'deliveryDelayed', product: id, units: arrival.delayed });
    if (arrival.cut > 0) events.push({ type: 'deliveryCut', product: id, units: arrival.cut });
    const started = byCapacity[i];
    const limitedBy = started >= planned[i] ? 'none' : started < makeable[i] ? 'capacity' : 'materials';
    if (limitedBy !== 'none')
      events.push({ type: 'productionLimited', product: id, by: limitedBy, units: planned[i] - started });
    const produced = Math.floor(started * product.yield * fx.yieldFactor(id));
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
    const deals = world.dealOffers.filter((d) => d.product === id && sales.acceptDeals.includes(d.id));
    const dealUnits = deals.reduce((sum, d) => sum + d.units, 0);
    const available = stock.inventory + produced;
    const shipment = ship(
      product,
      available,
      stock.backlog,
      regular,
      deals,
      promotedPrice(product.priceCents, promotion),
      fx.shippingShare(id),
    );
    if (shipment.shipped > 0) events.push({ type: 'ordersShipped', product: id, units: shipment.shipped });
    if (shipment.lostSales > 0) events.push({ type: 'salesLost', product: id, units: shipment.lostSales });
    deals.forEach((deal, d) => {
      events.push({
        type: 'dealDelivered',
        dealId: deal.id,
        product: id,
        units: shipment.dealShipped[d],
        ordered: deal.units,
        customer: deal.customer,
        discount: deal.discount,
      });
    });

    const costFactor = fx.materialCostFactor(id);
    const unitMaterial = Math.round(product.materialCostCents * costFactor);
    const ordered = ops.materialOrder[id];
    const expedited = ops.expedite[id];
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

    const pipeline = arrival.pipeline.slice();
    if (ordered > 0)
      pipeline.push({ arrivalMonth: month + Math.max(1, scenario.supplier.leadTimeMonths), units: ordered });
    const materialsOut = materialsOnHand[i] - started;
    next[id] = { inventory: inventoryOut, backlog: shipment.backlogOut, materials: materialsOut, pipeline };
    const demand = regular + dealUnits;
    reports[id] = {
      demand,
      dealUnits,
      forecast: sales.forecast[id][0],
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
      plan: { forecast: sales.forecast[id], production: ops.production[id] },
      revenueCents: shipment.revenueCents,
    };
  });
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
    sharedSignals: state.sharedSignals.filter((s) => s.month === month).map((s) => s.signalId),
    unsharedSignals: unsharedSignalIds(state),
    acceptedDeals: sales.acceptDeals.slice(),
    salesPlan: sales,
    opsPlan: ops,
  };
  return { report, stock: next };
}
