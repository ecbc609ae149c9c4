/** The hand-off: "Pass the device to Ana — she is Sales this month"; private cards stay hidden until Ready. */
import type { Role } from '../../engine/types';
import type { ScreenContext, ScreenHandle } from '../screen';
import { handoffView } from '../seat';
import { gameOf, viewScreen } from '../view-screen';
import { holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the hand-off before a role's turn; the Ready button takes focus. */
export function handoffScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  return viewScreen(ctx, {
    className: 'handoff-screen',
    labelledBy: 'handoff-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const who = holder(saved, game, role);
      return handoffView(
        { name: who.name, role, month: game.month, headingId: 'handoff-heading' },
        { onReady: () => ctx.store.getState().confirmHandoff(role) },
      );
    },
    focus: (element) => element.querySelector('button'),
  });
}
