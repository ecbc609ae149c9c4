/** One team's debrief: its score parts, month-by-month figures as a table and two charts (scores; inventory
 * and backlog). Opened from the leaderboard. */

import { roleStats, type VerifiedEntry } from '../../engine/classroom';
import { plainCount, plainMoney, plainPercent, plainScore } from '../../engine/words/plain';
import { ROLE_NAMES } from '../../engine/words/roles';
import { chartFigure } from './charts';
import { button, clear, el, SCROLL_REGION } from './el';
import { uniqueEntries } from './state';
import type { InstructorStore } from './store';

/** Builds the panel; it shows the selected team, or nothing. */
export function debriefPanel(store: InstructorStore): HTMLElement {
  const panel = el('section', {
    className: 'ins-debrief',
    attrs: { id: 'debrief', 'aria-labelledby': 'debrief-title', tabindex: '-1' },
  });
  let destroyCharts: (() => void)[] = [];
  const draw = (focus: boolean) => {
    for (const destroy of destroyCharts) destroy();
    destroyCharts = [];
    clear(panel);
    const state = store.getState();
    const entry = uniqueEntries(state.results).find((e) => e.key === state.selected);
    panel.hidden = entry === undefined;
    if (!entry) return;
    const charts = [
      chartFigure({
        title: `${entry.team}: scores by month`,
        yTitle: 'Score (0–100)',
        months: entry.monthly.map((m) => m.month),
        series: [
          { label: 'Total', values: entry.monthly.map((m) => m.total) },
          { label: 'Alignment', values: entry.monthly.map((m) => m.alignment) },
          { label: 'Balance', values: entry.monthly.map((m) => m.balance) },
          { label: 'Execution', values: entry.monthly.map((m) => m.execution) },
        ],
        format: plainScore,
        emphasiseFirst: true,
      }),
      chartFigure({
        title: `${entry.team}: inventory and backlog by month (units, end of month)`,
        yTitle: 'Units',
        months: entry.monthly.map((m) => m.month),
        series: [
          { label: 'Inventory', values: entry.monthly.map((m) => m.inventory) },
          { label: 'Backlog', values: entry.monthly.map((m) => m.backlog) },
          { label: 'Demand', values: entry.monthly.map((m) => m.demand) },
        ],
        format: plainCount,
      }),
    ];
    destroyCharts = charts.map((c) => c.destroy);
    panel.append(
      el('div', { className: 'ins-heading-row' }, [
        el('h3', { text: `Debrief: ${entry.team}`, attrs: { id: 'debrief-title' } }),
        button('Close debrief', () => store.getState().openDebrief(null)),
      ]),
      summary(entry),
      el(
        'div',
        { className: 'ins-chart-grid' },
        charts.map((c) => c.element),
      ),
      roleTable(entry),
      monthTable(entry),
    );
    if (focus) panel.focus();
  };
  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) draw(state.selected !== null);
    else if (state.results !== previous.results) draw(false);
  });
  draw(false);
  return panel;
}

function summary(entry: VerifiedEntry): HTMLElement {
  const item = (label: string, value: string) =>
    el('div', { className: 'ins-stat' }, [el('dt', { text: label }), el('dd', { text: value })]);
  return el('dl', { className: 'ins-stats' }, [
    item('Players', entry.players.join(', ') || '–'),
    item('Score', plainScore(entry.total)),
    item('Alignment', plainScore(entry.alignment)),
    item('Balance', plainScore(entry.balance)),
    item('Execution', plainScore(entry.execution)),
    item('Profit', plainMoney(entry.profitCents)),
    item('Fill rate', plainPercent(entry.fillRate)),
    item('Forecast accuracy', plainPercent(entry.forecastAccuracy)),
    item('Scenario', `${entry.scenarioName}, ${entry.months} months`),
  ]);
}

function monthTable(entry: VerifiedEntry): HTMLElement {
  const headers = [
    'Month',
    'Demand',
    'Shipped',
    'Produced',
    'Inventory',
    'Backlog',
    'Lost sales',
    'Fill rate',
    'Forecast accuracy',
    'Score',
    'Profit',
  ];
  return el('div', { className: 'ins-table-scroll', attrs: SCROLL_REGION }, [
    el('table', { className: 'ins-table ins-table-compact' }, [
      el('caption', { text: `${entry.team}: month by month (all products)` }),
      el('thead', {}, [
        el(
          'tr',
          {},
          headers.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
        ),
      ]),
      el(
        'tbody',
        {},
        entry.monthly.map((m) =>
          el('tr', {}, [
            el('th', { text: String(m.month), attrs: { scope: 'row' } }),
            ...[
              plainCount(m.demand),
              plainCount(m.shipped),
              plainCount(m.produced),
              plainCount(m.inventory),
              plainCount(m.backlog),
              plainCount(m.lostSales),
              plainPercent(m.fillRate),
              plainPercent(m.forecastAccuracy),
              plainScore(m.total),
              plainMoney(m.profitCents),
            ].map((text) => el('td', { text, className: 'ins-num' })),
          ]),
        ),
      ),
    ]),
  ]);
}

function roleTable(entry: VerifiedEntry): HTMLElement {
  const stats = roleStats(entry.monthly, entry.players, entry.record.settings);
  const solo = entry.players.length <= 1;
  return el('div', { className: 'ins-table-scroll', attrs: SCROLL_REGION }, [
    el('table', { className: 'ins-table ins-table-compact' }, [
      el('caption', {
        text: solo
          ? `${entry.team}: each role (one player with a bot colleague; the roles alternated between them)`
          : `${entry.team}: each player in each role`,
      }),
      el('thead', {}, [
        el(
          'tr',
          {},
          ['Player', 'Role', 'Months', 'Judged on', 'Result', 'Mean score'].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el(
        'tbody',
        {},
        stats.map((s) =>
          el('tr', {}, [
            el('th', { text: s.player, attrs: { scope: 'row' } }),
            el('td', { text: ROLE_NAMES[s.role] }),
            el('td', { text: String(s.months), className: 'ins-num' }),
            el('td', { text: s.role === 'sales' ? 'forecast accuracy' : 'plan attainment' }),
            el('td', { text: plainPercent(s.measure), className: 'ins-num' }),
            el('td', { text: plainScore(s.score), className: 'ins-num' }),
          ]),
        ),
      ),
    ]),
  ]);
}
