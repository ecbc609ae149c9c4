/** Read-only context beside a plan form: the role's bonus, last months' demand and today's stock. */

import { html, type TemplateResult } from 'lit-html';
import type { SeatBonuses } from '../../engine/debrief';
import type { Scenario } from '../../engine/scenario-types';
import type { MonthReport, ProductStock, Role } from '../../engine/types';
import { formatCount, formatMoney, formatPercent, formatQuantity } from '../../engine/words/formats';

/** How many past months the history table shows. */
const HISTORY_MONTHS = 6;

/** "Your bonus so far: €1,234 (€900 as Sales, €334 as Operations)" — the player's own, as in the debrief — with how
 * the role earns it. Without the player's figures, the role's total over everyone who held it, named as such. */
export function bonusLine(
  role: Role,
  roleBonusCents: number,
  scenario: Scenario,
  own?: SeatBonuses,
): TemplateResult {
  const how =
    role === 'sales'
      ? `Sales earns ${formatPercent(scenario.bonuses.salesRevenueShare)} of revenue.`
      : `Operations earns ${formatPercent(scenario.bonuses.opsSavingShare)} of the saving against standard unit cost.`;
  if (!own)
    return html`<p class="sopf-bonus">
      <span>This role’s bonus so far: </span><strong class="sopf-bonus-amount">${formatMoney(roleBonusCents)}</strong
      ><span class="sopf-muted"> ${how}</span>
    </p>`;
  const split = `(${formatMoney(own.salesCents)} as Sales, ${formatMoney(own.opsCents)} as Operations)`;
  return html`<p class="sopf-bonus">
    <span>Your bonus so far: </span><strong class="sopf-bonus-amount">${formatMoney(own.salesCents + own.opsCents)}</strong
    ><span class="sopf-muted"> ${split}. ${how}</span>
  </p>`;
}

/** A small table of actual demand (and what was forecast) per product over the last months. */
export function demandHistory(history: MonthReport[], scenario: Scenario): TemplateResult {
  const recent = history.slice(-HISTORY_MONTHS);
  if (recent.length === 0) {
    const normal = scenario.products.map((p) => formatQuantity(p.baseDemand, p.unitName)).join(', ');
    return html`<section class="sopf-history">
      <h2 class="sopf-h3">Demand so far</h2>
      <p class="sopf-muted">No history yet. A normal month is about ${normal} (before season and trend).</p>
    </section>`;
  }
  return html`<section class="sopf-history">
    <div class="sopf-table-wrap" tabindex="0" role="region" aria-label="Demand history">
      <table class="sopf-table">
        <caption>Actual demand and its forecast, last months</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            ${recent.map((r) => html`<th scope="col">${r.month}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${scenario.products.flatMap((product) =>
            (['demand', 'forecast'] as const).map(
              (kind) => html`<tr class=${kind === 'forecast' ? 'sopf-history-forecast' : ''}>
                <th scope="row">${product.name} ${kind}</th>
                ${recent.map((r) => {
                  const value = r.products[product.id]?.[kind];
                  return html`<td>${value === undefined ? '–' : formatCount(value)}</td>`;
                })}
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** "Kettles: 320 kettles in stock · 40 kettles on backlog" per product. */
export function stockLines(stock: Record<string, ProductStock>, scenario: Scenario): TemplateResult {
  return html`<ul class="sopf-stock">
    ${scenario.products.map((product) => {
      const s = stock[product.id];
      if (!s) return null;
      const parts = [`${product.name}: ${formatQuantity(s.inventory, product.unitName)} in stock`];
      if (s.backlog > 0) parts.push(`${formatQuantity(s.backlog, product.unitName)} on backlog`);
      return html`<li>${parts.join(' · ')}</li>`;
    })}
  </ul>`;
}
