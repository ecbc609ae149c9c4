/** The consensus meeting's side-by-side tables: per product, demand vs supply plan with projected stock, fill rate and
 * gaps; then the company's totals. Fixed-layout tables that wrap inside their cells rather than scroll sideways. */

import { html, type TemplateResult } from 'lit-html';
import type { Scenario } from '../../engine/scenario-types';
import type { SalesPlan } from '../../engine/types';
import { formatCount, formatMoney, formatPercent } from '../../engine/words/formats';
import { gapWords, horizonLabel } from '../forms/consensus-words';
import type { PlanProjection, ProductMonthProjection } from '../forms/projection';

function headRow(month: number | undefined, first: string, months: number): TemplateResult {
  return html`<tr>
    <th scope="col">${first}</th>
    ${Array.from({ length: months }, (_, k) => html`<th scope="col">${horizonLabel(month, k)}</th>`)}
  </tr>`;
}

function stockCell(row: ProductMonthProjection, unitName: string): TemplateResult {
  const words = gapWords(row);
  return html`<td class=${`sopf-gap--${row.gap}`}>
    <span>${formatCount(row.inventory)}</span>${
      words
        ? html` <span class=${`sopf-badge sopf-badge--${row.gap}`}
            ><span aria-hidden="true">${row.gap === 'short' ? '⚠ ' : '▲ '}</span>${words}<span class="sopf-sr">
                ${unitName}</span
              ></span
          >`
        : ''
    }
  </td>`;
}

/** One table per product: demand plan, supply plan, projected stock (gaps marked), projected fill rate. */
export function productTables(
  scenario: Scenario,
  salesPlan: SalesPlan,
  projection: PlanProjection,
  month: number | undefined,
): TemplateResult {
  return html`<div class="sopf-consensus-products">
    ${scenario.products.map((product) => {
      const rows = projection.products[product.id];
      const promotion = salesPlan.promotion[product.id] ?? 0;
      const line = (label: string, cell: (r: ProductMonthProjection, k: number) => TemplateResult) =>
        html`<tr>
          <th scope="row">${label}</th>
          ${rows.map(cell)}
        </tr>`;
      return html`<div class="sopf-table-wrap">
        <table class="sopf-table sopf-consensus-table">
          <caption>${product.name}</caption>
          <thead>${headRow(month, 'Plan', rows.length)}</thead>
          <tbody>
            ${line(
              'Demand plan (Sales)',
              (r, k) =>
                html`<td>
                  ${k === 0 && promotion > 0 ? `${formatCount(r.forecast)} (${promotion} % off)` : formatCount(r.forecast)}
                </td>`,
            )}
            ${line('Supply plan (Operations)', (r) => html`<td>${formatCount(r.production)}</td>`)}
            ${line('Projected stock, end of month', (r) => stockCell(r, product.unitName))}
            ${line('Projected fill rate', (r) => html`<td>${formatPercent(r.fillRate)}</td>`)}
          </tbody>
        </table>
      </div>`;
    })}
  </div>`;
}

/** The all-products totals: projected fill rate, revenue, cost and profit per month, and the horizon's profit. */
export function totalsTable(projection: PlanProjection, month: number | undefined): TemplateResult {
  const line = (label: string, value: (k: number) => string) =>
    html`<tr>
      <th scope="row">${label}</th>
      ${projection.months.map((_, k) => html`<td>${value(k)}</td>`)}
    </tr>`;
  const n = projection.months.length;
  const over = n === 3 ? 'three months' : n === 2 ? 'the last two months' : 'the last month';
  return html`<div class="sopf-table-wrap">
    <table class="sopf-table sopf-consensus-table sopf-totals">
      <caption>All products: projected profit over ${over} ${formatMoney(projection.totalProfitCents)}</caption>
      <thead>${headRow(month, 'Company', n)}</thead>
      <tbody>
        ${line('Projected fill rate', (k) => formatPercent(projection.months[k].fillRate))}
        ${line('Projected revenue', (k) => formatMoney(projection.months[k].revenueCents))}
        ${line('Projected costs', (k) => formatMoney(projection.months[k].costCents))}
        ${line('Projected profit', (k) => formatMoney(projection.months[k].profitCents))}
      </tbody>
    </table>
  </div>`;
}
