/** The round report of the month just played (src/ui/seat's view), drawn from the store. */
import { html } from 'lit-html';
import { seatNames } from '../../store/seats';
import type { ScreenContext, ScreenHandle } from '../screen';
import { roundReportModel, roundReportView } from '../seat';
import { gameOf, local, viewScreen } from '../view-screen';
import { holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the report of the month just played. */
export function roundReportScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const redraw = () => screen.redraw();
  const status = local('', redraw);
  const screen = viewScreen(ctx, {
    className: 'report-screen',
    labelledBy: 'report-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const report = game.history[game.history.length - 1];
      const holders = {
        sales: holder(saved, game, 'sales', report.month),
        ops: holder(saved, game, 'ops', report.month),
      };
      const seats = seatNames(saved.meta).length;
      const last = game.month >= game.settings.rounds;
      return html`${roundReportView(roundReportModel(report, game, holders, seats), {
        nextLabel: last ? 'See the final results' : `Go to month ${game.month + 1}`,
        onNext: () => {
          const result = ctx.store.getState().nextRound();
          status.set(result.ok ? '' : result.error.message);
        },
      })}
        <p class="status-line error-text" role="status" aria-live="polite">${status.value}</p>`;
    },
  });
  return screen;
}
