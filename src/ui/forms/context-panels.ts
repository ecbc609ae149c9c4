/** Read-only context beside a plan form: the role's bonus, last months' demand and today's stock. */
import type { Scenario } from '../../engine/scenario-types';
import type { MonthReport, ProductStock, Role } from '../../engine/types';
import { el } from './dom';
import { formatCount, formatMoney, formatPercent, formatUnits } from './format';

/** How many past months the history table shows. */
export const HISTORY_MONTHS = 6;

/** "Your bonus so far: €1,234" with how the role earns it. */
export function createBonusLine(role: Role, bonusCents: number, scenario: Scenario): HTMLElement {
  const how =
    role === 'sales'
      ? `Sales earns ${formatPercent(scenario.bonuses.salesRevenueShare)} of revenue.`
      : `Operations earns ${formatPercent(scenario.bonuses.opsSavingShare)} of the saving against standard unit cost.`;
  return el('p', { className: 'sopf-bonus' }, [
    el('span', { text: 'Your bonus so far: ' }),
    el('strong', { className: 'sopf-bonus-amount', text: formatMoney(bonusCents) }),
    el('span', { className: 'sopf-muted', text: ` ${how}` }),
  ]);
}

/** A small table of actual demand (and what was forecast) per product over the last months. */
export function createDemandHistory(history: MonthReport[], scenario: Scenario): HTMLElement {
  const recent = history.slice(-HISTORY_MONTHS);
  if (recent.length === 0) {
    const normal = scenario.products.map((p) => formatUnits(p.baseDemand, p.unitName)).join(', ');
    return el('section', { className: 'sopf-history' }, [
      el('h2', { className: 'sopf-h3', text: 'Demand so far' }),
      el('p', {
        className: 'sopf-muted',
        text: `No history yet. A normal month is about ${normal} (before season and trend).`,
      }),
    ]);
  }
  const head = el('tr', {}, [el('th', { text: 'Month', attrs: { scope: 'col' } })]);
  for (const report of recent) head.append(el('th', { text: String(report.month), attrs: { scope: 'col' } }));
  const body = el('tbody');
  for (const product of scenario.products) {
    for (const kind of ['demand', 'forecast'] as const) {
      const row = el('tr', { className: kind === 'forecast' ? 'sopf-history-forecast' : '' }, [
        el('th', {
          text: `${product.name} ${kind === 'demand' ? 'demand' : 'forecast'}`,
          attrs: { scope: 'row' },
        }),
      ]);
      for (const report of recent) {
        const value = report.products[product.id]?.[kind];
        row.append(el('td', { text: value === undefined ? '–' : formatCount(value) }));
      }
      body.append(row);
    }
  }
  return el('section', { className: 'sopf-history' }, [
    el('div', { className: 'sopf-table-wrap' }, [
      el('table', { className: 'sopf-table' }, [
        el('caption', { text: 'Actual demand and its forecast, last months' }),
        el('thead', {}, [head]),
        body,
      ]),
    ]),
  ]);
}

/** "In stock: 320 kettles · waiting customers (backlog): 40 kettles" per product. */
export function createStockLines(stock: Record<string, ProductStock>, scenario: Scenario): HTMLElement {
  const list = el('ul', { className: 'sopf-stock' });
  for (const product of scenario.products) {
    const s = stock[product.id];
    if (!s) continue;
    const parts = [`${product.name}: ${formatUnits(s.inventory, product.unitName)} in stock`];
    if (s.backlog > 0) parts.push(`${formatUnits(s.backlog, product.unitName)} on backlog`);
    list.append(el('li', { text: parts.join(' · ') }));
  }
  return list;
}
