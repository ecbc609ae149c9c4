/** The solo bot's turn as engine actions: the same pure bot function the UI shows, so shown = played. */
import { OPS_BOTS, roleView, SALES_BOTS } from '../engine';
import type { Action, GameState, OpsPlan, Role, SalesPlan } from '../engine/types';
import type { BotCharacter } from './seats';

/** What a bot decided for its turn: the plan and the intelligence it shares. */
export type BotDecision =
  | { role: 'sales'; plan: SalesPlan; share: string[] }
  | { role: 'ops'; plan: OpsPlan; share: string[] };

/** The bot's decision for `role` from that role's view of the game. */
export function botDecision(game: GameState, role: Role, bot: BotCharacter): BotDecision | null {
  const view = roleView(game, role);
  if (role === 'sales') {
    const play = SALES_BOTS[bot.botId as keyof typeof SALES_BOTS];
    if (!play) return null;
    const out = play(view);
    return { role, plan: out.plan, share: [...out.share] };
  }
  const play = OPS_BOTS[bot.botId as keyof typeof OPS_BOTS];
  if (!play) return null;
  const out = play(view);
  return { role, plan: out.plan, share: [...out.share] };
}

/** The engine actions of a bot's turn: share its new cards first, then submit the plan. */
export function botActions(game: GameState, decision: BotDecision): Action[] {
  const alreadyShared = new Set(game.sharedSignals.map((s) => s.signalId));
  const shares: Action[] = decision.share
    .filter((id) => !alreadyShared.has(id))
    .map((signalId) => ({ type: 'shareSignal', role: decision.role, signalId }));
  const submit: Action =
    decision.role === 'sales'
      ? { type: 'submitSalesPlan', plan: decision.plan }
      : { type: 'submitOpsPlan', plan: decision.plan };
  return [...shares, submit];
}
