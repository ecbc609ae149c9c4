/** The debrief's text sections: final score, ranked causes, lessons, every month and product. */

import type { FinalScore } from '../../engine';
import {
  type ChosenLesson,
  DEBRIEF_COLUMNS,
  type KeyFigures,
  mainScore,
  type RankedCause,
  SCORE_LABELS,
} from '../../engine/debrief';
import { formatMoney, formatPoints, monthsWords } from '../../engine/words/formats';
import { h, textTable } from '../dom';

/** How many ranked causes are listed before the full table. */
const TOP_CAUSES = 6;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);

/** The final score (or the score so far, mid-game) with its three parts, the profit and the key figures. */
export function scoreSection(
  score: FinalScore,
  profit: string,
  key: KeyFigures,
  deals?: string,
  title = 'Final score',
): HTMLElement {
  const figure = (term: string, value: string) => [h('dt', { text: term }), h('dd', { text: value })];
  const part = (label: string, value: number) =>
    h('li', { className: 'debrief-part' }, [
      h('span', { className: 'debrief-part-label', text: label }),
      h('span', { className: 'debrief-part-bar', attrs: { 'aria-hidden': 'true' } }, [
        h('span', { attrs: { style: `width: ${Math.max(0, Math.min(100, value))}%` } }),
      ]),
      h('strong', { className: 'debrief-part-value', text: `${value.toFixed(1)} / 100` }),
    ]);
  return h('section', { className: 'debrief-score', attrs: { 'aria-labelledby': 'debrief-score-h' } }, [
    h('h3', { text: title, attrs: { id: 'debrief-score-h' } }),
    h('p', { className: 'debrief-total' }, [
      h('strong', { text: `${score.total.toFixed(1)} / 100` }),
      h('span', {
        text: ` over ${score.months} ${score.months === 1 ? 'month' : 'months'} · profit ${profit}`,
      }),
    ]),
    h('ul', { className: 'debrief-parts' }, [
      part('Alignment', score.alignment),
      part('Balance', score.balance),
      part('Execution', score.execution),
    ]),
    h('h4', { text: 'Key figures' }),
    h('dl', { className: 'debrief-key' }, [
      ...figure('Fill rate (mean)', percent(key.fillRate)),
      ...figure('Forecast accuracy (mean)', percent(key.forecastAccuracy)),
      ...figure('Plan attainment (mean)', percent(key.planAttainment)),
      ...figure('Bullwhip ratio', key.bullwhipRatio === null ? '—' : `${key.bullwhipRatio.toFixed(1)} ×`),
      ...figure('Sales bonus', formatMoney(key.salesBonusCents)),
      ...figure('Operations bonus', formatMoney(key.opsBonusCents)),
      ...figure('Months with a shock', String(key.shockMonths)),
      ...(deals === undefined ? [] : figure('Key-account deals', deals)),
    ]),
  ]);
}

/** "What went wrong, in which month, and why": the largest causes, then all of them as a table. */
export function causesSection(ranked: RankedCause[]): HTMLElement {
  const shown = ranked.filter((r) => r.points >= 0.05).slice(0, TOP_CAUSES);
  const items = shown.map((r) =>
    h('li', { className: 'debrief-cause' }, [
      h('p', { className: 'debrief-cause-head' }, [
        h('strong', { text: r.title }),
        h('span', {
          className: 'debrief-cause-points',
          text: ` −${formatPoints(r.points)} game points · ${monthsWords(r.months)} · mostly ${SCORE_LABELS[mainScore(r)].toLowerCase()}`,
        }),
      ]),
      h('p', { className: 'debrief-cause-worst', text: `Worst: month ${r.worst.month}. ${r.worst.text}` }),
    ]),
  );
  const table = textTable({
    caption: 'Every cause of lost points (points of the game score)',
    columns: ['Cause', 'Points', 'Alignment', 'Balance', 'Execution', 'Months'],
    rows: ranked.map((r) => [
      r.title,
      formatPoints(r.points),
      formatPoints(r.byScore.alignment),
      formatPoints(r.byScore.balance),
      formatPoints(r.byScore.execution),
      r.months.join(', '),
    ]),
  });
  return h('section', { className: 'debrief-causes', attrs: { 'aria-labelledby': 'debrief-causes-h' } }, [
    h('h3', { text: 'What went wrong, when, and why', attrs: { id: 'debrief-causes-h' } }),
    shown.length
      ? h('ol', { className: 'debrief-cause-list' }, items)
      : h('p', { text: 'No points were lost. Nothing went wrong.' }),
    ranked.length ? h('details', {}, [h('summary', { text: 'Every cause as a table' }), table]) : null,
  ]);
}

/** The lessons chosen for this game, each with the moment it came from. */
export function lessonsSection(lessons: ChosenLesson[]): HTMLElement {
  return h('section', { className: 'debrief-lessons', attrs: { 'aria-labelledby': 'debrief-lessons-h' } }, [
    h('h3', { text: 'Lessons from your game', attrs: { id: 'debrief-lessons-h' } }),
    h(
      'ol',
      { className: 'debrief-lesson-list' },
      lessons.map((l) =>
        h('li', { className: 'debrief-lesson', attrs: { 'data-lesson': l.id } }, [
          h('p', { className: 'debrief-lesson-concept', text: l.concept }),
          h('h4', { text: l.title }),
          h('p', { className: 'debrief-lesson-moment', text: l.moment.text }),
          h('p', { text: l.text }),
        ]),
      ),
    ),
  ]);
}

/** Every month and product, with exactly the cells of the CSV export. */
export function monthTableSection(rows: string[][]): HTMLElement {
  return h('section', { className: 'debrief-months', attrs: { 'aria-labelledby': 'debrief-months-h' } }, [
    h('h3', { text: 'Every month and product', attrs: { id: 'debrief-months-h' } }),
    h('details', {}, [
      h('summary', { text: 'Show the table (the same numbers as the CSV export)' }),
      textTable(
        {
          caption: 'Every month and product; scores out of 100; profit in euros',
          columns: [...DEBRIEF_COLUMNS],
          rows,
        },
        'data-table debrief-month-table',
      ),
    ]),
  ]);
}
