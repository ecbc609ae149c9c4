/** The consensus meeting's side-by-side tables: per product, demand vs supply plan with projected stock, fill rate and gaps. */
import type { Scenario } from '../../engine/scenario-types';
import type { SalesPlan } from '../../engine/types';
import { el, srOnly } from './dom';
import { formatCount, formatMoney, formatPercent } from './format';
import type { PlanProjection, ProductMonthProjection } from './projection';

/** A column heading for horizon month k: "Month 4" when the month is known, else "This month" / "Next month" / "In 2 months". */
export function horizonLabel(month: number | undefined, k: number): string {
  if (month !== undefined) return `Month ${month + k}`;
  return ['This month', 'Next month', 'In 2 months'][k];
}

/** Plain words for a gap cell, e.g. "short 120" or "excess 300"; null when the month is in balance. */
export function gapWords(row: ProductMonthProjection): string | null {
  if (row.gap === 'short') return `short ${formatCount(row.shortage)}`;
  if (row.gap === 'excess') return `excess ${formatCount(row.excess)}`;
  return null;
}

function headRow(month: number | undefined, first: string): HTMLTableRowElement {
  const row = el('tr', {}, [el('th', { text: first, attrs: { scope: 'col' } })]);
  for (let k = 0; k < 3; k++) row.append(el('th', { text: horizonLabel(month, k), attrs: { scope: 'col' } }));
  return row;
}

function stockCell(row: ProductMonthProjection, unitName: string): HTMLTableCellElement {
  const words = gapWords(row);
  const cell = el('td', { className: `sopf-gap--${row.gap}` }, [
    el('span', { text: formatCount(row.inventory) }),
  ]);
  if (words) {
    cell.append(
      el('span', { className: `sopf-badge sopf-badge--${row.gap}` }, [
        el('span', { text: row.gap === 'short' ? '⚠ ' : '▲ ', attrs: { 'aria-hidden': 'true' } }),
        document.createTextNode(words),
        srOnly(` ${unitName}`),
      ]),
    );
  }
  return cell;
}

/** One table per product: demand plan, supply plan, projected stock (gaps marked), projected fill rate. */
export function createProductTables(
  scenario: Scenario,
  salesPlan: SalesPlan,
  projection: PlanProjection,
  month: number | undefined,
): HTMLElement {
  const wrap = el('div', { className: 'sopf-consensus-products' });
  for (const product of scenario.products) {
    const rows = projection.products[product.id];
    const body = el('tbody');
    const line = (label: string, cells: (r: ProductMonthProjection, k: number) => HTMLTableCellElement) => {
      const tr = el('tr', {}, [el('th', { text: label, attrs: { scope: 'row' } })]);
      rows.forEach((r, k) => {
        tr.append(cells(r, k));
      });
      body.append(tr);
    };
    const promotion = salesPlan.promotion[product.id] ?? 0;
    line('Demand plan (Sales)', (r, k) =>
      el('td', {
        text:
          k === 0 && promotion > 0
            ? `${formatCount(r.forecast)} (${promotion} % off)`
            : formatCount(r.forecast),
      }),
    );
    line('Supply plan (Operations)', (r) => el('td', { text: formatCount(r.production) }));
    line('Projected stock, end of month', (r) => stockCell(r, product.unitName));
    line('Projected fill rate', (r) => el('td', { text: formatPercent(r.fillRate) }));
    wrap.append(
      el('div', { className: 'sopf-table-wrap' }, [
        el('table', { className: 'sopf-table sopf-consensus-table' }, [
          el('caption', { text: product.name }),
          el('thead', {}, [headRow(month, 'Plan')]),
          body,
        ]),
      ]),
    );
  }
  return wrap;
}

/** The all-products totals: projected fill rate, revenue, cost and profit per month, and the horizon's profit. */
export function createTotalsTable(projection: PlanProjection, month: number | undefined): HTMLElement {
  const body = el('tbody');
  const line = (label: string, value: (k: number) => string) => {
    const tr = el('tr', {}, [el('th', { text: label, attrs: { scope: 'row' } })]);
    for (let k = 0; k < 3; k++) tr.append(el('td', { text: value(k) }));
    body.append(tr);
  };
  line('Projected fill rate', (k) => formatPercent(projection.months[k].fillRate));
  line('Projected revenue', (k) => formatMoney(projection.months[k].revenueCents));
  line('Projected costs', (k) => formatMoney(projection.months[k].costCents));
  line('Projected profit', (k) => formatMoney(projection.months[k].profitCents));
  return el('div', { className: 'sopf-table-wrap' }, [
    el('table', { className: 'sopf-table sopf-consensus-table sopf-totals' }, [
      el('caption', {
        text: `All products: projected profit over three months ${formatMoney(projection.totalProfitCents)}`,
      }),
      el('thead', {}, [headRow(month, 'Company')]),
      body,
    ]),
  ]);
}

/** Counts the gaps in a projection, for the one-line verdict above the tables. */
export function gapVerdict(projection: PlanProjection): string {
  let short = 0;
  let excess = 0;
  for (const rows of Object.values(projection.products)) {
    for (const row of rows) {
      if (row.gap === 'short') short++;
      if (row.gap === 'excess') excess++;
    }
  }
  if (short === 0 && excess === 0)
    return 'The plans agree: no planned shortage and no excess beyond the allowed cover.';
  const parts = [];
  if (short > 0) parts.push(`${short} planned shortage${short === 1 ? '' : 's'}`);
  if (excess > 0) parts.push(`${excess} month${excess === 1 ? '' : 's'} of excess stock`);
  return `Gaps to discuss: ${parts.join(' and ')}. Each role may revise its plan once.`;
}
