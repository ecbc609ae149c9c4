/** The numbers shown in a product's row, at each checkpoint of a month or for the idle company. */

import type { MonthReport, ProductMonth, ProductStock } from '../engine/types';
import { formatCount } from '../engine/words/formats';

/** What a product's row shows: one number per station, plus the supplier's caption. */
export interface ProductFigures {
  supplier: number;
  supplierCaption: string;
  materials: number;
  made: number;
  inventory: number;
  backlog: number;
  /** Why production fell short, if it did. */
  limitedBy: ProductMonth['limitedBy'];
  /** Units shipped to customers this month, once known (null for the idle picture). */
  shipped: number | null;
  /** Customers who gave up waiting this month, once known. */
  lost: number;
  /** Units customers ordered this month and the forecast for it, once the orders are in (null before). */
  ordered: { units: number; forecast: number /** Units owed from earlier months. */; backlog: number } | null;
}

/** The checkpoints of a month's animation, in order. */
export const CHECKPOINTS = ['start', 'materials', 'production', 'shipping', 'end'] as const;
/** One checkpoint of the month. */
export type Checkpoint = (typeof CHECKPOINTS)[number];

/** Units still on their way from the supplier. */
function unitsOnOrder(stock: ProductStock): number {
  return stock.pipeline.reduce((sum, order) => sum + order.units, 0);
}

/** The idle picture of a product: its stock at the start of a month. */
export function stockFigures(stock: ProductStock): ProductFigures {
  return {
    supplier: unitsOnOrder(stock),
    supplierCaption: 'on order',
    materials: stock.materials,
    made: 0,
    inventory: stock.inventory,
    backlog: stock.backlog,
    limitedBy: 'none',
    shipped: null,
    lost: 0,
    ordered: null,
  };
}

/**
 * A product's row at a checkpoint of the month. Mid-month numbers are derived from the
 * end-of-month ones (e.g. materials available = left over + used), so the last frame always
 * shows exactly the report's figures.
 */
export function monthFigures(product: ProductMonth, at: Checkpoint): ProductFigures {
  const materialsAvailable = product.materialsOut + product.materialsUsed;
  const stockBeforeShipping = product.inventoryOut + product.shipped;
  const waitingBeforeLoss = product.backlogOut + product.lostSales;
  const index = CHECKPOINTS.indexOf(at);
  const reached = (checkpoint: Checkpoint): boolean => index >= CHECKPOINTS.indexOf(checkpoint);
  return {
    supplier: reached('materials') ? product.materialsArrived : 0,
    supplierCaption: 'delivered',
    materials: reached('production')
      ? product.materialsOut
      : reached('materials')
        ? materialsAvailable
        : Math.max(0, materialsAvailable - product.materialsArrived),
    made: reached('production') ? product.produced : 0,
    inventory: reached('shipping')
      ? product.inventoryOut
      : reached('production')
        ? stockBeforeShipping
        : product.inventoryIn,
    backlog: reached('end')
      ? product.backlogOut
      : reached('shipping')
        ? waitingBeforeLoss
        : product.backlogIn,
    limitedBy: reached('production') ? product.limitedBy : 'none',
    shipped: reached('shipping') ? product.shipped : null,
    lost: reached('end') ? product.lostSales : 0,
    ordered: reached('shipping')
      ? { units: product.demand, forecast: product.forecast, backlog: product.backlogIn }
      : null,
  };
}

/** The figures of every product of a report at a checkpoint, keyed by product id. */
export function reportFigures(report: MonthReport, at: Checkpoint): Record<string, ProductFigures> {
  const result: Record<string, ProductFigures> = {};
  for (const [id, product] of Object.entries(report.products)) result[id] = monthFigures(product, at);
  return result;
}

/** The band's headline at the top right: what customers ordered against the forecast, and what shipped ('' before
 * the orders are in). It carries the shipments so the warehouse's caption stays short and clear of its neighbours. */
export function orderedHeadline(figures: ProductFigures): string {
  if (!figures.ordered) return '';
  const { units, forecast, backlog } = figures.ordered;
  const owed = backlog > 0 ? ` + ${formatCount(backlog)} owed` : '';
  const shipped = figures.shipped === null ? '' : ` · ${formatCount(figures.shipped)} shipped`;
  return `${formatCount(units)} ordered${owed} (forecast ${formatCount(forecast)})${shipped}`;
}
