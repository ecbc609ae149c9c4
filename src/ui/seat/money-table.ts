/** The round report's money table: every line as the signed plan projected it beside the actual. */
import { html, type TemplateResult } from 'lit-html';
import { MONEY_NOTE, type MoneyRow } from '../present/money-table';

/** A fixed-layout table that wraps in its cells rather than scrolling sideways. */
export function moneyTable(rows: readonly MoneyRow[]): TemplateResult {
  // Focusable and named, like the demand history's: on a narrow phone a long header can still make it scroll.
  return html`<div class="sopf-table-wrap" tabindex="0" role="region" aria-label="Money: projected and actual">
      <table class="sopf-table sopf-money-table">
        <caption>Money: projected by the plan and actual</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Projected</th>
            <th scope="col">Actual</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr class=${`sopf-money--${r.kind}`}>
              <th scope="row">${r.label}</th>
              <td>${r.projected}</td>
              <td>${r.actual}</td>
              <td>${r.difference}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted">${MONEY_NOTE}</p>`;
}
