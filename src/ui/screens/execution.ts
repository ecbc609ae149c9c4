/** Execution: the stage plays the month (or a still picture with reduced motion), with Skip and a text summary. */
import { monthSummaryText } from '../../scenes/stage-summary';
import { button, h, heading, statusLine } from '../dom';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the execution of the month just resolved (resolving it first if both have signed). */
export function executionScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { store, stage } = ctx;
  const status = statusLine();
  if (currentGame(ctx).game.phase === 'execution') {
    const result = store.getState().execute();
    if (!result.ok) status.textContent = result.error.message;
  }
  const { game } = currentGame(ctx);
  const report = game.history[game.history.length - 1];
  let destroyed = false;
  const slot = h('div', { className: 'stage-slot', attrs: { 'aria-hidden': 'true' } });
  const skip = button('Skip animation', () => stage.load().then((s) => s?.skip()));
  const next = button(
    game.month >= game.settings.rounds ? 'See the last round report' : 'See the round report',
    () => store.getState().finishExecution(),
    'btn btn-primary btn-large',
  );
  const summary = h('p', {
    className: 'execution-summary',
    text: report ? monthSummaryText(report, game.scenario) : '',
  });
  const element = h(
    'section',
    { className: 'screen execution-screen', attrs: { 'aria-labelledby': 'execution-heading' } },
    [
      Object.assign(heading(`Execution · month ${report?.month ?? game.month}`), { id: 'execution-heading' }),
      slot,
      h('div', { className: 'actions' }, [skip, next]),
      status,
      h('div', { className: 'panel' }, [h('h2', { text: 'What happened' }), summary]),
    ],
  );
  return {
    element,
    mounted() {
      if (!report) return;
      stage.showIn(slot);
      status.textContent = 'The month is being played…';
      stage.load().then(async (loaded) => {
        if (destroyed) return;
        if (!loaded) {
          status.textContent = 'The animation is not available; the summary below says what happened.';
          return;
        }
        loaded.resize();
        await loaded.playMonth(report, game.scenario);
        if (!destroyed) status.textContent = 'The month is over.';
      });
    },
    destroy() {
      destroyed = true;
      stage.load().then((s) => s?.skip());
      stage.park();
    },
  };
}
