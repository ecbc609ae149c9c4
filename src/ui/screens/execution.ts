/** Execution: the stage plays the month (or a still picture with reduced motion), with Skip and a text summary. */
import { html, nothing } from 'lit-html';
import { monthSummaryText } from '../../scenes/stage-summary';
import type { ScreenContext, ScreenHandle } from '../screen';
import { screenHeading, statusView } from '../view-parts';
import { gameOf, local, viewScreen } from '../view-screen';
import { currentGame } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the execution of the month just resolved (resolving it first if both have signed). */
export function executionScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { store, stage } = ctx;
  const executed = currentGame(ctx).game.phase === 'execution' ? store.getState().execute() : null;
  const status = local(executed && !executed.ok ? executed.error.message : '', () => screen.redraw());
  // Skip is offered only while the month is being played (not once it is over, nor without the stage).
  const playing = local(true, () => screen.redraw());
  const stopPlaying = () => {
    const skipFocused = document.activeElement?.classList.contains('execution-skip') ?? false;
    playing.set(false);
    if (skipFocused) screen.element.querySelector<HTMLElement>('.execution-next')?.focus();
  };
  let destroyed = false;
  const screen = viewScreen(ctx, {
    className: 'execution-screen',
    labelledBy: 'execution-heading',
    view: (state) => {
      const { game } = gameOf(state);
      const report = game.history[game.history.length - 1];
      return html`${screenHeading('execution-heading', `Execution · month ${report?.month ?? game.month}`)}
        <div class="stage-slot" aria-hidden="true"></div>
        <div class="actions">
          ${
            playing.value
              ? html`<button type="button" class="btn execution-skip" @click=${() => stage.load().then((s) => s?.skip())}>
                Skip animation
              </button>`
              : nothing
          }
          <button
            type="button"
            class="btn btn-primary btn-large execution-next"
            @click=${() => store.getState().finishExecution()}
          >
            ${game.month >= game.settings.rounds ? 'See the last round report' : 'See the round report'}
          </button>
        </div>
        ${statusView(status.value, 'status-line')}
        <div class="panel">
          <h2>What happened</h2>
          <p class="execution-summary">${report ? monthSummaryText(report, game.scenario) : ''}</p>
        </div>`;
    },
    mounted() {
      const { game } = currentGame(ctx);
      const report = game.history[game.history.length - 1];
      const slot = screen.element.querySelector<HTMLElement>('.stage-slot');
      if (!report || !slot) return;
      stage.showIn(slot);
      status.set('The month is being played…');
      stage.load().then(async (loaded) => {
        if (destroyed) return;
        if (!loaded) {
          status.set('The animation is not available; the summary below says what happened.');
          stopPlaying();
          return;
        }
        loaded.resize();
        await loaded.playMonth(report, game.scenario);
        if (destroyed) return;
        status.set('The month is over.');
        stopPlaying();
      });
    },
    destroy() {
      destroyed = true;
      stage.load().then((s) => s?.skip());
      stage.park();
    },
  });
  return screen;
}
