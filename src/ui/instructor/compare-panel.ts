/** Panel 4, compare teams: every verified team's inventory, backlog and total score month by month, for the
 * class debrief on the projector; each chart has its figures as a table. */

import type { MonthFigures } from '../../engine/classroom';
import { plainCount, plainScore } from '../../engine/words/plain';
import { chartFigure } from './charts';
import { clear, el } from './el';
import { leaderboardRows } from './state';
import type { InstructorStore } from './store';

/** Builds the panel; it redraws when results change and when it becomes visible. */
export function comparePanel(store: InstructorStore): { element: HTMLElement; refresh: () => void } {
  const box = el('div', { className: 'ins-compare' });
  let destroyCharts: (() => void)[] = [];
  let stale = true;
  const draw = () => {
    for (const destroy of destroyCharts) destroy();
    destroyCharts = [];
    clear(box);
    stale = false;
    const rows = leaderboardRows({ ...store.getState(), sort: { column: 'rank', direction: 'ascending' } });
    if (rows.length === 0) {
      box.append(
        el('p', {
          className: 'ins-empty',
          text: 'No verified results yet: the charts appear once results are collected.',
        }),
      );
      return;
    }
    const longest = Math.max(...rows.map((r) => r.entry.monthly.length));
    const months = Array.from({ length: longest }, (_, i) => i + 1);
    const seriesOf = (pick: (m: MonthFigures) => number) =>
      rows.map(({ rank, entry }) => ({
        label: `${rank}. ${entry.team}`,
        values: months.map((_, i) => (entry.monthly[i] ? pick(entry.monthly[i]) : null)),
      }));
    const charts = [
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
    destroyCharts = charts.map((c) => c.destroy);
    box.append(...charts.map((c) => c.element));
  };
  store.subscribe((state, previous) => {
    if (state.results === previous.results) return;
    if (state.tab === 'compare') draw();
    else stale = true;
  });
  return {
    element: box,
    refresh: () => {
      if (stale) draw();
    },
  };
}
