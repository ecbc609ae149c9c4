/** Small lit-html parts the screens share: a screen heading, a data table, lists, key figures and a status line. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { TextTable } from './present/briefing-model';

/** A screen's main heading, focusable so a new screen can take focus (keyboard and screen-reader users). */
export function screenHeading(id: string, text: unknown): TemplateResult {
  return html`<h1 class="screen-heading" tabindex="-1" id=${id}>${text}</h1>`;
}

/** A data table with a caption and column headers, in a region that scrolls by itself if it must. */
export function textTableView(table: TextTable, coach?: string): TemplateResult {
  return html`<div
    class="table-scroll"
    tabindex="0"
    role="region"
    aria-label=${table.caption}
    data-coach=${coach ?? nothing}
  >
    <table class="data-table">
      <caption>${table.caption}</caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A bulleted list of sentences. */
export function listView(items: string[], className = 'plain-list'): TemplateResult {
  return html`<ul class=${className}>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/** Key figures as a description list, each label and value grouped so they stay together in a grid. */
export function kpiView(items: { label: string; value: string }[]): TemplateResult {
  return html`<dl class="kpis">
    ${items.map(
      (item) => html`<div class="kpi">
        <dt>${item.label}</dt>
        <dd>${item.value}</dd>
      </div>`,
    )}
  </dl>`;
}

/** A polite live region for a short status or error message. */
export function statusView(text: string, className = 'status-line error-text'): TemplateResult {
  return html`<p class=${className} role="status" aria-live="polite">${text}</p>`;
}
