/** The solo bot's turn, played visibly: what it forecasts or plans and what it shares, then Continue. */
import { html } from 'lit-html';
import { roleView } from '../../engine';
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../engine/words/roles';
import { botDecision } from '../../store/bot-turn';
import { opsPlanLines, salesPlanLines, shareLines } from '../present/bot-summary';
import { monthTitle } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { listView, screenHeading, statusView } from '../view-parts';
import { gameOf, local, viewScreen } from '../view-screen';
import { holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the bot's turn for `role`. */
export function botTurnScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  const status = local('', () => screen.redraw());
  const screen = viewScreen(ctx, {
    className: 'bot-turn-screen',
    labelledBy: 'bot-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const who = holder(saved, game, role);
      const bot = who.bot;
      const view = roleView(game, role);
      const decision = bot ? botDecision(game, role, bot) : null;
      const name = bot?.shortName ?? who.name;
      const lines: string[] = [];
      const when = { month: game.month, rounds: game.settings.rounds };
      if (decision) {
        const shared = view.signals.filter((s) => decision.share.includes(s.id));
        if (decision.role === 'sales')
          lines.push(...salesPlanLines(name, decision.plan, game.scenario, view.dealOffers, when));
        else lines.push(...opsPlanLines(name, decision.plan, game.scenario, when));
        lines.push(...shareLines(name, shared, game.scenario));
      }
      return html`${screenHeading('bot-heading', `${who.name} plays ${ROLE_NAMES[role]}`)}
        <p class="lead">
          ${monthTitle(game)}. Your bot colleague has made its ${role === 'sales' ? 'demand' : 'supply'} plan:
        </p>
        <div class="panel bot-decisions">
          <h2>${name}’s decisions</h2>
          ${listView(lines, 'decision-list')}
        </div>
        <div class="actions">
          <button
            type="button"
            class="btn btn-primary btn-large"
            @click=${() => {
              const result = ctx.store.getState().runBotTurn();
              status.set(result.ok ? '' : result.error.message);
            }}
          >
            ${role === 'sales' ? 'Continue to your supply review' : 'Continue to the consensus meeting'}
          </button>
        </div>
        ${statusView(status.value)}`;
    },
  });
  return screen;
}
