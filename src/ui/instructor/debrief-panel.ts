/** One team's debrief: its score parts and the conditions it played under, each player in each role, two charts
 * (scores; inventory and backlog) and the month-by-month figures. Opened from the leaderboard. A template of
 * plain data (a verified entry); the charts are canvases kept by a small holder that redraws them only when
 * another team is opened. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { aidsText, modeText, roleStats, type VerifiedEntry } from '../../engine/classroom';
import { plainCount, plainMoney, plainPercent, plainScore } from '../../engine/words/plain';
import { ROLE_NAMES } from '../../engine/words/roles';
import { chartFigure } from './charts';

/** The charts of the open team, made once per team and torn down when another is opened. */
export interface DebriefCharts {
  /** The figures of this entry's charts (made on first call for it). */
  for(entry: VerifiedEntry): HTMLElement[];
  destroy(): void;
}

/** A holder of one team's charts at a time. */
export function debriefCharts(): DebriefCharts {
  let key: string | null = null;
  let charts: ReturnType<typeof chartFigure>[] = [];
  const destroy = () => {
    for (const chart of charts) chart.destroy();
    charts = [];
    key = null;
  };
  return {
    for(entry) {
      if (key !== entry.key) {
        destroy();
        key = entry.key;
        charts = teamCharts(entry);
      }
      return charts.map((chart) => chart.element);
    },
    destroy,
  };
}

/** The debrief of the open team, or nothing. */
export function debriefView(
  entry: VerifiedEntry | undefined,
  charts: DebriefCharts,
  close: () => void,
): TemplateResult | typeof nothing {
  if (!entry) {
    charts.destroy();
    return nothing;
  }
  const stat = (label: string, value: string) =>
    html`<div class="ins-stat"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section class="ins-debrief" id="debrief" aria-labelledby="debrief-title" tabindex="-1">
    <div class="ins-heading-row">
      <h3 id="debrief-title">Debrief: ${entry.team}</h3>
      <button type="button" class="ins-btn" @click=${close}>Close debrief</button>
    </div>
    <dl class="ins-stats">
      ${stat('Players', entry.players.join(', ') || '–')}
      ${stat('Score', plainScore(entry.total))}
      ${stat('Alignment', plainScore(entry.alignment))}
      ${stat('Balance', plainScore(entry.balance))}
      ${stat('Execution', plainScore(entry.execution))}
      ${stat('Profit (€)', plainMoney(entry.profitCents))}
      ${stat('Fill rate', plainPercent(entry.fillRate))}
      ${stat('Forecast accuracy', plainPercent(entry.forecastAccuracy))}
      ${stat('Scenario', `${entry.scenarioName}, ${entry.months} months`)}
      ${stat('Played as', modeText(entry.play))}
      ${stat('Aids', aidsText(entry.play))}
    </dl>
    <div class="ins-chart-grid">${charts.for(entry)}</div>
    ${roleTable(entry)} ${monthTable(entry)}
  </section>`;
}

function teamCharts(entry: VerifiedEntry): ReturnType<typeof chartFigure>[] {
  const months = entry.monthly.map((m) => m.month);
  return [
    chartFigure({
      title: `${entry.team}: scores by month`,
      yTitle: 'Score (0–100)',
      months,
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
      months,
      series: [
        { label: 'Inventory', values: entry.monthly.map((m) => m.inventory) },
        { label: 'Backlog', values: entry.monthly.map((m) => m.backlog) },
        { label: 'Demand', values: entry.monthly.map((m) => m.demand) },
      ],
      format: plainCount,
    }),
  ];
}

/** A table that scrolls sideways inside its own focusable box on narrow screens. */
const scrolling = (table: TemplateResult) =>
  html`<div class="ins-table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on narrow screens)">${table}</div>`;

function monthTable(entry: VerifiedEntry): TemplateResult {
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
    'Profit (€)',
  ];
  return scrolling(html`<table class="ins-table ins-table-compact">
    <caption>${entry.team}: month by month (all products)</caption>
    <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>
      ${entry.monthly.map(
        (m) =>
          html`<tr><th scope="row">${m.month}</th>${[
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
          ].map((text) => html`<td class="ins-num">${text}</td>`)}</tr>`,
      )}
    </tbody>
  </table>`);
}

/** Each player in each role, by the months they held it (a solo player shares the rotation with the bot). */
function roleTable(entry: VerifiedEntry): TemplateResult {
  const stats = roleStats(entry.monthly, entry.players, entry.record.settings);
  const solo = entry.play?.mode === 'solo' || entry.players.length === 1;
  return scrolling(html`<table class="ins-table ins-table-compact">
    <caption>${solo ? `${entry.team}: each role of the player (the bot colleague held the other role each month)` : `${entry.team}: each player in each role`}</caption>
    <thead><tr>${['Player', 'Role', 'Months', 'Judged on', 'Result', 'Mean score'].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>
      ${stats.map(
        (s) => html`<tr>
          <th scope="row">${s.player}</th>
          <td>${ROLE_NAMES[s.role]}</td>
          <td class="ins-num">${s.months}</td>
          <td>${s.role === 'sales' ? 'forecast accuracy' : 'plan attainment'}</td>
          <td class="ins-num">${plainPercent(s.measure)}</td>
          <td class="ins-num">${plainScore(s.score)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`);
}
