/** The hand-off: "Pass the device to Ana — she is Sales this month"; private cards stay hidden until Ready. */
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../store/seats';
import { button, h, heading } from '../dom';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame, holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the hand-off before a role's turn. */
export function handoffScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  const { saved, game } = currentGame(ctx);
  const who = holder(saved, game, role);
  const ready = button(
    `Ready: I am ${who.name}`,
    () => ctx.store.getState().confirmHandoff(role),
    'btn btn-primary btn-large',
  );
  const element = h(
    'section',
    { className: 'screen handoff-screen', attrs: { 'aria-labelledby': 'handoff-heading' } },
    [
      Object.assign(heading(`Pass the device to ${who.name}`), { id: 'handoff-heading' }),
      h('p', {
        className: 'lead',
        text: `${who.name} is ${ROLE_NAMES[role]} this month (month ${game.month}).`,
      }),
      h('p', {
        text:
          role === 'sales'
            ? 'Sales sees private market intelligence on the next screen. Everyone else, look away until the plan is in.'
            : 'Operations sees the demand plan and private supply intelligence on the next screen. Everyone else, look away until the plan is in.',
      }),
      h('div', { className: 'actions' }, [ready]),
    ],
  );
  return { element, destroy: () => {}, focus: ready };
}
