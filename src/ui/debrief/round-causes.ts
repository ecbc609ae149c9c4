/** The round report's "where the points went": the month's top causes in plain words. */
import { type GameFrame, topCauses } from '../../engine/debrief';
import type { MonthReport } from '../../engine/types';
import { h } from '../dom';

/** A small section listing the month's top `n` causes (or saying none were lost). */
export function createRoundCauses(report: MonthReport, state: GameFrame, n = 3): HTMLElement {
  const causes = topCauses(report, state, n);
  return h(
    'section',
    { className: 'round-causes', attrs: { 'aria-labelledby': `round-causes-${report.month}` } },
    [
      h('h3', { text: 'Where the points went', attrs: { id: `round-causes-${report.month}` } }),
      causes.length
        ? h(
            'ol',
            {},
            causes.map((c) => h('li', { text: c.text })),
          )
        : h('p', { text: 'No points lost this month.' }),
    ],
  );
}
