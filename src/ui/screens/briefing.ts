/** The briefing: last month's actuals, the KPIs and the news everyone sees, then "Start the month". */

import { button, h, heading, kpiList, list, statusLine, textTable } from '../dom';
import { briefingModel } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame, rolesSentence } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Tags an element for the guided first game's coach marks. */
function coachMark(element: HTMLElement, name: string): HTMLElement {
  element.dataset.coach = name;
  return element;
}

/** Mounts the briefing of the current month. */
export function briefingScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { saved, game } = currentGame(ctx);
  const model = briefingModel(game);
  const status = statusLine('status-line error-text');
  const start = button(
    'Start the month',
    () => {
      const result = ctx.store.getState().startRound();
      if (!result.ok) status.textContent = result.error.message;
    },
    'btn btn-primary btn-large',
  );
  const element = h(
    'section',
    { className: 'screen briefing-screen', attrs: { 'aria-labelledby': 'briefing-heading' } },
    [
      Object.assign(heading(`Briefing · ${model.title}`), { id: 'briefing-heading' }),
      h('p', { className: 'lead', text: rolesSentence(saved, game) }),
      game.month === 1 ? h('h2', { text: `Scenario: ${game.scenario.name}` }) : null,
      game.month === 1 ? h('p', { className: 'goal', text: `Goal: ${game.scenario.goal}` }) : null,
      h('p', { text: model.intro }),
      model.kpis.length > 0 ? kpiList(model.kpis) : null,
      h('div', { className: 'panel', attrs: { 'data-coach': 'briefing' } }, [
        h('h2', { text: 'News' }),
        list(model.news, 'news-list'),
      ]),
      model.actuals ? coachMark(textTable(model.actuals), 'briefing-actuals') : null,
      textTable(model.stock),
      h('div', { className: 'actions' }, [start]),
      status,
    ],
  );
  return { element, destroy: () => {} };
}
