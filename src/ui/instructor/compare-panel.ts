/** Panel 4, compare teams: every verified team's total score, inventory and backlog month by month, for the class
 * debrief on the projector; each chart has its figures as a table. A template of the ranked rows; the charts are
 * canvases kept by a holder that redraws them only when the set of teams changes. */
import { html, type TemplateResult } from 'lit-html';
import type { MonthFigures, RankedEntry } from '../../engine/classroom';
import { plainCount, plainScore } from '../../engine/words/plain';
import { chartFigure } from './charts';

/** The comparison charts of one set of teams at a time. */
export interface CompareCharts {
  /** The figures for these rows (made again only when the teams or their order changed). */
  for(rows: readonly RankedEntry[]): HTMLElement[];
}

/** A holder of the comparison charts. */
export function compareCharts(): CompareCharts {
  let signature: string | null = null;
  let charts: ReturnType<typeof chartFigure>[] = [];
  return {
    for(rows) {
      const next = rows.map((row) => `${row.rank}:${row.entry.key}`).join(',');
      if (next !== signature) {
        for (const chart of charts) chart.destroy();
        signature = next;
        charts = teamCharts(rows);
      }
      return charts.map((chart) => chart.element);
    },
  };
}

/** The panel's template for the rows in rank order. */
export function compareView(rows: readonly RankedEntry[], charts: CompareCharts): TemplateResult {
  if (rows.length === 0)
    return html`<p class="ins-empty">No verified results yet: the charts appear once results are collected.</p>`;
  return html`<div class="ins-compare">${charts.for(rows)}</div>`;
}

function teamCharts(rows: readonly RankedEntry[]): ReturnType<typeof chartFigure>[] {
  const longest = Math.max(...rows.map((r) => r.entry.monthly.length));
  const months = Array.from({ length: longest }, (_, i) => i + 1);
  const seriesOf = (pick: (m: MonthFigures) => number) =>
    rows.map(({ rank, entry }) => ({
      label: `${rank ?? '–'}. ${entry.team}`,
      values: months.map((_, i) => (entry.monthly[i] ? pick(entry.monthly[i]) : null)),
    }));
  return [
    chartFigure({
      title: 'Total score by month',
      yTitle: 'Score (0–100)',
      months,
      series: seriesOf((m) => m.total),
      format: plainScore,
    }),
    chartFigure({
      title: 'Inventory at the end of each month (units, all products)',
      yTitle: 'Units',
      months,
      series: seriesOf((m) => m.inventory),
      format: plainCount,
    }),
    chartFigure({
      title: 'Backlog at the end of each month (units, all products)',
      yTitle: 'Units',
      months,
      series: seriesOf((m) => m.backlog),
      format: plainCount,
    }),
  ];
}
