/** The consensus meeting: both plans side by side (src/ui/seat), one revision per role, both sign off (the solo bot
 * with you); drawn from the store, with the open revision as the screen's own UI state. */

import { html } from 'lit-html';
import type { Role } from '../../engine/types';
import { otherRole } from '../../engine/words/roles';
import type { ActionOutcome } from '../../store/types';
import { monthTitle } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { consensusView, type RevisionEdit } from '../seat';
import { gameOf, local, viewScreen } from '../view-screen';
import { holder, rolesSentence } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the meeting for the current month. */
export function consensusScreen(ctx: ScreenContext): ScreenHandle {
  followGuidedTour(ctx);
  const { store } = ctx;
  const redraw = () => screen.redraw();
  const status = local('', redraw);
  const revision = local<RevisionEdit | null>(null, redraw);
  const report = (outcome: ActionOutcome) => status.set(outcome.ok ? '' : outcome.error.message);
  const screen = viewScreen(ctx, {
    className: 'consensus-screen',
    labelledBy: 'consensus-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const { plans } = game;
      const heading = html`<h1 class="screen-heading" tabindex="-1" id="consensus-heading">
        Consensus meeting · ${monthTitle(game)}
      </h1>`;
      if (!plans.sales || !plans.ops) return html`${heading}<p>Both plans are needed first.</p>`;
      const botRole: Role | null =
        (['sales', 'ops'] as const).find((r) => holder(saved, game, r).isBot) ?? null;
      const humanRole: Role | undefined = botRole ? otherRole(botRole) : undefined;
      const note = botRole
        ? `${holder(saved, game, botRole).name} keeps its plan and has signed off. Revise your own plan once if you need to, then sign off.`
        : 'Discuss the gaps together. Each role may revise its plan once, then both sign off.';
      return html`${heading}
        <p class="lead">${rolesSentence(saved, game)}</p>
        <p class="note">${note}</p>
        <p class="status-line error-text" role="status" aria-live="polite">${status.value}</p>
        ${consensusView(
          {
            scenario: game.scenario,
            stock: game.stock,
            salesPlan: plans.sales,
            opsPlan: plans.ops,
            revised: plans.revised,
            signedOff: plans.signedOff,
            canRevise: { sales: botRole !== 'sales', ops: botRole !== 'ops' },
            canSignOff: { sales: true, ops: true },
            currentRole: humanRole,
            month: game.month,
            rounds: game.settings.rounds,
            revision: revision.value,
            labelledBy: 'consensus-heading',
          },
          {
            onRevision: revision.set,
            onRevise: (saved) => report(store.getState().revise(saved.role, saved.plan)),
            onSignOff: (role) => report(store.getState().signOff(role)),
          },
        )}`;
    },
  });
  return screen;
}
