/** The consensus meeting: both plans side by side, one revision per role, both sign off (the solo bot with you). */
import type { Role } from '../../engine/types';
import type { ActionOutcome } from '../../store/types';
import { h, heading, statusLine } from '../dom';
import { createConsensusView } from '../forms';
import { monthTitle } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame, holder, rolesSentence } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the meeting for the current month. */
export function consensusScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { store } = ctx;
  const { saved, game } = currentGame(ctx);
  const { plans } = game;
  const status = statusLine('status-line error-text');
  const report = (outcome: ActionOutcome) => {
    status.textContent = outcome.ok ? '' : outcome.error.message;
  };
  const botRole: Role | null = (['sales', 'ops'] as const).find((r) => holder(saved, game, r).isBot) ?? null;
  const humanRole: Role | undefined = botRole ? (botRole === 'sales' ? 'ops' : 'sales') : undefined;
  if (!plans.sales || !plans.ops) {
    return {
      element: h('section', { className: 'screen' }, [
        heading('Consensus meeting'),
        h('p', { text: 'Both plans are needed first.' }),
      ]),
      destroy: () => {},
    };
  }
  const view = createConsensusView({
    scenario: game.scenario,
    stock: game.stock,
    salesPlan: plans.sales,
    opsPlan: plans.ops,
    revised: plans.revised,
    signedOff: plans.signedOff,
    onReviseSales: (plan) => report(store.getState().revise('sales', plan)),
    onReviseOps: (plan) => report(store.getState().revise('ops', plan)),
    onSignOff: (role) => report(store.getState().signOff(role)),
    canRevise: { sales: botRole !== 'sales', ops: botRole !== 'ops' },
    currentRole: humanRole,
    month: game.month,
    labelledBy: 'consensus-heading',
  });
  const botNote = botRole
    ? h('p', {
        className: 'note',
        text: `${holder(saved, game, botRole).name} keeps its plan and has signed off. Revise your own plan once if you need to, then sign off.`,
      })
    : h('p', {
        className: 'note',
        text: 'Discuss the gaps together. Each role may revise its plan once, then both sign off.',
      });
  const element = h(
    'section',
    { className: 'screen consensus-screen', attrs: { 'aria-labelledby': 'consensus-heading' } },
    [
      Object.assign(heading(`Consensus meeting · ${monthTitle(game)}`), { id: 'consensus-heading' }),
      h('p', { className: 'lead', text: rolesSentence(saved, game) }),
      botNote,
      status,
      view.element,
    ],
  );
  return { element, destroy: () => view.destroy() };
}
