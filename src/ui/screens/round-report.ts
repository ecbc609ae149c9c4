/** The round report: three scores as gauges, where the points went, what happened, each role's bonus, one lesson. */
import type { GameState, MonthReport } from '../../engine/types';
import { ROLE_NAMES } from '../../store/seats';
import { createRoundCauses } from '../debrief/round-causes';
import { button, h, heading, kpiList, list, statusLine } from '../dom';
import { formatMoney } from '../forms/format';
import { createGauge } from '../gauge';
import { reportModel } from '../present/report-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame, holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** "Where the points went", its heading at the level of the report's other panels (h2). */
function causesSection(report: MonthReport, game: GameState): HTMLElement {
  const section = createRoundCauses(report, game);
  const title = section.querySelector('h3');
  title?.replaceWith(h('h2', { text: title.textContent ?? '', attrs: { id: title.id } }));
  return section;
}

/** Mounts the report of the month just played. */
export function roundReportScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { saved, game } = currentGame(ctx);
  const report = game.history[game.history.length - 1];
  const model = reportModel(report, game);
  const last = game.month >= game.settings.rounds;
  const status = statusLine('status-line error-text');
  const next = button(
    last ? 'See the final results' : `Go to month ${game.month + 1}`,
    () => {
      const result = ctx.store.getState().nextRound();
      if (!result.ok) status.textContent = result.error.message;
    },
    'btn btn-primary btn-large',
  );
  const bonusLine = (role: 'sales' | 'ops') => {
    const who = holder(saved, game, role, report.month);
    const month = role === 'sales' ? report.bonuses.salesCents : report.bonuses.opsCents;
    const total = game.history.reduce(
      (sum, r) => sum + (role === 'sales' ? r.bonuses.salesCents : r.bonuses.opsCents),
      0,
    );
    return `${ROLE_NAMES[role]} (${who.name}) earned a bonus of ${formatMoney(month)} this month, ${formatMoney(total)} in all.`;
  };
  const element = h(
    'section',
    { className: 'screen report-screen', attrs: { 'aria-labelledby': 'report-heading' } },
    [
      Object.assign(heading(model.title), { id: 'report-heading' }),
      h('p', { className: 'lead', text: `Team score this month: ${model.totalText}` }),
      h(
        'div',
        { className: 'gauges', attrs: { 'data-coach': 'report-scores' } },
        model.gauges.map(createGauge),
      ),
      h('div', { className: 'report-columns' }, [
        h('div', { className: 'panel report-causes', attrs: { 'data-coach': 'report-causes' } }, [
          causesSection(report, game),
        ]),
        h(
          'aside',
          {
            className: 'panel lesson',
            attrs: { 'aria-labelledby': 'lesson-heading', 'data-coach': 'report-lesson' },
          },
          [
            h('h2', {
              text: `Lesson: ${model.lesson.title ?? model.lesson.concept}`,
              attrs: { id: 'lesson-heading' },
            }),
            h('p', { text: model.lesson.text }),
            model.lesson.title
              ? h('p', { className: 'muted', text: `Concept: ${model.lesson.concept}` })
              : null,
          ],
        ),
      ]),
      h('div', { className: 'report-columns' }, [
        h('div', { className: 'panel' }, [
          h('h2', { text: 'What happened' }),
          list(model.events, 'news-list'),
        ]),
        h('div', { className: 'panel', attrs: { 'data-coach': 'report-bonuses' } }, [
          h('h2', { text: 'Money and bonuses' }),
          kpiList(model.finance),
          list([bonusLine('sales'), bonusLine('ops')]),
          h('p', {
            className: 'muted',
            text: 'Bonuses reward each role for its own numbers; the team is scored on alignment, balance and execution.',
          }),
        ]),
      ]),
      h('div', { className: 'actions' }, [next]),
      status,
    ],
  );
  return { element, destroy: () => {} };
}
