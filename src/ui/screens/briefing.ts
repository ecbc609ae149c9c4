/** The briefing: last month's actuals, the KPIs and the news everyone sees, then "Start the month". */
import { html, nothing } from 'lit-html';
import { briefingModel } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { kpiView, listView, screenHeading, statusView, textTableView } from '../view-parts';
import { gameOf, local, viewScreen } from '../view-screen';
import { rolesSentence } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the briefing of the current month. */
export function briefingScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const status = local('', () => screen.redraw());
  const screen = viewScreen(ctx, {
    className: 'briefing-screen',
    labelledBy: 'briefing-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const model = briefingModel(game);
      const first = game.month === 1;
      return html`${screenHeading('briefing-heading', `Briefing · ${model.title}`)}
        <p class="lead">${rolesSentence(saved, game)}</p>
        ${first ? html`<h2>Scenario: ${game.scenario.name}</h2>` : nothing}
        ${first ? html`<p class="goal">Goal: ${game.scenario.goal}</p>` : nothing}
        <p>${model.intro}</p>
        ${model.kpis.length > 0 ? kpiView(model.kpis) : nothing}
        <div class="panel" data-coach="briefing">
          <h2>News</h2>
          ${listView(model.news, 'news-list')}
        </div>
        ${model.actuals ? textTableView(model.actuals, 'briefing-actuals') : nothing}
        ${textTableView(model.stock)}
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary btn-large"
            @click=${() => {
              const result = ctx.store.getState().startRound();
              status.set(result.ok ? '' : result.error.message);
            }}
          >
            Start the month
          </button>
        </div>
        ${statusView(status.value)}`;
    },
  });
  return screen;
}
