/** The stage in words: a text alternative for the canvas (which is aria-hidden). */

import type { ProductSpec, Scenario } from '../engine/scenario-types';
import type { MonthReport, ProductMonth, ProductStock } from '../engine/types';
import { formatCount, formatPercent } from '../engine/words/formats';
import { monthDeliveries } from './month-steps';
import { stockFigures } from './product-figures';
import { shockCardText } from './shock-text';

/** The products to show, in the scenario's order, limited to those present in `keys`. */
export function orderedProducts(scenario: Scenario, keys: string[]): ProductSpec[] {
  const known = scenario.products.filter((p) => keys.includes(p.id));
  const unknown = keys.filter((k) => !scenario.products.some((p) => p.id === k));
  return [...known, ...unknown.map((id) => ({ ...scenario.products[0], id, name: id, unitName: 'units' }))];
}

/** One sentence per product for the idle company. */
export function companySummaryText(stock: Record<string, ProductStock>, scenario: Scenario): string {
  const lines = orderedProducts(scenario, Object.keys(stock)).map((product) => {
    const f = stockFigures(stock[product.id]);
    return (
      `${product.name}: ${formatCount(f.materials)} materials on hand, ${formatCount(f.supplier)} on order, ` +
      `${formatCount(f.inventory)} ${product.unitName} in stock, ${formatCount(f.backlog)} waiting (backlog).`
    );
  });
  return lines.join(' ');
}

/** What happened in a month, in words: the plant, each product, the shocks. */
/** Shipped against what was owed, the backlog counted on both sides: "1,116 of 1,116 owed shipped (874 ordered this
 * month + 242 from the backlog)". */
function shippedWords(p: Pick<ProductMonth, 'shipped' | 'demand' | 'backlogIn'>): string {
  if (p.backlogIn === 0) return `${formatCount(p.shipped)} of ${formatCount(p.demand)} ordered shipped`;
  return (
    `${formatCount(p.shipped)} of ${formatCount(p.demand + p.backlogIn)} owed shipped ` +
    `(${formatCount(p.demand)} ordered this month + ${formatCount(p.backlogIn)} from the backlog)`
  );
}

export function monthSummaryText(report: MonthReport, scenario: Scenario): string {
  const parts: string[] = [`Month ${report.month}.`];
  const overtime =
    report.overtimeHours > 0 ? ` with ${formatCount(report.overtimeHours)} hours of overtime` : '';
  parts.push(`The plant ran at ${formatPercent(report.utilisation)} of capacity${overtime}.`);
  const deliveries = monthDeliveries(report);
  for (const product of orderedProducts(scenario, Object.keys(report.products))) {
    const p = report.products[product.id];
    const delivery = deliveries.find((d) => d.product === product.id)!;
    const late = delivery.delayed > 0 ? `, ${formatCount(delivery.delayed)} late` : '';
    const cut = delivery.cut > 0 ? `, ${formatCount(delivery.cut)} cut` : '';
    const limit = p.limitedBy === 'none' ? '' : ` (limited by ${p.limitedBy})`;
    const lost = p.lostSales > 0 ? `; ${formatCount(p.lostSales)} orders lost` : '';
    parts.push(
      `${product.name}: ${formatCount(p.materialsArrived)} materials delivered${late}${cut}; ` +
        `${formatCount(p.produced)} made${limit}; ${shippedWords(p)}; ` +
        `${formatCount(p.inventoryOut)} in stock; ${formatCount(p.backlogOut)} waiting (backlog)${lost}.`,
    );
  }
  if (report.shocks.length > 0) {
    parts.push(`Shocks: ${report.shocks.map((s) => shockCardText(s, scenario, report.month)).join('; ')}.`);
  } else {
    parts.push('No shocks this month.');
  }
  return parts.join(' ');
}
