/** The solo bot's turn, played visibly: what it forecasts or plans and what it shares, then Continue. */
import { roleView } from '../../engine';
import type { Role } from '../../engine/types';
import { botDecision } from '../../store/bot-turn';
import { ROLE_NAMES } from '../../store/seats';
import { button, h, heading, list, statusLine } from '../dom';
import { opsPlanLines, salesPlanLines, shareLines } from '../present/bot-summary';
import { monthTitle } from '../present/briefing-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { currentGame, holder } from './game-context';
import { followGuidedTour } from './guided-tour';

/** Mounts the bot's turn for `role`. */
export function botTurnScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  const { saved, game } = currentGame(ctx);
  const who = holder(saved, game, role);
  const bot = who.bot;
  const view = roleView(game, role);
  const decision = bot ? botDecision(game, role, bot) : null;
  const name = bot?.shortName ?? who.name;
  const lines: string[] = [];
  if (decision) {
    const shared = view.signals.filter((s) => decision.share.includes(s.id));
    if (decision.role === 'sales')
      lines.push(...salesPlanLines(name, decision.plan, game.scenario, view.dealOffers));
    else lines.push(...opsPlanLines(name, decision.plan, game.scenario));
    lines.push(...shareLines(name, shared, game.scenario));
  }
  const status = statusLine('status-line error-text');
  const next = button(
    role === 'sales' ? 'Continue to your supply review' : 'Continue to the consensus meeting',
    () => {
      const result = ctx.store.getState().runBotTurn();
      if (!result.ok) status.textContent = result.error.message;
    },
    'btn btn-primary btn-large',
  );
  const element = h(
    'section',
    { className: 'screen bot-turn-screen', attrs: { 'aria-labelledby': 'bot-heading' } },
    [
      Object.assign(heading(`${who.name} plays ${ROLE_NAMES[role]}`), { id: 'bot-heading' }),
      h('p', {
        className: 'lead',
        text: `${monthTitle(game)}. Your bot colleague has made its ${role === 'sales' ? 'demand' : 'supply'} plan:`,
      }),
      h('div', { className: 'panel bot-decisions' }, [
        h('h2', { text: `${name}’s decisions` }),
        list(lines, 'decision-list'),
      ]),
      h('div', { className: 'actions' }, [next]),
      status,
    ],
  );
  return { element, destroy: () => {} };
}
