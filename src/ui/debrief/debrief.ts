/**
 * The end-of-game debrief: final score and its parts, the ranked causes of lost points, lessons with
 * their moments, charts (canvas-chart.ts, each with a table alternative), per-player figures, and exports
 * (CSV, PNG of each chart, print). Mount `element`; call `destroy()` to remove charts and listeners.
 */

import { gameScore } from '../../engine';
import {
  bullwhip,
  chooseLessons,
  dealFigures,
  dealWords,
  debriefCsv,
  debriefFileName,
  debriefRows,
  incentiveSeries,
  keyFigures,
  playerStats,
  productSeries,
  rankCauses,
  scoreSeries,
} from '../../engine/debrief';
import type { GameRecord, GameState } from '../../engine/types';
import { formatMoney } from '../../engine/words/formats';
import { button, h, textTable } from '../dom';
import { downloadText } from '../download';
import { type ChartCard, createChartCard } from './chart-card';
import { bullwhipChart, incentiveChart, playersChart, productChart, scoresChart } from './chart-specs';
import type { ChartModule } from './chart-view';
import { causesSection, lessonsSection, monthTableSection, scoreSection } from './sections';
import './debrief.css';
import './print.css';

/** Chart size on paper in CSS pixels: the width of A4 less margins, and a height that fits three charts a page. */
const PRINT_WIDTH = 680;
const PRINT_HEIGHT = 300;

/** What the debrief is made from. */
export interface DebriefInput {
  state: GameState;
  record: GameRecord;
  /** Seat names in rotation order (solo: the player and the bot's name). */
  players: string[];
  onPlayAgain?: () => void;
  /** Hide the seed (a game still running: whoever sees the seed could replay the months still to come). */
  hideSeed?: boolean;
}

/** A mounted debrief. */
export interface DebriefHandle {
  element: HTMLElement;
  /** Resolves once every chart is drawn (the chart renderer is loaded on demand). */
  ready: Promise<void>;
  destroy(): void;
}

/** Builds the debrief of a finished (or partly played) game. */
export function createDebrief({
  state,
  record,
  players,
  onPlayAgain,
  hideSeed,
}: DebriefInput): DebriefHandle {
  const teamName = record.team?.name || 'Team';
  const fileBase = debriefFileName(teamName, 'x').replace(/\.x$/, '');
  const history = state.history;
  const score = gameScore(state);
  const stats = playerStats(history, state, players);
  const timeCards: ChartCard[] = [
    scoresChart(scoreSeries(history)),
    ...productSeries(history, state).map(productChart),
    bullwhipChart(bullwhip(history, state)),
    incentiveChart(incentiveSeries(history)),
  ].map((spec) => createChartCard(spec, fileBase));
  const playersCard = createChartCard(playersChart(stats), fileBase, false);
  const cards = [...timeCards, playersCard];

  const csvButton = button('Download CSV', () =>
    downloadText(`${fileBase}.csv`, `\uFEFF${debriefCsv(state, players)}`, 'text/csv;charset=utf-8'),
  );
  const printButton = button('Print', () => window.print());
  const tools = h(
    'div',
    { className: 'debrief-tools no-print', attrs: { role: 'group', 'aria-label': 'Export' } },
    [csvButton, printButton, onPlayAgain ? button('Play again', onPlayAgain, 'btn btn-primary') : null],
  );

  const session = record.session?.name ? ` · ${record.session.name}` : '';
  const element = h(
    'section',
    { className: 'debrief', attrs: { 'aria-labelledby': 'debrief-h', 'data-debrief': '' } },
    [
      h('header', { className: 'debrief-head' }, [
        h('h2', { text: `Debrief: ${teamName}`, attrs: { id: 'debrief-h', tabindex: '-1' } }),
        h('p', {
          className: 'debrief-sub',
          text: `${state.scenario.name}${hideSeed ? '' : ` · seed ${state.seed}`} · ${players.join(', ')}${session}`,
        }),
        tools,
      ]),
      h('div', { className: 'debrief-top' }, [
        scoreSection(
          score,
          formatMoney(score.profitCents),
          keyFigures(history, state),
          dealWords(dealFigures(history, state.world)),
          state.phase === 'finished' ? 'Final score' : 'Score so far',
        ),
        causesSection(rankCauses(history, state)),
      ]),
      lessonsSection(chooseLessons(history, state)),
      h('section', { className: 'debrief-charts', attrs: { 'aria-labelledby': 'debrief-charts-h' } }, [
        h('h3', { text: 'Month by month', attrs: { id: 'debrief-charts-h' } }),
        h(
          'div',
          { className: 'debrief-chart-grid' },
          timeCards.map((c) => c.element),
        ),
      ]),
      h('section', { className: 'debrief-players', attrs: { 'aria-labelledby': 'debrief-players-h' } }, [
        h('h3', { text: 'Each player in each role', attrs: { id: 'debrief-players-h' } }),
        textTable(playersCard.spec.table),
        playersCard.element,
      ]),
      monthTableSection(debriefRows(state, players)),
    ],
  );

  let destroyed = false;
  // Charts sized for A4 while printing (about 180 mm wide), back to their boxes afterwards.
  const forPrint = () => {
    for (const c of cards) c.chart()?.resize(PRINT_WIDTH, PRINT_HEIGHT);
  };
  const resize = () => {
    for (const c of cards) c.chart()?.resize();
  };
  window.addEventListener('beforeprint', forPrint);
  window.addEventListener('afterprint', resize);
  const ready = import('./chart-module').then((module: ChartModule) => {
    if (destroyed) return;
    for (const c of cards) c.draw(module);
  });

  return {
    element,
    ready,
    destroy() {
      destroyed = true;
      window.removeEventListener('beforeprint', forPrint);
      window.removeEventListener('afterprint', resize);
      for (const c of cards) c.destroy();
      element.remove();
    },
  };
}
