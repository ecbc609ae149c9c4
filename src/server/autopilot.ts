/**
 * The moves the server makes itself: start a round when the session runs and the month is not held,
 * execute once both have signed off, and play for a seat the bot holds (gone player, empty seat, or a
 * decision timer that ran out) with the same bot functions as the local game.
 */
import type { Action, GameState, Role } from '../engine/types';
import { botActions, botDecision } from '../store/bot-turn';
import { pendingRoles } from './seat-view';

/** What the autopilot needs to know beyond the game state. */
export interface AutopilotContext {
  /** The session is running and not paused. */
  running: boolean;
  /** Teams wait at the briefing of any month after this one (null: no hold). */
  heldAtMonth: number | null;
  /** Whether the bot plays this role now. */
  botPlays(role: Role): boolean;
  /** The session's bot for each role (engine bot ids). */
  bots: { sales: string; ops: string };
}

/** The bot's next move for a role's turn: its first card to share, else its plan. */
function botTurn(state: GameState, role: Role, botId: string): Action | null {
  const decision = botDecision(state, role, { botId, name: botId, shortName: botId });
  if (!decision) return null;
  return botActions(state, decision)[0] ?? null;
}

/** Whether a team may start month `month` under the hold. */
export function heldBack(month: number, heldAtMonth: number | null): boolean {
  return heldAtMonth !== null && month > heldAtMonth;
}

/** The next move the server makes for this team, or null when it waits for a player (or the instructor). */
export function automaticAction(state: GameState, ctx: AutopilotContext): Action | null {
  if (!ctx.running) return null;
  switch (state.phase) {
    case 'briefing':
      return heldBack(state.month, ctx.heldAtMonth) ? null : { type: 'startRound' };
    case 'sales':
    case 'ops':
      return ctx.botPlays(state.phase) ? botTurn(state, state.phase, ctx.bots[state.phase]) : null;
    case 'consensus': {
      const role = pendingRoles(state).find((r) => ctx.botPlays(r));
      return role ? { type: 'signOff', role } : null;
    }
    case 'execution':
      return { type: 'execute' };
    case 'report':
      return ctx.botPlays('sales') && ctx.botPlays('ops') ? { type: 'nextRound' } : null;
    case 'finished':
      return null;
  }
}

/** The phases a decision timer runs in. */
export function timedPhase(state: GameState): boolean {
  return (
    state.phase === 'sales' ||
    state.phase === 'ops' ||
    state.phase === 'consensus' ||
    state.phase === 'report'
  );
}
